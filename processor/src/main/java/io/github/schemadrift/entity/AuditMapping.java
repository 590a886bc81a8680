package io.github.schemadrift.entity;

/**
 * The audit tables Hibernate Envers needs for an {@code @Audited} entity.
 *
 * @param table the audit table ({@code <prefix><table><suffix>}): the id columns, the revision
 *     column, the revision type column (in a hierarchy's root table only) and every audited column
 * @param position where {@code @Audited} is written (the class, else the first audited field)
 * @param revisionTable the default revision table ({@code REVINFO} with {@code REV} and
 *     {@code REVTSTMP}), or null when the compilation has its own {@code @RevisionEntity}, which
 *     is checked like any entity
 */
public record AuditMapping(TableMapping table, SourcePosition position, TableMapping revisionTable) {

  /** The attribute path of the revision column in {@link #table}. */
  public static final String REVISION = "#revision";

  /** The attribute path of the revision type column in {@link #table}. */
  public static final String REVISION_TYPE = "#revisionType";
}
