package io.github.schemadrift.migration;

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
 */
public record SchemaModel(
    Dialect dialect,
    Map<String, TableDef> tables,
    List<MigrationFile> migrations,
    List<SqlProblem> problems,
    ReplayStats stats) {

  public SchemaModel {
    tables = Map.copyOf(tables);
    migrations = List.copyOf(migrations);
    problems = List.copyOf(problems);
  }

  /** The table the database would resolve this name to, if any. */
  public Optional<TableDef> table(String name, boolean quoted) {
    return Optional.ofNullable(tables.get(dialect.key(name, quoted)));
  }

  /** Statement counts of one replay. */
  public record ReplayStats(int replayed, int ignored, int notUnderstood) {}
}
