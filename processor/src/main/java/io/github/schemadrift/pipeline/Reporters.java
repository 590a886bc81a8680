package io.github.schemadrift.pipeline;

import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.SchemaJsonExport;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.options.ProcessorOptions;
import io.github.schemadrift.report.ReportFiles;
import io.github.schemadrift.report.Reporter;
import io.github.schemadrift.rules.Finding;
import io.github.schemadrift.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Findings and the replayed schema to what users see: the replay's notes, the schema export, the
 * findings through javac's Messager (suppression and severity applied, sorted, once), the SARIF
 * report and the suggested migration, and the summary note.
 */
public final class Reporters {

  private final ProcessingEnvironment env;
  private final Settings settings;
  private final Diagnostics out;
  private final Reporter reporter;

  public Reporters(ProcessingEnvironment env, Settings settings, Diagnostics out) {
    this.env = env;
    this.settings = settings;
    this.out = out;
    this.reporter = new Reporter(out.messager(), settings.config().severities(), settings.options().listFolded());
  }

  /** The Java-based migrations the schema lacks, and the replay's own notes (unknown placeholders and the like). */
  public void replayNotes(ReplayedSchema replayed) {
    if (!replayed.javaMigrations().isEmpty()) {
      reporter.note(
          Rules.SUMMARY.tag() + " Java-based migrations cannot be replayed, so the schema lacks their changes: "
              + String.join(", ", replayed.javaMigrations()));
    }
    replayed.schema().notes().forEach(n -> reporter.note(Rules.SUMMARY.tag() + " " + n));
  }

  /** Writes the replayed schema as JSON when {@code schemadrift.schemaExport} asks for it. */
  public void exportSchema(SchemaModel schema) {
    if (settings.options().schemaExport() == null) {
      return;
    }
    Path export = Path.of(settings.options().schemaExport());
    if (!export.isAbsolute() && settings.projectDir().isPresent()) {
      export = settings.projectDir().get().resolve(export);
    }
    try {
      SchemaJsonExport.write(schema, export);
    } catch (IOException | RuntimeException e) {
      out.configError("cannot write the schema export '" + export + "': " + e.getMessage());
    }
  }

  /** Prints the findings and writes the requested report files; the counts are for the summary. */
  public Reporter.Outcome report(List<Finding> findings, SchemaModel schema) {
    Reporter.Outcome counts = reporter.report(findings);
    try {
      writeReportFiles(schema, counts);
    } catch (RuntimeException e) {
      out.internalError("the report files", e);
    }
    return counts;
  }

  /** One note: what was checked against what, the counts, and every decision with its source. */
  public void summary(Summary summary) {
    reporter.note(summary.text(settings));
  }

  /** The time of each stage, when {@code schemadrift.timings} asks for it. */
  public void timings(Summary summary, long firstRoundMillis, long reportedAt) {
    if (settings.timings()) {
      reporter.note(summary.timings(firstRoundMillis, reportedAt));
    }
  }

  private void writeReportFiles(SchemaModel schema, Reporter.Outcome outcome) {
    ProcessorOptions options = settings.options();
    if (options.report() == null && options.fixMigration() == null) {
      return;
    }
    Path base = settings.projectDir().orElse(Path.of("").toAbsolutePath());
    boolean liquibaseFix = options.fixMigration() != null && settings.liquibase().active();
    Map<String, Path> migrationPaths = new LinkedHashMap<>();
    schema.migrations().forEach(m -> migrationPaths.put(m.displayName(), m.path()));
    ReportFiles.Context context =
        new ReportFiles.Context(
            env,
            ProcessorVersion.get(),
            Rules.descriptors(),
            repositoryRoot(base),
            migrationPaths,
            MigrationDiscovery.nextVersion(schema.migrations()));
    List<String> problems =
        ReportFiles.write(
            context,
            outcome,
            options.report() == null ? null : base.resolve(options.report()),
            options.fixMigration() == null || liquibaseFix ? null : base.resolve(options.fixMigration()));
    problems.forEach(out::configError);
    if (liquibaseFix) {
      LiquibaseFix.write(settings, base.resolve(options.fixMigration()), outcome, reporter, out);
    }
  }

  /** The nearest folder above the project that holds {@code .git}, else the project itself. */
  private static Path repositoryRoot(Path projectDir) {
    for (Path dir = projectDir; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return projectDir;
  }

  /** Says so when a migrations location lies outside the project directory: allowed, but worth knowing. */
  static String outsideNote(Path location, Optional<Path> projectDir) {
    if (projectDir.isEmpty()
        || location.toAbsolutePath().normalize().startsWith(projectDir.get().toAbsolutePath().normalize())) {
      return "";
    }
    return " (outside the project directory " + projectDir.get() + ")";
  }
}
