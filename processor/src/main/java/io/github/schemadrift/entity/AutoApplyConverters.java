package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The {@code @Converter(autoApply = true)} converters of the compilation: an attribute whose type is
 * a converter's {@code AttributeConverter<X, Y>} X reaches the database as Y, unless it says
 * {@code @Convert(disableConversion = true)}. As JPA requires, they do not apply to identifiers,
 * versions, associations, and attributes marked {@code @Enumerated} or {@code @Temporal}.
 */
final class AutoApplyConverters {

  /** One auto-applied converter and its two type arguments. */
  record Converter(TypeElement type, TypeMirror entityType, TypeMirror databaseType) {}

  static final AutoApplyConverters NONE = new AutoApplyConverters(List.of());

  private final List<Converter> converters = new ArrayList<>();

  AutoApplyConverters(Collection<? extends TypeElement> candidates) {
    for (TypeElement type : candidates) {
      boolean autoApply = JpaAnnotations.find(type, "Converter")
          .flatMap(c -> JpaAnnotations.explicitBoolean(c, "autoApply")).orElse(false);
      if (!autoApply) {
        continue;
      }
      for (String ns : JpaAnnotations.NAMESPACES) {
        Optional<TypeMirror> x = TypeBindings.supertypeArgument(type, ns + "AttributeConverter", 0);
        Optional<TypeMirror> y = TypeBindings.supertypeArgument(type, ns + "AttributeConverter", 1);
        if (x.isPresent() && y.isPresent() && x.get() instanceof DeclaredType) {
          converters.add(new Converter(type, x.get(), y.get()));
          break;
        }
      }
    }
  }

  /** The converter auto-applied to an attribute of this type, if exactly one matches. */
  Optional<Converter> forType(TypeMirror attributeType, String qualifiedAttributeType) {
    if (converters.isEmpty()) {
      return Optional.empty(); // the usual case, asked for every basic attribute
    }
    String boxed = boxed(qualifiedAttributeType);
    Converter match = null;
    int matches = 0;
    for (Converter c : converters) {
      if (ColumnFactory.qualified(c.entityType()).equals(boxed)
          && (((DeclaredType) c.entityType()).getTypeArguments().isEmpty()
              || (attributeType != null && attributeType.toString().equals(c.entityType().toString())))) {
        match = c;
        matches++;
      }
    }
    return matches == 1 ? Optional.of(match) : Optional.empty();
  }

  private static String boxed(String type) {
    return switch (type) {
      case "boolean" -> "java.lang.Boolean";
      case "byte" -> "java.lang.Byte";
      case "short" -> "java.lang.Short";
      case "int" -> "java.lang.Integer";
      case "long" -> "java.lang.Long";
      case "float" -> "java.lang.Float";
      case "double" -> "java.lang.Double";
      case "char" -> "java.lang.Character";
      default -> type;
    };
  }
}
