package io.github.schemadrift.entity;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where in the Java source a diagnostic belongs, as precisely as known: an annotation value
 * ({@code nullable = false}), else an annotation, else the element itself. Any part may be null;
 * tests that build models by hand use {@link #NONE}.
 */
public record SourcePosition(Element element, AnnotationMirror annotation, AnnotationValue value) {

  public static final SourcePosition NONE = new SourcePosition(null, null, null);

  public static SourcePosition of(Element element) {
    return new SourcePosition(element, null, null);
  }
}
