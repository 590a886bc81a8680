package io.github.schemadrift.entity;

import java.util.List;

/**
 * The audit tables Hibernate Envers needs for an {@code @Audited} entity.
 *
 * @param table the audit table ({@code <prefix><table><suffix>}): the id columns, the revision
 *     column, the revision type column (in a hierarchy's root table only) and every audited column
 * @param position where {@code @Audited} is written (the class, else the first audited field)
 * @param revisionTable the default revision table ({@code REVINFO} with {@code REV} and
 *     {@code REVTSTMP}), or null when the compilation has its own {@code @RevisionEntity}, which
 *     is checked like any entity
 * @param secondaryTables one audit table per secondary table: its key, the revision column and
 *     the audited columns in it; {@link TableMapping#ownerAttribute()} names the secondary table
 * @param collectionTables one middle audit table per audited collection that is not mapped by
 *     the other side: the key columns of its join or collection table (or, for a one-to-many
 *     join column, the owner's and the target's keys), the revision and revision type columns;
 *     {@link TableMapping#ownerAttribute()} names the collection
 * @param nullsAtDelete whether Envers writes nulls into the audited columns of delete revisions
 *     ({@code store_data_at_delete} is false, the default)
 */
public record AuditMapping(
    TableMapping table,
    SourcePosition position,
    TableMapping revisionTable,
    List<TableMapping> secondaryTables,
    List<TableMapping> collectionTables,
    boolean nullsAtDelete) {

  /** The attribute path of the revision column in {@link #table}. */
  public static final String REVISION = "#revision";

  /** The attribute path of the revision type column in {@link #table}. */
  public static final String REVISION_TYPE = "#revisionType";

  /** The attribute path of the validity strategy's revision end column. */
  public static final String REVISION_END = "#revisionEnd";

  /** The attribute path of the validity strategy's revision end timestamp column. */
  public static final String REVISION_END_TIMESTAMP = "#revisionEndTimestamp";

  /** The attribute path prefix of a modified flag column: {@code #modified:<property>}. */
  public static final String MODIFIED = "#modified:";

  public AuditMapping {
    secondaryTables = List.copyOf(secondaryTables);
    collectionTables = List.copyOf(collectionTables);
  }

  /** An entity with its primary audit table only. */
  public AuditMapping(TableMapping table, SourcePosition position, TableMapping revisionTable) {
    this(table, position, revisionTable, List.of(), List.of(), true);
  }
}
