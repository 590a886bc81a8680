package io.github.schemadrift.migration;

import java.util.List;

/**
 * A foreign key of a replayed table.
 *
 * @param name the constraint name as written, or null when the migration gave none
 * @param columns the referencing columns, as dialect keys, in key order
 * @param referencedTable the referenced table's dialect key (without schema)
 * @param referencedColumns the referenced columns as dialect keys; empty means the referenced
 *     table's primary key
 * @param onDelete the ON DELETE action as written in upper case ({@code CASCADE}), or null
 * @param definedAt the statement that added the key
 */
public record ForeignKeyDef(
    String name,
    List<String> columns,
    String referencedTable,
    List<String> referencedColumns,
    String onDelete,
    SqlLocation definedAt) implements java.io.Serializable {

  public ForeignKeyDef {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }
}
