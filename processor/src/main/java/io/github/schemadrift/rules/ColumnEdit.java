package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Where the Java side of a fix goes for a mapped column: the attribute's own {@code @Column}, or,
 * for an attribute inside an {@code @Embedded} embeddable, the embeddable's field (which every
 * embedding entity shares) or the {@code @AttributeOverride} that names its column here. Reads the
 * override by the annotation's qualified name, as the entity reader does.
 */
final class ColumnEdit {

  private static final java.util.List<String> OVERRIDES =
      java.util.List.of("jakarta.persistence.AttributeOverride", "javax.persistence.AttributeOverride");

  private ColumnEdit() {}

  /**
   * The advice that sets {@code nullable}: "add @Column(nullable = false)" on a plain field, the
   * embeddable's field and the override to add for an embedded one, or the override to edit.
   */
  static String nullable(ColumnMapping mapping, boolean nullable, String verb) {
    String column = "@Column(nullable = " + nullable + ")";
    String path = mapping.attributePath();
    int dot = path.lastIndexOf('.');
    if (dot < 0 || path.startsWith("#")) {
      return verb + " " + column;
    }
    String field = path.substring(dot + 1);
    String embedding = path.substring(0, dot);
    AnnotationMirror override = mapping.columnAnnotation().annotation();
    if (override != null && OVERRIDES.contains(qualifiedName(override))) {
      return "set nullable = " + nullable + " in the column of @AttributeOverride(name = \"" + overrideName(override, field)
          + "\") on '" + embedding + "', where the column is named";
    }
    return verb + " " + column + " on field '" + field + "' of " + embeddable(mapping, embedding)
        + " (every entity that embeds it), or override it on '" + embedding + "' with @AttributeOverride(name = \""
        + field + "\", column = " + column + ")";
  }

  /** "embeddable 'Address'" when the embedding field's type tells, else the path it is embedded at. */
  private static String embeddable(ColumnMapping mapping, String embedding) {
    Element anchor = mapping.attribute().element();
    if (embedding.indexOf('.') < 0 && anchor != null && !(anchor instanceof TypeElement)) {
      TypeMirror type = anchor instanceof ExecutableElement method ? method.getReturnType() : anchor.asType();
      if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
        return "embeddable '" + element.getSimpleName() + "'";
      }
    }
    return "the embeddable embedded as '" + embedding + "'";
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static String overrideName(AnnotationMirror override, String fallback) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : override.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("name") && e.getValue().getValue() instanceof String name) {
        return name;
      }
    }
    return fallback;
  }
}
