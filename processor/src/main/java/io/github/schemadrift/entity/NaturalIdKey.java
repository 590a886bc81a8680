package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Collects the columns of an entity's Hibernate {@code @NaturalId} attributes: together they form
 * one unique key of the table the natural id lives in, which Hibernate's schema generation creates
 * ({@code alter table ... add constraint UK... unique (...)}).
 */
final class NaturalIdKey {

  private final TypeElement entity;
  private final List<String> columns = new ArrayList<>();
  private final List<Boolean> quoted = new ArrayList<>();
  private SourcePosition position;
  /** A natural-id attribute put no column in the primary table (a secondary table): the key is not known whole. */
  private boolean incomplete;

  NaturalIdKey(TypeElement entity) {
    this.entity = entity;
  }

  /** Adds the columns an attribute mapped into the primary table, when the attribute is a natural id. */
  void add(Attribute attr, Site site, List<ColumnMapping> mapped) {
    Optional<AnnotationMirror> naturalId = JpaAnnotations.hibernate(attr.element(), "NaturalId");
    if (naturalId.isEmpty()) {
      return;
    }
    if (mapped.isEmpty()) {
      incomplete = true;
    }
    for (ColumnMapping column : mapped) {
      columns.add(column.columnName());
      quoted.add(column.quoted());
    }
    if (position == null && !mapped.isEmpty()) {
      position = site.of(naturalId.get(), false);
    }
  }

  Optional<UniqueKey> build() {
    if (columns.isEmpty() || incomplete) {
      return Optional.empty();
    }
    return Optional.of(new UniqueKey(columns, quoted, UniqueKey.NATURAL_ID, null,
        position != null ? position : SourcePosition.of(entity)));
  }
}
