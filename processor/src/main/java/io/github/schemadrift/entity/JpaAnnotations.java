package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads JPA annotations by qualified name, in either namespace ({@code jakarta.persistence} or
 * {@code javax.persistence}), through {@link AnnotationMirror}s only, so the processor works with
 * whichever API jar the project compiles against and needs none itself. Hibernate's and Bean
 * Validation's annotations are read the same way.
 */
final class JpaAnnotations {

  static final String[] NAMESPACES = {"jakarta.persistence.", "javax.persistence."};
  static final String[] HIBERNATE = {"org.hibernate.annotations."};
  static final String[] VALIDATION = {"jakarta.validation.constraints.", "javax.validation.constraints."};

  /**
   * The names of annotation types and attributes, by element. javac decodes a {@code Name} from
   * UTF-8 on every {@code toString()} and {@code contentEquals}, and entity reading asks for the
   * same few dozen names hundreds of thousands of times on a large project. Weak keys: an element
   * of a finished compilation can go; synchronised: compilations may share this class.
   */
  private static final Map<Element, String> NAMES = Collections.synchronizedMap(new WeakHashMap<>());

  private JpaAnnotations() {}

  /** The JPA annotation with this simple name on the element, from either namespace. */
  static Optional<AnnotationMirror> find(Element element, String simpleName) {
    return find(element, NAMESPACES, simpleName);
  }

  static Optional<AnnotationMirror> hibernate(Element element, String simpleName) {
    return find(element, HIBERNATE, simpleName);
  }

  static Optional<AnnotationMirror> validation(Element element, String simpleName) {
    return find(element, VALIDATION, simpleName);
  }

  static Optional<AnnotationMirror> find(Element element, String[] namespaces, String simpleName) {
    if (element == null) {
      return Optional.empty();
    }
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = qualifiedName(mirror);
      for (String ns : namespaces) {
        if (name.length() == ns.length() + simpleName.length() && name.startsWith(ns) && name.endsWith(simpleName)) {
          return Optional.of(mirror);
        }
      }
    }
    return Optional.empty();
  }

  static String qualifiedName(AnnotationMirror mirror) {
    TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
    String name = NAMES.get(type);
    if (name == null) {
      name = type.getQualifiedName().toString();
      NAMES.put(type, name);
    }
    return name;
  }

  private static String simpleName(ExecutableElement attribute) {
    String name = NAMES.get(attribute);
    if (name == null) {
      name = attribute.getSimpleName().toString();
      NAMES.put(attribute, name);
    }
    return name;
  }

  static boolean has(Element element, String simpleName) {
    return find(element, simpleName).isPresent();
  }

  /**
   * A repeatable JPA annotation: every occurrence, written alone or inside its container
   * ({@code @JoinColumn} / {@code @JoinColumns(...)}).
   */
  static List<AnnotationMirror> all(Element element, String simpleName, String container) {
    List<AnnotationMirror> found = new ArrayList<>();
    find(element, simpleName).ifPresent(found::add);
    find(element, container).ifPresent(c -> found.addAll(annotations(c, "value")));
    return found;
  }

  /** An attribute value only when the source writes it explicitly. */
  static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String attribute) {
    if (mirror == null) {
      return Optional.empty();
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (simpleName(e.getKey()).equals(attribute)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** An explicit, non-empty string attribute. */
  static Optional<String> explicitString(AnnotationMirror mirror, String attribute) {
    return explicit(mirror, attribute)
        .map(AnnotationValue::getValue)
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .filter(s -> !s.isEmpty());
  }

  static Optional<Boolean> explicitBoolean(AnnotationMirror mirror, String attribute) {
    return explicit(mirror, attribute)
        .map(AnnotationValue::getValue)
        .filter(Boolean.class::isInstance)
        .map(Boolean.class::cast);
  }

  static Optional<Integer> explicitInt(AnnotationMirror mirror, String attribute) {
    return explicit(mirror, attribute)
        .map(AnnotationValue::getValue)
        .filter(Number.class::isInstance)
        .map(n -> ((Number) n).intValue());
  }

  /** The name of an explicit enum constant value ({@code EnumType.STRING} gives {@code STRING}). */
  static Optional<String> explicitEnum(AnnotationMirror mirror, String attribute) {
    return explicit(mirror, attribute)
        .map(AnnotationValue::getValue)
        .filter(VariableElement.class::isInstance)
        .map(v -> ((VariableElement) v).getSimpleName().toString());
  }

  /** An explicit class value, unless it is {@code void.class} (JPA's "not set"). */
  static Optional<TypeElement> explicitClass(AnnotationMirror mirror, String attribute) {
    return explicit(mirror, attribute)
        .map(AnnotationValue::getValue)
        .filter(DeclaredType.class::isInstance)
        .map(t -> (TypeElement) ((DeclaredType) t).asElement());
  }

  static Optional<TypeMirror> explicitType(AnnotationMirror mirror, String attribute) {
    return explicit(mirror, attribute)
        .map(AnnotationValue::getValue)
        .filter(TypeMirror.class::isInstance)
        .map(TypeMirror.class::cast);
  }

  /** Nested annotations of an attribute, whether written as one value or as an array. */
  static List<AnnotationMirror> annotations(AnnotationMirror mirror, String attribute) {
    List<AnnotationMirror> out = new ArrayList<>();
    explicit(mirror, attribute).ifPresent(v -> collect(v.getValue(), out));
    return out;
  }

  static Optional<AnnotationMirror> annotation(AnnotationMirror mirror, String attribute) {
    List<AnnotationMirror> all = annotations(mirror, attribute);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Explicit string array values ({@code columnNames = {"a", "b"}}). */
  static List<String> strings(AnnotationMirror mirror, String attribute) {
    List<String> out = new ArrayList<>();
    explicit(mirror, attribute).ifPresent(v -> collectStrings(v.getValue(), out));
    return out;
  }

  private static void collect(Object value, List<AnnotationMirror> out) {
    if (value instanceof AnnotationMirror m) {
      out.add(m);
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof AnnotationValue av) {
          collect(av.getValue(), out);
        }
      }
    }
  }

  private static void collectStrings(Object value, List<String> out) {
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof AnnotationValue av) {
          collectStrings(av.getValue(), out);
        }
      }
    }
  }
}
