package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Changes to a table's keys, constraints and indexes that several statement families share:
 * dropping one by name (with the names a database gives unnamed ones), renaming one, following a
 * column rename, and the primary key's columns becoming NOT NULL.
 */
final class ConstraintEdits {

  private ConstraintEdits() {}

  /** The columns, those in the primary key made NOT NULL (as every database does). */
  static List<ColumnDef> markPrimaryKeyNotNull(TableDef table, Dialect dialect, SqlLocation at) {
    List<ColumnDef> result = new ArrayList<>(table.columns().size());
    for (ColumnDef column : table.columns()) {
      // a NOT NULL column stays as it is: its key is not needed
      boolean nullableInKey = column.nullable() && table.primaryKey().contains(dialect.key(column.name(), column.quoted()));
      result.add(nullableInKey ? column.withNullable(false, at) : column);
    }
    return result;
  }

  /** The table without the key, constraint or index named {@code name}; empty when it has none. */
  static Optional<TableDef> dropConstraint(TableDef table, Dialect dialect, String name) {
    if (same(dialect, table.primaryKeyName(), name) || same(dialect, defaultName(table, "pkey", table.primaryKey()), name)) {
      return Optional.of(table.withPrimaryKey(List.of(), null));
    }
    List<UniqueDef> uniques = new ArrayList<>(table.uniques());
    if (uniques.removeIf(u -> same(dialect, u.name(), name)
        || (u.name() == null && same(dialect, defaultName(table, "key", u.columns()), name)))) {
      List<IndexDef> indexes = table.indexes().stream().filter(i -> !same(dialect, i.name(), name)).toList();
      return Optional.of(table.withConstraints(uniques, table.foreignKeys(), table.checks(), indexes));
    }
    List<ForeignKeyDef> fks = new ArrayList<>(table.foreignKeys());
    if (fks.removeIf(f -> same(dialect, f.name(), name)
        || (f.name() == null && same(dialect, defaultName(table, "fkey", f.columns()), name)))) {
      return Optional.of(table.withConstraints(table.uniques(), fks, table.checks(), table.indexes()));
    }
    List<CheckDef> checks = new ArrayList<>(table.checks());
    if (checks.removeIf(c -> same(dialect, c.name(), name)
        || (c.name() == null && c.column() != null && same(dialect, defaultName(table, "check", List.of(c.column())), name)))) {
      return Optional.of(table.withConstraints(table.uniques(), table.foreignKeys(), checks, table.indexes()));
    }
    return dropIndex(table, dialect, name);
  }

  /** PostgreSQL's name for an unnamed constraint: {@code table_col_key}, {@code table_pkey}. */
  static String defaultName(TableDef table, String suffix, List<String> columns) {
    if (suffix.equals("pkey")) {
      return table.name() + "_pkey";
    }
    return table.name() + "_" + String.join("_", columns) + "_" + suffix;
  }

  static boolean same(Dialect dialect, String a, String b) {
    return a != null && b != null && dialect.key(a, false).equalsIgnoreCase(dialect.key(b, false));
  }

  static Optional<IndexDef> findIndex(TableDef table, Dialect dialect, String name) {
    for (IndexDef index : table.indexes()) {
      if (index.name() != null && index.name().equalsIgnoreCase(name)) {
        return Optional.of(index);
      }
    }
    return Optional.empty();
  }

  /** The table without the named index (and the unique it backs), or empty when it has none. */
  static Optional<TableDef> dropIndex(TableDef table, Dialect dialect, String name) {
    boolean found = false;
    List<IndexDef> indexes = new ArrayList<>();
    for (IndexDef index : table.indexes()) {
      if (index.name() != null && index.name().equalsIgnoreCase(name)) {
        found = true;
      } else {
        indexes.add(index);
      }
    }
    List<UniqueDef> uniques = new ArrayList<>();
    for (UniqueDef unique : table.uniques()) {
      if (unique.name() != null && unique.name().equalsIgnoreCase(name)) {
        found = true; // MySQL: a UNIQUE KEY is dropped with DROP INDEX
      } else {
        uniques.add(unique);
      }
    }
    return found
        ? Optional.of(table.withConstraints(uniques, table.foreignKeys(), table.checks(), indexes))
        : Optional.empty();
  }

  /** The table with the constraint or index named {@code from} renamed to {@code to}. */
  static TableDef renameConstraint(TableDef table, Dialect dialect, String from, String to) {
    String old = SqlIdentifier.of(from.trim()).name();
    String neu = SqlIdentifier.of(to.trim()).name();
    return table.withConstraints(
        table.uniques().stream().map(u -> same(dialect, u.name(), old) ? new UniqueDef(neu, u.columns(), u.index(), u.definedAt()) : u).toList(),
        table.foreignKeys().stream().map(f -> same(dialect, f.name(), old) ? new ForeignKeyDef(neu, f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.definedAt(), f.referencedSchema()) : f).toList(),
        table.checks().stream().map(c -> same(dialect, c.name(), old) ? new CheckDef(neu, c.expression(), c.column(), c.allowedValues(), c.definedAt()) : c).toList(),
        table.indexes().stream().map(i -> same(dialect, i.name(), old) ? new IndexDef(neu, i.columns(), i.unique(), i.definedAt()) : i).toList());
  }

  static Optional<TableDef> renameColumn(TableDef table, Dialect dialect, String from, String to, SqlLocation at) {
    SqlIdentifier old = SqlIdentifier.of(from);
    SqlIdentifier neu = SqlIdentifier.of(to);
    Optional<ColumnDef> existing = table.column(dialect, old.name(), old.quoted());
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    TableDef result = table.replaceColumn(existing.get(), existing.get().withName(neu.name(), neu.quoted(), at));
    return Optional.of(renameKey(result, old.key(dialect), neu.key(dialect)));
  }

  /** Follows a column rename through the primary key and every constraint and index. */
  static TableDef renameKey(TableDef table, String oldKey, String newKey) {
    UnaryOperator<List<String>> r = list -> list.stream().map(k -> k.equals(oldKey) ? newKey : k).toList();
    TableDef result = table.withPrimaryKey(r.apply(table.primaryKey()), table.primaryKeyName());
    return result.withConstraints(
        result.uniques().stream().map(u -> new UniqueDef(u.name(), r.apply(u.columns()), u.index(), u.definedAt())).toList(),
        result.foreignKeys().stream().map(f -> new ForeignKeyDef(f.name(), r.apply(f.columns()), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.definedAt(), f.referencedSchema())).toList(),
        result.checks().stream().map(c -> oldKey.equals(c.column()) ? new CheckDef(c.name(), c.expression(), newKey, c.allowedValues(), c.definedAt()) : c).toList(),
        result.indexes().stream().map(i -> new IndexDef(i.name(), r.apply(i.columns()), i.unique(), i.definedAt())).toList());
  }
}
