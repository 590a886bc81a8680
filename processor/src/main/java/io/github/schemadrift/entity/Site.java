package io.github.schemadrift.entity;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where diagnostics about an attribute go, inside the entity being checked. An attribute the
 * entity declares itself points at its own annotations. An inherited attribute (from a mapped
 * superclass, possibly in a jar) points at the entity class, and an embedded one at the embedding
 * field, so every message lands in the entity it is about.
 *
 * @param anchor the element in the entity being checked
 * @param local whether the attribute's own annotations sit on {@code anchor}
 * @param override an {@code @AttributeOverride}/{@code @AssociationOverride} on {@code anchor}
 *     that applies, or null
 */
record Site(Element anchor, boolean local, AnnotationMirror override) {

  /** The position of an annotation the attribute carries (or of the override that replaced it). */
  SourcePosition of(AnnotationMirror annotation, boolean fromOverride) {
    if (fromOverride && override != null) {
      return new SourcePosition(anchor, override, null);
    }
    if (local && annotation != null) {
      return new SourcePosition(anchor, annotation, null);
    }
    return SourcePosition.of(anchor);
  }

  /** The position of one written value of an annotation the attribute carries. */
  SourcePosition of(AnnotationMirror annotation, AnnotationValue value, boolean fromOverride) {
    if (local && !fromOverride && annotation != null && value != null) {
      return new SourcePosition(anchor, annotation, value);
    }
    return of(annotation, fromOverride);
  }

  /** The same anchor for an attribute one level deeper (inside an embeddable). */
  Site nested(AnnotationMirror nestedOverride) {
    return new Site(anchor, false, nestedOverride != null ? nestedOverride : override);
  }
}
