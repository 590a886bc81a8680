package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One table of the replayed schema: its columns in definition order and its primary key.
 *
 * @param schema the dialect key ({@link Dialect#key}) of the schema the table lies in: the one the
 *     migration qualified the name with, else the one unqualified names landed in; null when unknown
 * @param name the table name as written, without quotes
 * @param quoted whether the name was quoted
 * @param columns the columns in the order the database lists them
 * @param primaryKey the names of the primary key columns, in key order (empty when none)
 * @param createdAt the statement that created the table
 * @param uniques the UNIQUE constraints and unique indexes
 * @param foreignKeys the foreign keys
 * @param checks the CHECK constraints
 * @param indexes every index, unique or not, created with the table or by CREATE INDEX
 * @param primaryKeyName the primary key constraint's name as written, or null
 */
public record TableDef(
    String schema,
    String name,
    boolean quoted,
    List<ColumnDef> columns,
    List<String> primaryKey,
    SqlLocation createdAt,
    List<UniqueDef> uniques,
    List<ForeignKeyDef> foreignKeys,
    List<CheckDef> checks,
    List<IndexDef> indexes,
    String primaryKeyName) implements java.io.Serializable {

  public TableDef {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    uniques = uniques == null ? List.of() : List.copyOf(uniques);
    foreignKeys = foreignKeys == null ? List.of() : List.copyOf(foreignKeys);
    checks = checks == null ? List.of() : List.copyOf(checks);
    indexes = indexes == null ? List.of() : List.copyOf(indexes);
  }

  /** A table without constraints other than its primary key. */
  public TableDef(
      String schema,
      String name,
      boolean quoted,
      List<ColumnDef> columns,
      List<String> primaryKey,
      SqlLocation createdAt) {
    this(schema, name, quoted, columns, primaryKey, createdAt, List.of(), List.of(), List.of(), List.of(), null);
  }

  /** The column the database would resolve this name to, if any. */
  public Optional<ColumnDef> column(Dialect dialect, String columnName, boolean columnQuoted) {
    String wanted = dialect.key(columnName, columnQuoted);
    for (ColumnDef column : columns) {
      if (dialect.hasKey(column.name(), column.quoted(), wanted)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /** Whether a column (by its key) is part of the primary key. */
  public boolean inPrimaryKey(Dialect dialect, ColumnDef column) {
    String key = dialect.key(column.name(), column.quoted());
    return primaryKey.stream().anyMatch(k -> k.equals(key));
  }

  TableDef withColumns(List<ColumnDef> newColumns) {
    return new TableDef(schema, name, quoted, newColumns, primaryKey, createdAt, uniques, foreignKeys, checks, indexes, primaryKeyName);
  }

  TableDef withPrimaryKey(List<String> keys) {
    return new TableDef(schema, name, quoted, columns, keys, createdAt, uniques, foreignKeys, checks, indexes, primaryKeyName);
  }

  TableDef renamed(String newName, boolean newQuoted) {
    return new TableDef(schema, newName, newQuoted, columns, primaryKey, createdAt, uniques, foreignKeys, checks, indexes, primaryKeyName);
  }

  TableDef renamed(String newSchema, String newName, boolean newQuoted) {
    return new TableDef(newSchema, newName, newQuoted, columns, primaryKey, createdAt, uniques, foreignKeys, checks, indexes, primaryKeyName);
  }

  TableDef replaceColumn(ColumnDef old, ColumnDef replacement) {
    List<ColumnDef> copy = new ArrayList<>(columns);
    copy.set(indexOf(old), replacement);
    return withColumns(copy);
  }

  /**
   * {@code columns.indexOf(column)} without a record comparison per column: the column itself is
   * found by identity, and an equal one before it must have its name.
   */
  int indexOf(ColumnDef column) {
    for (int i = 0; i < columns.size(); i++) {
      ColumnDef c = columns.get(i);
      if (c == column) {
        return i;
      }
      if (java.util.Objects.equals(c.name(), column.name())) {
        return columns.indexOf(column);
      }
    }
    return columns.indexOf(column);
  }

  TableDef withConstraints(
      List<UniqueDef> newUniques,
      List<ForeignKeyDef> newForeignKeys,
      List<CheckDef> newChecks,
      List<IndexDef> newIndexes) {
    return new TableDef(
        schema, name, quoted, columns, primaryKey, createdAt, newUniques, newForeignKeys, newChecks, newIndexes, primaryKeyName);
  }

  TableDef withPrimaryKey(List<String> keys, String constraintName) {
    return new TableDef(
        schema, name, quoted, columns, keys, createdAt, uniques, foreignKeys, checks, indexes, constraintName);
  }
}
