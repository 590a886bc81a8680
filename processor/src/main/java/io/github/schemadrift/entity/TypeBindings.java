package io.github.schemadrift.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Type arguments bound along a class hierarchy, so that {@code ID id} declared in
 * {@code BaseEntity<ID>} reads as {@code Long} in {@code Order extends BaseEntity<Long>}. Works on
 * elements alone (sources and class files alike), without {@code Types}.
 */
final class TypeBindings {

  private final Map<Element, TypeMirror> bound;

  private TypeBindings(Map<Element, TypeMirror> bound) {
    this.bound = bound;
  }

  static TypeBindings none() {
    return new TypeBindings(Map.of());
  }

  /** The bindings seen from {@code sub} when looking at its supertype {@code superType}. */
  TypeBindings forSupertype(TypeMirror superType) {
    Map<Element, TypeMirror> next = new HashMap<>(bound);
    if (superType instanceof DeclaredType declared) {
      TypeElement element = (TypeElement) declared.asElement();
      List<? extends TypeParameterElement> params = element.getTypeParameters();
      List<? extends TypeMirror> args = declared.getTypeArguments();
      for (int i = 0; i < params.size() && i < args.size(); i++) {
        next.put(params.get(i), resolve(args.get(i)));
      }
    }
    return new TypeBindings(next);
  }

  /** The type with type variables replaced by what they are bound to (or their bound). */
  TypeMirror resolve(TypeMirror type) {
    for (int guard = 0; guard < 16 && type != null; guard++) {
      if (type.getKind() == TypeKind.TYPEVAR) {
        TypeMirror b = bound.get(((TypeVariable) type).asElement());
        type = b != null ? b : ((TypeVariable) type).getUpperBound();
      } else if (type.getKind() == TypeKind.WILDCARD) {
        TypeMirror ext = ((WildcardType) type).getExtendsBound();
        return ext == null ? null : resolve(ext);
      } else {
        return type;
      }
    }
    return type;
  }

  /** The resolved i-th type argument of a declared type ({@code String} of {@code List<String>}). */
  Optional<TypeMirror> argument(TypeMirror type, int index) {
    TypeMirror resolved = resolve(type);
    if (resolved instanceof DeclaredType declared && declared.getTypeArguments().size() > index) {
      return Optional.ofNullable(resolve(declared.getTypeArguments().get(index)));
    }
    return Optional.empty();
  }

  /**
   * The resolved type argument {@code index} of the generic interface or superclass
   * {@code wantedQualifiedName} that {@code type} implements somewhere above it: the {@code Y} of
   * {@code AttributeConverter<X, Y>}.
   */
  static Optional<TypeMirror> supertypeArgument(TypeElement type, String wantedQualifiedName, int index) {
    return search(type, TypeBindings.none(), wantedQualifiedName, index, 0);
  }

  private static Optional<TypeMirror> search(
      TypeElement type, TypeBindings bindings, String wanted, int index, int depth) {
    if (type == null || depth > 20) {
      return Optional.empty();
    }
    List<TypeMirror> supers = new java.util.ArrayList<>(type.getInterfaces());
    supers.add(type.getSuperclass());
    for (TypeMirror sup : supers) {
      if (!(sup instanceof DeclaredType declared)) {
        continue;
      }
      TypeElement element = (TypeElement) declared.asElement();
      TypeBindings next = bindings.forSupertype(sup);
      if (element.getQualifiedName().contentEquals(wanted)) {
        if (declared.getTypeArguments().size() > index) {
          return Optional.ofNullable(bindings.resolve(declared.getTypeArguments().get(index)));
        }
        return Optional.empty();
      }
      Optional<TypeMirror> found = search(element, next, wanted, index, depth + 1);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  static boolean isEnum(TypeMirror type) {
    return type instanceof DeclaredType d && d.asElement().getKind() == ElementKind.ENUM;
  }
}
