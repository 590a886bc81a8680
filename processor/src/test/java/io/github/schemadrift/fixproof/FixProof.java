package io.github.schemadrift.fixproof;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import io.github.schemadrift.migration.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.flywaydb.core.Flyway;
import org.opentest4j.TestAbortedException;

/**
 * The fix round trip on a database that holds data: schemadrift writes its fix migration for the
 * case's drift; Flyway builds a fresh database from the case's migrations; every table gets rows
 * (NULLs where the schema allows them); Flyway then runs the fix. The fix must run, keep every row
 * and value, satisfy Hibernate 7's validate on the live database, and leave schemadrift with no
 * finding when the fix is added to the migrations.
 */
final class FixProof {

  private FixProof() {}

  /**
   * A fresh, empty database for one case: the JDBC URL the rows are read through, the URL Flyway
   * and Hibernate use (MariaDB's without the schema term, so both stay in the current database),
   * the user and the schema to read.
   */
  record Database(Dialect dialect, String url, String flywayUrl, String user, String schema) {}

  /**
   * Runs the round trip and fails with every problem at once. A case with a known gap for the
   * dialect must still fail (and is then reported as aborted with the gap's reason); when it passes
   * the gap is stale and the proof fails so that it is removed.
   */
  static void verify(FixProofCase proofCase, Database db, Path dir) throws Exception {
    if (proofCase.notApplicable(db.dialect()) != null) {
      throw new TestAbortedException("no finding to fix on " + db.dialect() + ": " + proofCase.notApplicable(db.dialect()));
    }
    List<String> problems = problems(proofCase, db, dir);
    String gap = proofCase.knownGap(db.dialect());
    if (gap != null) {
      if (problems.isEmpty()) {
        throw new AssertionError(proofCase.name() + " now passes on " + db.dialect()
            + ": remove its known gap (\"" + gap + "\") from FixProofCases");
      }
      throw new TestAbortedException("known gap (issue 22): " + gap + "; today: " + problems.get(0));
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(proofCase.name() + " on " + db.dialect() + ":\n  " + String.join("\n  ", problems));
    }
  }

  static List<String> problems(FixProofCase proofCase, Database db, Path dir) throws Exception {
    Path migrations = write(dir.resolve("db"), proofCase.migrations());
    Path fixDir = Files.createDirectories(dir.resolve("fix"));
    List<String> options = new ArrayList<>(proofCase.options());
    options.add("-Aschemadrift.dialect=" + db.dialect().optionValue());
    List<String> problems = new ArrayList<>();
    Compilation before = compile(migrations, plus(options, "-Aschemadrift.fixMigration=" + fixDir), proofCase);
    if (findings(before, proofCase.ruleId()).isEmpty()) {
      problems.add("no " + proofCase.ruleId() + " finding before the fix: " + findings(before, ""));
      return problems;
    }
    Path fix = onlyFile(fixDir);
    String fixSql = Files.readString(fix);
    migrate(db, migrations);
    Map<String, DatabaseRows.Table> rowsBefore;
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), "")) {
      DatabaseRows.fill(c, db.schema(), proofCase.values());
      rowsBefore = DatabaseRows.snapshot(c, db.schema());
    }
    Files.copy(fix, migrations.resolve(fix.getFileName()));
    try {
      migrate(db, migrations);
    } catch (RuntimeException e) {
      problems.add("the fix fails on a database with rows: " + e.getMessage() + "\n" + fixSql);
      return problems;
    }
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), "")) {
      DatabaseRows.lost(rowsBefore, DatabaseRows.snapshot(c, db.schema())).forEach(problems::add);
    }
    String hibernate = HibernateValidate.problem(javac().compile(proofCase.sources()), db.flywayUrl(), db.user());
    if (hibernate != null) {
      problems.add("Hibernate's validate fails after the fix: " + hibernate + "\n" + fixSql);
    }
    Compilation after = compile(migrations, options, proofCase);
    findings(after, "").forEach(f -> problems.add("after the fix schemadrift still reports: " + f + "\n" + fixSql));
    return problems;
  }

  static Compilation compile(Path migrations, List<String> options, FixProofCase proofCase) {
    return javac().withProcessors(new SchemaDriftProcessor())
        .withOptions(plus(options, "-Aschemadrift.migrations=" + migrations)).compile(proofCase.sources());
  }

  /** The errors and warnings of rule {@code ruleId}, or with "" every error and warning, javac's own too. */
  static List<String> findings(Compilation compilation, String ruleId) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(d -> d.getMessage(null))
        .filter(m -> ruleId.isEmpty() || m.startsWith("[schemadrift:" + ruleId + "]"))
        .toList();
  }

  private static void migrate(Database db, Path migrations) {
    Flyway.configure().dataSource(db.flywayUrl(), db.user(), "").locations("filesystem:" + migrations)
        .load().migrate();
  }

  static Path write(Path dir, Map<String, String> files) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> e : files.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue());
    }
    return dir;
  }

  static Path onlyFile(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> all = files.toList();
      if (all.size() != 1) {
        throw new AssertionError("one fix file expected in " + folder + ", found " + all);
      }
      return all.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> plus(List<String> list, String option) {
    List<String> out = new ArrayList<>(list);
    out.add(option);
    return out;
  }
}
