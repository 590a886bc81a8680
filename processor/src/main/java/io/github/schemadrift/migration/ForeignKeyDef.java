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
 * @param referencedSchema the dialect key of the schema the referenced table lies in: the
 *     reference's qualifier, else the schema of the table the name resolved to when the key was
 *     added, else where an unqualified table would have been created; null when unknown
 */
public record ForeignKeyDef(
    String name,
    List<String> columns,
    String referencedTable,
    List<String> referencedColumns,
    String onDelete,
    SqlLocation definedAt,
    String referencedSchema) implements java.io.Serializable {

  public ForeignKeyDef {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }

  /** A foreign key whose referenced table's schema is unknown. */
  public ForeignKeyDef(
      String name,
      List<String> columns,
      String referencedTable,
      List<String> referencedColumns,
      String onDelete,
      SqlLocation definedAt) {
    this(name, columns, referencedTable, referencedColumns, onDelete, definedAt, null);
  }

  /** This key referencing {@code table} in {@code schema} (dialect keys). */
  ForeignKeyDef referencing(String schema, String table) {
    return new ForeignKeyDef(name, columns, table, referencedColumns, onDelete, definedAt, schema);
  }
}
