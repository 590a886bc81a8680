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
    Memo memo = MEMO.get();
    List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
    String[] names = memo.names(element, mirrors);
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      for (String ns : namespaces) {
        if (name.length() == ns.length() + simpleName.length() && name.startsWith(ns) && name.endsWith(simpleName)) {
          return Optional.of(mirrors.get(i));
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
    if (mirror == null) {
      return Optional.empty();
    }
    Values values = MEMO.get().values(mirror);
    for (int i = 0; i < values.names.length; i++) {
      if (values.names[i].equals(attribute)) {
        return Optional.of(values.values[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * An explicit attribute's value, or null. The typed readers below test it with {@code instanceof}
   * rather than Optional chains: they run hundreds of thousands of times, cold, on javac's thread.
   */
  private static Object explicitValue(AnnotationMirror mirror, String attribute) {
    if (mirror == null) {
      return null;
    }
    Values values = MEMO.get().values(mirror);
    for (int i = 0; i < values.names.length; i++) {
      if (values.names[i].equals(attribute)) {
        return values.values[i].getValue();
      }
    }
    return null;
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
   * The last few elements' annotation names and the last few mirrors' explicit values, per thread.
   * Mapping one attribute asks the same element for a dozen annotations and the same mirror for
   * several attributes, and javac builds a new map on every {@code getElementValues()}. A handful
   * of entries per thread is all it keeps, and {@link #forgetMemo} drops them when a round is done.
   * An element's entry is reused only while the element returns the same mirror list.
   */
  private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

  /**
   * Forgets this thread's memo: its entries hold elements, and through them the whole
   * compilation, which a long-lived thread (a build daemon's) must not keep after the last round.
   */
  static void forgetMemo() {
    MEMO.remove();
  }

  /** How many elements and mirrors this thread's memo holds (for tests). */
  static int remembered() {
    Memo memo = MEMO.get();
    int n = 0;
    for (int i = 0; i < MEMO_SIZE; i++) {
      n += (memo.elements[i] != null ? 1 : 0) + (memo.mirrors[i] != null ? 1 : 0);
    }
    return n;
  }

  private static final int MEMO_SIZE = 8;

  private static final String[] NONE = {};

  private record Values(String[] names, AnnotationValue[] values) {}

  private static final class Memo {
    private final Element[] elements = new Element[MEMO_SIZE];
    private final List<?>[] mirrorLists = new List<?>[MEMO_SIZE];
    private final String[][] names = new String[MEMO_SIZE][];
    private int nextElement;
    private final AnnotationMirror[] mirrors = new AnnotationMirror[MEMO_SIZE];
    private final Values[] values = new Values[MEMO_SIZE];
    private int nextMirror;

    String[] names(Element element, List<? extends AnnotationMirror> list) {
      if (list.isEmpty()) {
        return NONE; // most members carry no annotation: nothing to remember
      }
      for (int i = 0; i < MEMO_SIZE; i++) {
        if (elements[i] == element && mirrorLists[i] == list) {
          return names[i];
        }
      }
      String[] found = new String[list.size()];
      for (int i = 0; i < found.length; i++) {
        found[i] = qualifiedName(list.get(i));
      }
      int slot = nextElement;
      nextElement = (slot + 1) % MEMO_SIZE;
      elements[slot] = element;
      mirrorLists[slot] = list;
      names[slot] = found;
      return found;
    }

    Values values(AnnotationMirror mirror) {
      for (int i = 0; i < MEMO_SIZE; i++) {
        if (mirrors[i] == mirror) {
          return values[i];
        }
      }
      Map<? extends ExecutableElement, ? extends AnnotationValue> explicit = mirror.getElementValues();
      String[] keys = new String[explicit.size()];
      AnnotationValue[] vals = new AnnotationValue[keys.length];
      int i = 0;
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : explicit.entrySet()) {
        keys[i] = simpleName(e.getKey());
        vals[i] = e.getValue();
        i++;
      }
      Values found = new Values(keys, vals);
      int slot = nextMirror;
      nextMirror = (slot + 1) % MEMO_SIZE;
      mirrors[slot] = mirror;
      values[slot] = found;
      return found;
    }
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
