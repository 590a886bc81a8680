package io.github.schemadrift.entity;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads JPA annotations by qualified name, in either namespace ({@code jakarta.persistence} or
 * {@code javax.persistence}), through {@link AnnotationMirror}s only, so the processor works with
 * whichever API jar the project compiles against and needs none itself.
 */
final class JpaAnnotations {

  static final String[] NAMESPACES = {"jakarta.persistence.", "javax.persistence."};

  private JpaAnnotations() {}

  /** The JPA annotation with this simple name on the element, from either namespace. */
  static Optional<AnnotationMirror> find(Element element, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      for (String ns : NAMESPACES) {
        if (name.length() == ns.length() + simpleName.length() && name.startsWith(ns) && name.endsWith(simpleName)) {
          return Optional.of(mirror);
        }
      }
    }
    return Optional.empty();
  }

  static boolean has(Element element, String simpleName) {
    return find(element, simpleName).isPresent();
  }

  /** An attribute value only when the source writes it explicitly. */
  static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
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
}
