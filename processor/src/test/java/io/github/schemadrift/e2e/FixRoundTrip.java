package io.github.schemadrift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The fix round trip: a compile that reports a rule writes its suggested migration
 * ({@code -Aschemadrift.fixMigration}, dialect h2); every migration and then that file run on an
 * in-process H2 database, so the fix SQL is proven executable; a second compile with the file
 * added to the migrations must report nothing for the rule.
 */
final class FixRoundTrip {

  private FixRoundTrip() {}

  /** What the round trip saw, for assertions beyond its own. */
  record Result(String fixFile, Compilation before, Compilation after) {}

  static Result run(Path dir, String ruleId, Map<String, String> migrations, List<String> options, JavaFileObject... sources) {
    return run(dir, ruleId, migrations, new Rows(null, null), options, sources);
  }

  /**
   * Rows put in after the migrations and before the fix ({@code insert}, statements separated by
   * semicolons), and a query run after the fix whose every row's first column must be true
   * ({@code probe}): the fix keeps the data and works on it. Either may be null.
   */
  record Rows(String insert, String probe) {}

  static Result run(Path dir, String ruleId, Map<String, String> migrations, Rows rows, List<String> options, JavaFileObject... sources) {
    Path db = Fixtures.migrations(dir.resolve("db"), migrations);
    Path fixDir = dir.resolve("fix");
    try {
      Files.createDirectories(fixDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> all = new ArrayList<>(options);
    all.add("-Aschemadrift.dialect=h2");
    Compilation before = Fixtures.compile(db, plus(all, "-Aschemadrift.fixMigration=" + fixDir), sources);
    assertThat(messages(before, ruleId)).as("findings of " + ruleId + " before the fix").isNotEmpty();

    Path fix = onlyFile(fixDir);
    String fixSql = read(fix);
    assertThat(fixSql.lines().filter(l -> !l.isBlank() && !l.startsWith("--")))
        .as("statements in the fix file\n" + fixSql).isNotEmpty();
    runOnH2(db, fix, rows);

    try {
      Files.copy(fix, db.resolve(fix.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Compilation after = Fixtures.compile(db, all, sources);
    assertThat(messages(after, ruleId)).as("findings of " + ruleId + " after the fix\n" + fixSql).isEmpty();
    assertThat(messages(after, "sql-parse")).as("statements of the fix the replay cannot read\n" + fixSql).isEmpty();
    assertThat(messages(after, "sql-unsupported")).as("statements of the fix the replay refuses\n" + fixSql).isEmpty();
    return new Result(fixSql, before, after);
  }

  /** Every migration in Flyway's version order, then the fix, on a fresh in-memory H2 database. */
  private static void runOnH2(Path db, Path fix, Rows rows) {
    List<Path> scripts = new ArrayList<>();
    try (Stream<Path> files = Files.list(db)) {
      files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
          .sorted((a, b) -> Integer.compare(version(a), version(b)))
          .forEach(scripts::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
        Statement statement = connection.createStatement()) {
      runScripts(statement, scripts);
      if (rows.insert() != null) {
        for (String insert : rows.insert().split(";")) {
          statement.execute(insert);
        }
      }
      runScripts(statement, List.of(fix));
      if (rows.probe() != null) {
        try (var result = statement.executeQuery(rows.probe())) {
          int seen = 0;
          while (result.next()) {
            seen++;
            assertThat(result.getBoolean(1)).as(rows.probe() + " after\n" + read(fix)).isTrue();
          }
          assertThat(seen).as("rows of " + rows.probe()).isPositive();
        }
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static void runScripts(Statement statement, List<Path> scripts) {
    for (Path script : scripts) {
      try {
        statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath().toString().replace("'", "''") + "'");
      } catch (SQLException e) {
        throw new AssertionError("H2 rejects " + script.getFileName() + ":\n" + read(script), e);
      }
    }
  }

  private static int version(Path migration) {
    String name = migration.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }

  private static List<String> messages(Compilation compilation, String ruleId) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[schemadrift:" + ruleId + "]"))
        .toList();
  }

  private static Path onlyFile(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> all = files.toList();
      assertThat(all).as("files written to " + folder).hasSize(1);
      return all.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> plus(List<String> list, String option) {
    List<String> out = new ArrayList<>(list);
    out.add(option);
    return out;
  }
}
