package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the replay has built so far: the tables, views, sequences and enum types under their map
 * keys, the problems and notes for the report, and how many statements were replayed, ignored or
 * not understood. Every statement handler reads and changes this one state.
 */
final class ReplayState {

  final TableMap tables = new TableMap();
  final Map<String, SequenceDef> sequences = new LinkedHashMap<>();
  final Map<String, EnumTypeDef> enumTypes = new LinkedHashMap<>();
  final Map<String, ViewDef> views = new LinkedHashMap<>();
  final List<SqlProblem> problems = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  /** The statement that dropped each table, by the key of its name, for findings to name. */
  final Map<String, SqlLocation> droppedTables = new LinkedHashMap<>();
  /** What each view (by map key) reads: the map keys of its tables and views, and its words. */
  final Map<String, ViewDependencies> viewDependencies = new LinkedHashMap<>();
  /** The sequences a serial column owns (PostgreSQL), by the sequence's map key. */
  final Map<String, SequenceOwner> sequenceOwners = new LinkedHashMap<>();
  /**
   * The relations a view reads (map keys of tables and views), and the lower-case words of its
   * query, to tell which columns it uses ({@code star}: it selects every column of some relation).
   */
  record ViewDependencies(java.util.Set<String> relations, java.util.Set<String> words, boolean star) implements java.io.Serializable {}

  /**
   * The table (map key) and column (dialect key) that own a sequence: by a serial default, or as
   * an identity column ({@code identity}: the sequence goes when the column stops being one).
   */
  record SequenceOwner(String table, String column, boolean identity) implements java.io.Serializable {}

  private int replayed;
  private int ignored;
  private int notUnderstood;

  /** A statement changed the schema as the database would have. */
  void replayed() {
    replayed++;
  }

  /** A statement leaves the schema's shape as it was. */
  void ignored() {
    ignored++;
  }

  /** A statement the replay did not understand, reported as {@code sql-unsupported}. */
  void unsupported(SqlLocation at, String message, String tableKey) {
    notUnderstood++;
    problems.add(new SqlProblem("sql-unsupported", at, 0, message, tableKey));
  }

  /** A statement JSqlParser could not parse (or not in time), reported as {@code problem} says. */
  void notParsed(SqlProblem problem) {
    notUnderstood++;
    problems.add(problem);
  }

  /** The counts of a snapshot the replay resumes from. */
  void restoreStats(SchemaModel.ReplayStats stats) {
    replayed = stats.replayed();
    ignored = stats.ignored();
    notUnderstood = stats.notUnderstood();
  }

  SchemaModel.ReplayStats stats() {
    return new SchemaModel.ReplayStats(replayed, ignored, notUnderstood);
  }

  /** Foreign keys of every table follow a column of table {@code table} renamed from {@code from} to {@code to}. */
  void retargetReferencedColumn(TableDef table, Dialect dialect, String from, String to) {
    String nameKey = dialect.key(table.name(), table.quoted());
    for (Map.Entry<String, TableDef> entry : tables.referencing(nameKey)) {
      TableDef t = entry.getValue();
      if (t.foreignKeys().stream().noneMatch(f -> references(f, table.schema(), nameKey))) {
        continue;
      }
      List<ForeignKeyDef> fks = t.foreignKeys().stream()
          .map(f -> references(f, table.schema(), nameKey) && f.referencedColumns().contains(from)
              ? new ForeignKeyDef(f.name(), f.columns(), f.referencedTable(),
                  f.referencedColumns().stream().map(c -> c.equals(from) ? to : c).toList(),
                  f.onDelete(), f.definedAt(), f.referencedSchema())
              : f)
          .toList();
      if (!fks.equals(t.foreignKeys())) {
        tables.put(entry.getKey(), t.withConstraints(t.uniques(), fks, t.checks(), t.indexes()));
      }
    }
  }

  /** Whether {@code fk} references the table named {@code nameKey} in {@code schema}. */
  static boolean references(ForeignKeyDef fk, String schema, String nameKey) {
    return fk.referencedTable().equals(nameKey)
        && (fk.referencedSchema() == null || schema == null || fk.referencedSchema().equals(schema));
  }

  /** Foreign keys follow the table they reference when it is renamed or moved to another schema. */
  void retargetForeignKeys(String oldSchema, String oldKey, String newSchema, String newKey) {
    Predicate<ForeignKeyDef> references = f -> f.referencedTable().equals(oldKey)
        && (f.referencedSchema() == null || oldSchema == null || f.referencedSchema().equals(oldSchema));
    for (Map.Entry<String, TableDef> entry : tables.referencing(oldKey)) {
      TableDef t = entry.getValue();
      if (t.foreignKeys().stream().anyMatch(references)) {
        tables.put(entry.getKey(),
            t.withConstraints(
                t.uniques(),
                t.foreignKeys().stream()
                    .map(f -> references.test(f) ? f.referencing(f.referencedSchema() == null ? null : newSchema, newKey) : f)
                    .toList(),
                t.checks(),
                t.indexes()));
      }
    }
  }
}
