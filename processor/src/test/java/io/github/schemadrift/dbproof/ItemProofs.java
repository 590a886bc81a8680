package io.github.schemadrift.dbproof;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.MigrationFile;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * One replay-semantics case proven against a real database: Flyway migrates a fresh database with
 * the case's migrations, the replay replays the same files, and the two must agree field by field
 * ({@link SchemaComparison}). A case may also hold {@code refused.sql}: statements the database
 * refuses (each is run and must fail), which the replay must report as {@code sql-unsupported}
 * saying that the database refuses it and why (without CASCADE, a primary-key column made
 * nullable, a foreign key between incompatible types), and must not apply.
 */
final class ItemProofs {

  private ItemProofs() {}

  /** Every disagreement between the database at {@code url} migrated with {@code dir} and the replay. */
  static List<String> differences(Path dir, Dialect dialect, String url, String user, String schema) throws Exception {
    // Flyway looks its history table up per catalog: without MariaDB's schema term
    Flyway.configure().dataSource(url.replace("?useCatalogTerm=Schema", ""), user, "").locations("filesystem:" + dir).load().migrate();
    List<MigrationFile> files = MigrationDiscovery.discover(List.of(dir)).migrations();
    List<String> out = new ArrayList<>();
    List<String> refused = refusedStatements(dir);
    SchemaModel replay;
    try (MigrationReplayer replayer = new MigrationReplayer(dialect)) {
      for (MigrationFile file : files) {
        replayer.replayScript(file.displayName(), Files.readString(file.path()));
      }
      if (!refused.isEmpty()) {
        replayer.replayScript("refused.sql", String.join(";\n", refused) + ";\n");
      }
      replay = replayer.toModel(files);
    }
    List<SqlProblem> problems = new ArrayList<>(replay.problems());
    for (String statement : refused) {
      SqlProblem reported = problems.stream().filter(p -> p.location().file().equals("refused.sql")
          && p.ruleId().equals("sql-unsupported") && p.message().contains("the database refuses it")).findFirst().orElse(null);
      problems.remove(reported);
      if (reported == null) {
        out.add("the replay did not report the refused statement: " + statement);
      }
    }
    problems.forEach(p -> out.add("replay problem at " + p.location() + ": " + p.message()));
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      for (String statement : refused) {
        try (Statement s = c.createStatement()) {
          s.execute(statement);
          out.add("the database ran a statement the case expects it to refuse: " + statement);
        } catch (SQLException expected) {
          // refused, as the replay said
        }
      }
      out.addAll(SchemaComparison.compare(replay, c, schema));
    }
    return out;
  }

  /** The statements of {@code refused.sql}, one per {@code ;}-ended line group, comments dropped. */
  private static List<String> refusedStatements(Path dir) throws Exception {
    Path file = dir.resolve("refused.sql");
    List<String> statements = new ArrayList<>();
    if (!Files.exists(file)) {
      return statements;
    }
    for (String part : Files.readString(file).replaceAll("(?m)--.*$", "").split(";")) {
      if (!part.isBlank()) {
        statements.add(part.strip());
      }
    }
    return statements;
  }
}
