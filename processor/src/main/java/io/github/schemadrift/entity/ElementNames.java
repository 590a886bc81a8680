package io.github.schemadrift.entity;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The names of annotation types and attributes, by element. javac decodes a {@code Name} from
 * UTF-8 on every {@code toString()} and {@code contentEquals}, and entity reading and the search
 * for native SQL ask for the same few dozen names hundreds of thousands of times on a large
 * project. Weak keys: an element of a finished compilation can go; synchronised: compilations may
 * share this class.
 */
public final class ElementNames {

  private static final Map<Element, String> NAMES = Collections.synchronizedMap(new WeakHashMap<>());

  private ElementNames() {}

  /** The qualified name of an annotation's type; empty when its type is no type element. */
  public static String qualifiedName(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    if (!(type instanceof TypeElement t)) {
      return "";
    }
    String name = NAMES.get(t);
    if (name == null) {
      name = t.getQualifiedName().toString();
      NAMES.put(t, name);
    }
    return name;
  }

  /** An annotation attribute's simple name. */
  static String simpleName(ExecutableElement attribute) {
    String name = NAMES.get(attribute);
    if (name == null) {
      name = attribute.getSimpleName().toString();
      NAMES.put(attribute, name);
    }
    return name;
  }
}
