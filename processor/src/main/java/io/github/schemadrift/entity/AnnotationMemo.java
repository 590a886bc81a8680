package io.github.schemadrift.entity;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Per thread: each element's annotation index, each mirror's explicit values, each annotation
 * type's name and group. Mapping one attribute asks the same element for a dozen annotations and
 * the same mirror for several attributes, and javac builds a new map on every
 * {@code getElementValues()}; the referenced entities' elements are asked again from other
 * entities. {@link #forget} drops it all when a round is done (it holds elements, and through
 * them the compilation); a thread that never calls it keeps at most {@link #MEMO_LIMIT} entries
 * per map. An element's index is reused only while the element returns the same mirror list.
 */
final class AnnotationMemo {

  private static final ThreadLocal<AnnotationMemo> MEMO = ThreadLocal.withInitial(AnnotationMemo::new);

  /** This thread's memo. */
  static AnnotationMemo get() {
    return MEMO.get();
  }

  /** Drops this thread's memo. */
  static void forget() {
    MEMO.remove();
  }

  /** How many elements, mirrors, kinds and texts it holds. */
  int size() {
    return indexes.size() + values.size() + kinds.size() + texts.size();
  }

  private static final int MEMO_LIMIT = 1 << 16;

  record Values(String[] names, AnnotationValue[] values) {}

  /** An annotation type: its qualified name, its namespace group (or -1) and its name in that group. */
  static final class Kind {
    final String qualified;
    final int group;
    final String simple;

    Kind(String qualified) {
      this.qualified = qualified;
      int found = -1;
      String rest = null;
      for (int g = 0; g < JpaAnnotations.GROUPS.length && found < 0; g++) {
        for (String ns : JpaAnnotations.GROUPS[g]) {
          if (qualified.startsWith(ns)) {
            found = g;
            rest = qualified.substring(ns.length());
            break;
          }
        }
      }
      this.group = found;
      this.simple = rest;
    }
  }

  /** One element's annotations, in mirror order. */
  static final class Index {
    final List<?> mirrors;
    final Kind[] kinds;

    Index(List<?> mirrors, Kind[] kinds) {
      this.mirrors = mirrors;
      this.kinds = kinds;
    }
  }

  private final Map<Element, Index> indexes = new IdentityHashMap<>(1 << 15);
  private final Map<AnnotationMirror, Values> values = new IdentityHashMap<>(1 << 15);
  private final Map<Object, String> texts = new IdentityHashMap<>();
  private final Map<Element, Kind> kinds = new IdentityHashMap<>();
  boolean envers;
  /** The element asked about last, and its index: mapping an attribute asks it a dozen times in a row. */
  private Element lastElement;
  private Index lastIndex;
  private AnnotationMirror lastMirror;
  private Values lastValues;

  Index index(Element element, List<? extends AnnotationMirror> list) {
    if (element == lastElement && lastIndex.mirrors == list) {
      return lastIndex;
    }
    Index index = indexes.get(element);
    if (index != null && index.mirrors == list) {
      lastElement = element;
      lastIndex = index;
      return index;
    }
    Kind[] found = new Kind[list.size()];
    for (int i = 0; i < found.length; i++) {
      Kind kind = kind(list.get(i));
      envers |= kind.group == JpaAnnotations.ENVERS_GROUP;
      found[i] = kind;
    }
    index = new Index(list, found);
    if (indexes.size() >= MEMO_LIMIT) {
      indexes.clear();
    }
    indexes.put(element, index);
    lastElement = element;
    lastIndex = index;
    return index;
  }

  /** A type element's qualified name or a type mirror's text. */
  String text(Object type) {
    String text = texts.get(type);
    if (text == null) {
      text = type instanceof TypeElement t ? t.getQualifiedName().toString() : type.toString();
      if (texts.size() >= MEMO_LIMIT) {
        texts.clear();
      }
      texts.put(type, text);
    }
    return text;
  }

  private Kind kind(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    Kind kind = kinds.get(type);
    if (kind == null) {
      kind = new Kind(((TypeElement) type).getQualifiedName().toString());
      if (kinds.size() >= MEMO_LIMIT) {
        kinds.clear();
      }
      kinds.put(type, kind);
    }
    return kind;
  }

  Values values(AnnotationMirror mirror) {
    if (mirror == lastMirror) {
      return lastValues;
    }
    Values found = values.get(mirror);
    if (found != null) {
      lastMirror = mirror;
      lastValues = found;
      return found;
    }
    Map<? extends ExecutableElement, ? extends AnnotationValue> explicit = mirror.getElementValues();
    String[] keys = new String[explicit.size()];
    AnnotationValue[] vals = new AnnotationValue[keys.length];
    int i = 0;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : explicit.entrySet()) {
      keys[i] = JpaAnnotations.simpleName(e.getKey());
      vals[i] = e.getValue();
      i++;
    }
    found = new Values(keys, vals);
    if (values.size() >= MEMO_LIMIT) {
      values.clear();
    }
    values.put(mirror, found);
    lastMirror = mirror;
    lastValues = found;
    return found;
  }

}
