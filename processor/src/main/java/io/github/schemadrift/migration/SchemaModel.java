package io.github.schemadrift.migration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema a database would hold after {@code flyway migrate}: the hand-off from the migration
 * stage to the rules.
 *
 * @param dialect the dialect the migrations were replayed in
 * @param tables the tables by their dialect key ({@link Dialect#key})
 * @param migrations the migrations that were replayed, in Flyway's order
 * @param problems what could not be split, parsed or replayed
 * @param stats how many statements were replayed, ignored and not understood
 * @param sequences the sequences created by CREATE SEQUENCE, by dialect key
 * @param enumTypes the PostgreSQL enum types, by dialect key
 * @param views the views, by dialect key
 * @param notes facts about the replay worth one note each (Java migrations that cannot be
 *     replayed, unknown placeholders), in javac wording
 */
public record SchemaModel(
    Dialect dialect,
    Map<String, TableDef> tables,
    List<MigrationFile> migrations,
    List<SqlProblem> problems,
    ReplayStats stats,
    Map<String, SequenceDef> sequences,
    Map<String, EnumTypeDef> enumTypes,
    Map<String, ViewDef> views,
    List<String> notes) implements java.io.Serializable {

  public SchemaModel {
    tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    migrations = List.copyOf(migrations);
    problems = List.copyOf(problems);
    sequences = sequences == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sequences));
    enumTypes = enumTypes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(enumTypes));
    views = views == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(views));
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** A schema of tables only. */
  public SchemaModel(
      Dialect dialect,
      Map<String, TableDef> tables,
      List<MigrationFile> migrations,
      List<SqlProblem> problems,
      ReplayStats stats) {
    this(dialect, tables, migrations, problems, stats, Map.of(), Map.of(), Map.of(), List.of());
  }

  /** The view the database would resolve this name to, if any. */
  public Optional<ViewDef> view(String name, boolean quoted) {
    return Optional.ofNullable(views.get(dialect.key(name, quoted)));
  }

  /** The enum type the database would resolve this name to, if any. */
  public Optional<EnumTypeDef> enumType(String name, boolean quoted) {
    return Optional.ofNullable(enumTypes.get(dialect.key(name, quoted)));
  }

  /** The sequence the database would resolve this name to, if any. */
  public Optional<SequenceDef> sequence(String name, boolean quoted) {
    return Optional.ofNullable(sequences.get(dialect.key(name, quoted)));
  }

  /** The table the database would resolve this name to, if any. */
  public Optional<TableDef> table(String name, boolean quoted) {
    return Optional.ofNullable(tables.get(dialect.key(name, quoted)));
  }

  /** Statement counts of one replay. */
  public record ReplayStats(int replayed, int ignored, int notUnderstood) implements java.io.Serializable {}
}
