package io.github.schemadrift.nativesql;

import io.github.schemadrift.entity.ElementNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads annotations by qualified name through {@link AnnotationMirror}s, so the processor needs
 * neither Spring Data's, JPA's nor Hibernate's jar on its own class path. Only values written in
 * the source count; a default is what the annotation type declares.
 */
final class Mirrors {

  private Mirrors() {}

  /** The qualified name of an annotation's type. */
  static String name(AnnotationMirror mirror) {
    return ElementNames.qualifiedName(mirror);
  }

  /** Whether the element carries an annotation whose qualified name starts with this prefix. */
  static boolean anyIn(Element element, String prefix) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name(mirror).startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The annotations of any of these qualified names on the element, in source order. */
  static List<AnnotationMirror> all(Element element, List<String> names) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (names.contains(name(mirror))) {
        found.add(mirror);
      }
    }
    return found;
  }

  /** The value written for an attribute, or null. */
  static AnnotationValue value(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The string written for an attribute, or null (also when javac could not fold it to a constant). */
  static String string(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = value(mirror, attribute);
    return value != null && value.getValue() instanceof String s ? s : null;
  }

  /** Whether a boolean attribute is written as true. */
  static boolean isTrue(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = value(mirror, attribute);
    return value != null && Boolean.TRUE.equals(value.getValue());
  }

  /** The annotations an array (or single) attribute holds, with the value of each. */
  static List<AnnotationMirror> nested(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = value(mirror, attribute);
    List<AnnotationMirror> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    Object v = value.getValue();
    if (v instanceof AnnotationMirror single) {
      result.add(single);
    } else if (v instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof AnnotationValue av && av.getValue() instanceof AnnotationMirror m) {
          result.add(m);
        }
      }
    }
    return result;
  }

  /** The annotation of a name on the element, and those its container annotation holds. */
  static List<AnnotationMirror> repeatable(Element element, List<String> names, List<String> containers) {
    List<AnnotationMirror> found = new ArrayList<>(all(element, names));
    for (AnnotationMirror container : all(element, containers)) {
      found.addAll(nested(container, "value"));
    }
    return found;
  }
}
