package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Reads the {@code uniqueConstraints} of {@code @Table}, {@code @SecondaryTable},
 * {@code @JoinTable} and {@code @CollectionTable} into {@link UniqueKey}s. Column names are
 * logical names, turned into physical ones by the same naming rules as the columns themselves
 * (Hibernate resolves them against the table's logical column names).
 */
final class UniqueKeys {

  private UniqueKeys() {}

  /**
   * The unique constraints of a table annotation.
   *
   * @param anchor where the table annotation is written; a key's position is its
   *     {@code uniqueConstraints = ...} value, or null when it cannot be pointed at
   *     (inherited from a class in another file); positions then fall back to {@code fallback}
   */
  static List<UniqueKey> of(AnnotationMirror tableAnnotation, Element anchor, SourcePosition fallback, PhysicalNames names) {
    List<UniqueKey> keys = new ArrayList<>();
    if (tableAnnotation == null) {
      return keys;
    }
    List<AnnotationValue> values = new ArrayList<>();
    AnnotationValue written = JpaAnnotations.explicit(tableAnnotation, "uniqueConstraints").orElse(null);
    if (written != null) {
      flatten(written, values);
    }
    for (AnnotationValue value : values) {
      if (!(value.getValue() instanceof AnnotationMirror constraint)) {
        continue;
      }
      List<String> columns = new ArrayList<>();
      List<Boolean> quoted = new ArrayList<>();
      for (String logical : JpaAnnotations.strings(constraint, "columnNames")) {
        PhysicalNames.Name name = names.physical(logical.strip());
        columns.add(name.name());
        quoted.add(name.quoted());
      }
      // the whole uniqueConstraints value: javac could point at one element of the array, but ECJ
      // only resolves an annotation's own values and would fall back to the annotation
      SourcePosition position = anchor != null ? new SourcePosition(anchor, tableAnnotation, written) : fallback;
      keys.add(new UniqueKey(columns, quoted, UniqueKey.UNIQUE_CONSTRAINT,
          JpaAnnotations.explicitString(constraint, "name").filter(n -> !n.isBlank()).orElse(null), position));
    }
    return keys;
  }

  /** One value or the values of an array, as written. */
  private static void flatten(AnnotationValue value, List<AnnotationValue> out) {
    if (value.getValue() instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof AnnotationValue av) {
          out.add(av);
        }
      }
    } else {
      out.add(value);
    }
  }
}
