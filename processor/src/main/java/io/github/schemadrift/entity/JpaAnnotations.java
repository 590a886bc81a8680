package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  static final String[] ENVERS = {"org.hibernate.envers."};
  /** The namespace groups an element's index files annotations under, by position. */
  static final String[][] GROUPS = {NAMESPACES, HIBERNATE, VALIDATION, ENVERS};
  static final int ENVERS_GROUP = 3;

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
    List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
    int i = indexOf(mirrors, element, namespaces, simpleName);
    return i < 0 ? Optional.empty() : Optional.of(mirrors.get(i));
  }

  /**
   * The position of the annotation in the element's mirror list, or -1. The element's index files
   * each annotation once under its namespace group and simple name, so a look-up compares a group
   * number and a short string per annotation.
   */
  private static int indexOf(List<? extends AnnotationMirror> mirrors, Element element, String[] namespaces,
      String simpleName) {
    if (mirrors.isEmpty()) {
      return -1; // most members carry no annotation: nothing to remember
    }
    AnnotationMemo.Index index = AnnotationMemo.get().index(element, mirrors);
    int group = group(namespaces);
    if (group < 0) { // namespaces of no known group: compare qualified names
      for (int i = 0; i < index.kinds.length; i++) {
        String name = index.kinds[i].qualified;
        for (String ns : namespaces) {
          if (name.length() == ns.length() + simpleName.length() && name.startsWith(ns) && name.endsWith(simpleName)) {
            return i;
          }
        }
      }
      return -1;
    }
    for (int i = 0; i < index.kinds.length; i++) {
      AnnotationMemo.Kind kind = index.kinds[i];
      if (kind.group == group && kind.simple.equals(simpleName)) {
        return i;
      }
    }
    return -1;
  }

  private static int group(String[] namespaces) {
    for (int g = 0; g < GROUPS.length; g++) {
      if (GROUPS[g] == namespaces) {
        return g;
      }
    }
    return -1;
  }

  /** A type's qualified name, decoded once per type and round on this thread. */
  static String qualifiedName(TypeElement type) {
    return AnnotationMemo.get().text(type);
  }

  /** A type mirror's {@code toString()}, made once per mirror and round on this thread. */
  static String typeString(TypeMirror type) {
    return AnnotationMemo.get().text(type);
  }

  static String qualifiedName(AnnotationMirror mirror) {
    return ElementNames.qualifiedName(mirror);
  }

  static String simpleName(ExecutableElement attribute) {
    return ElementNames.simpleName(attribute);
  }

  static boolean has(Element element, String simpleName) {
    return element != null && indexOf(element.getAnnotationMirrors(), element, NAMESPACES, simpleName) >= 0;
  }

  static boolean hasHibernate(Element element, String simpleName) {
    return element != null && indexOf(element.getAnnotationMirrors(), element, HIBERNATE, simpleName) >= 0;
  }

  /**
   * Whether an element carrying a Hibernate Envers annotation was seen by the annotation index on
   * this thread since its memo was last forgotten. Every element asked about is indexed, so when
   * all of an entity's classes and members were asked about and this is false, none carries one.
   */
  static boolean enversSeen() {
    return AnnotationMemo.get().envers;
  }

  /**
   * A repeatable JPA annotation: every occurrence, written alone or inside its container
   * ({@code @JoinColumn} / {@code @JoinColumns(...)}).
   */
  static List<AnnotationMirror> all(Element element, String simpleName, String container) {
    List<AnnotationMirror> found = new ArrayList<>();
    Optional<AnnotationMirror> single = find(element, simpleName);
    if (single.isPresent()) {
      found.add(single.get());
    }
    Optional<AnnotationMirror> repeated = find(element, container);
    if (repeated.isPresent()) {
      collect(explicitValue(repeated.get(), "value"), found);
    }
    return found;
  }

  /** An attribute value only when the source writes it explicitly. */
  static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String attribute) {
    return Optional.ofNullable(explicitOrNull(mirror, attribute));
  }

  /**
   * An explicit attribute's value, or null. The typed readers below test it with {@code instanceof}
   * rather than Optional chains: they run hundreds of thousands of times, cold, on javac's thread.
   */
  private static Object explicitValue(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = explicitOrNull(mirror, attribute);
    return value == null ? null : value.getValue();
  }

  /** An explicit attribute's {@code AnnotationValue}, or null (no Optional: for the hot paths). */
  static AnnotationValue explicitOrNull(AnnotationMirror mirror, String attribute) {
    if (mirror == null) {
      return null;
    }
    AnnotationMemo.Values values = AnnotationMemo.get().values(mirror);
    for (int i = 0; i < values.names().length; i++) {
      if (values.names()[i].equals(attribute)) {
        return values.values()[i];
      }
    }
    return null;
  }

  /** An explicit, non-empty string attribute, or null. */
  static String stringOrNull(AnnotationMirror mirror, String attribute) {
    return explicitValue(mirror, attribute) instanceof String s && !s.isEmpty() ? s : null;
  }

  static Boolean booleanOrNull(AnnotationMirror mirror, String attribute) {
    return explicitValue(mirror, attribute) instanceof Boolean b ? b : null;
  }

  static Integer intOrNull(AnnotationMirror mirror, String attribute) {
    return explicitValue(mirror, attribute) instanceof Number n ? n.intValue() : null;
  }

  /** The JPA annotation with this simple name on the element, or null. */
  static AnnotationMirror findOrNull(Element element, String[] namespaces, String simpleName) {
    if (element == null) {
      return null;
    }
    List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
    int i = indexOf(mirrors, element, namespaces, simpleName);
    return i < 0 ? null : mirrors.get(i);
  }

  /** An explicit, non-empty string attribute. */
  static Optional<String> explicitString(AnnotationMirror mirror, String attribute) {
    return explicitValue(mirror, attribute) instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty();
  }

  static Optional<Boolean> explicitBoolean(AnnotationMirror mirror, String attribute) {
    return explicitValue(mirror, attribute) instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }

  static Optional<Integer> explicitInt(AnnotationMirror mirror, String attribute) {
    return explicitValue(mirror, attribute) instanceof Number n ? Optional.of(n.intValue()) : Optional.empty();
  }

  /** The name of an explicit enum constant value ({@code EnumType.STRING} gives {@code STRING}). */
  static Optional<String> explicitEnum(AnnotationMirror mirror, String attribute) {
    return explicitValue(mirror, attribute) instanceof VariableElement v
        ? Optional.of(v.getSimpleName().toString()) : Optional.empty();
  }

  /** An explicit class value, unless it is {@code void.class} (JPA's "not set"). */
  static Optional<TypeElement> explicitClass(AnnotationMirror mirror, String attribute) {
    return explicitValue(mirror, attribute) instanceof DeclaredType t
        ? Optional.of((TypeElement) t.asElement()) : Optional.empty();
  }

  static Optional<TypeMirror> explicitType(AnnotationMirror mirror, String attribute) {
    return explicitValue(mirror, attribute) instanceof TypeMirror t ? Optional.of(t) : Optional.empty();
  }

  /** Nested annotations of an attribute, whether written as one value or as an array. */
  static List<AnnotationMirror> annotations(AnnotationMirror mirror, String attribute) {
    List<AnnotationMirror> out = new ArrayList<>();
    collect(explicitValue(mirror, attribute), out);
    return out;
  }

  static Optional<AnnotationMirror> annotation(AnnotationMirror mirror, String attribute) {
    List<AnnotationMirror> all = annotations(mirror, attribute);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Explicit string array values ({@code columnNames = {"a", "b"}}). */
  static List<String> strings(AnnotationMirror mirror, String attribute) {
    List<String> out = new ArrayList<>();
    collectStrings(explicitValue(mirror, attribute), out);
    return out;
  }

  /**
   * Forgets this thread's memo ({@link AnnotationMemo}): its entries hold elements, and through them
   * the whole compilation, which a long-lived thread (a build daemon's) must not keep after the last round.
   */
  static void forgetMemo() {
    AnnotationMemo.forget();
  }

  /** How many elements and mirrors this thread's memo holds (for tests). */
  static int remembered() {
    return AnnotationMemo.get().size();
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
