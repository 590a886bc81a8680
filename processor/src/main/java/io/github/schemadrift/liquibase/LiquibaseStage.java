package io.github.schemadrift.liquibase;

import io.github.schemadrift.config.Decision;
import io.github.schemadrift.config.FlywaySettings;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The processor's one step for Liquibase: finds the changelog, decides with the Flyway migrations
 * found what the configuration enables ({@code spring.liquibase.enabled},
 * {@code spring.flyway.enabled}), and turns the changelog into migration files through
 * {@link LiquibaseChangelogs}. Without a changelog it returns the Flyway migrations untouched and
 * loads no Liquibase class.
 */
public final class LiquibaseStage {

  /**
   * What to replay.
   *
   * @param active whether a changelog is replayed
   * @param migrations the files to replay in order: Flyway's (when enabled), then the changelog's
   * @param decided lines for the summary: which changelog, from where, and what is replayed
   * @param warnings changes that could not be generated
   * @param errors a changelog configured but missing, or unreadable
   */
  public record Outcome(
      boolean active, List<MigrationFile> migrations, List<String> decided, List<String> warnings, List<String> errors) {

    static Outcome flywayOnly(List<MigrationFile> flyway, List<String> decided, List<String> errors) {
      return new Outcome(false, flyway, decided, List.of(), errors);
    }
  }

  private LiquibaseStage() {}

  /**
   * Decides with the Flyway migrations found what to replay and generates the changelog's
   * migrations. Without a changelog (or with Liquibase disabled) the Flyway migrations come back
   * untouched and no Liquibase class is loaded.
   */
  public static Outcome resolve(
      LiquibaseSettings settings,
      FlywaySettings flyway,
      Path projectDir,
      Dialect dialect,
      List<MigrationFile> flywayMigrations) {
    List<String> decided = new ArrayList<>();
    settings.problems().forEach(p -> decided.add("note: " + p));
    Optional<LiquibaseSettings.Changelog> found = settings.changelog();
    if (found.isEmpty()) {
      return Outcome.flywayOnly(flywayMigrations, decided, List.of());
    }
    LiquibaseSettings.Changelog changelog = found.get();
    if (changelog.file() == null) {
      return Outcome.flywayOnly(flywayMigrations, decided, List.of("Liquibase changelog '" + changelog.configured()
          + "' from " + changelog.source() + " does not exist in " + settings.roots()));
    }
    String path = changelog.resourcePath(settings.roots());
    if (!settings.enabled()) {
      decided.add("Liquibase changelog '" + path + "' not replayed: " + settings.get("enabled").map(d -> "disabled by "
          + d.source()).orElse("disabled"));
      return Outcome.flywayOnly(flywayMigrations, decided, List.of());
    }
    boolean flywayOn = !flyway.isSet("enabled") || !flyway.get("enabled").value().trim().equalsIgnoreCase("false");
    List<MigrationFile> replayed = new ArrayList<>();
    if (!flywayMigrations.isEmpty() && flywayOn) {
      replayed.addAll(flywayMigrations);
      decided.add("both Flyway and Liquibase are enabled: the " + flywayMigrations.size()
          + " Flyway migrations are replayed first, then the Liquibase changelog");
    } else if (!flywayMigrations.isEmpty()) {
      decided.add("Flyway migrations not replayed: disabled by " + flyway.get("enabled").source());
    }
    return generate(settings, changelog, path, dialect, projectDir, replayed, decided);
  }

  private static Outcome generate(
      LiquibaseSettings settings,
      LiquibaseSettings.Changelog changelog,
      String path,
      Dialect dialect,
      Path projectDir,
      List<MigrationFile> replayed,
      List<String> decided) {
    Map<String, String> parameters = new LinkedHashMap<>();
    settings.parameters().forEach((k, d) -> parameters.put(k, d.value()));
    Decision<String> contexts = settings.contexts();
    Decision<String> labels = settings.labels();
    Path output;
    try {
      output = output(projectDir, dialect);
    } catch (IOException e) {
      return Outcome.flywayOnly(replayed, decided, List.of("cannot create a folder for the SQL of the Liquibase changelog: " + e));
    }
    LiquibaseChangelogs.Generated generated = LiquibaseChangelogs.generate(new LiquibaseChangelogs.Request(
        path, settings.roots(), dialect, parameters,
        contexts == null ? null : contexts.value(), labels == null ? null : labels.value(), output));
    if (generated.error() != null) {
      return Outcome.flywayOnly(replayed, decided, List.of(generated.error()));
    }
    replayed.addAll(generated.migrations());
    removeStale(output, generated.migrations());
    decided.add("Liquibase changelog '" + path + "' from " + changelog.source() + ": " + generated.changeSets()
        + " changeSets, " + generated.changes() + " changes replayed as the SQL Liquibase generates for "
        + dialect.optionValue() + " (written to " + output + ")");
    decided.add("Liquibase contexts: " + (contexts == null ? "none chosen, so every changeSet runs" : "'" + contexts.value()
        + "' from " + contexts.source()) + "; labels: " + (labels == null ? "none chosen, so every changeSet runs"
        : "'" + labels.value() + "' from " + labels.source()));
    return new Outcome(true, replayed, decided, generated.warnings(), List.of());
  }

  /** Deletes the scripts an earlier build wrote that this one did not (a changeSet removed or renamed). */
  private static void removeStale(Path output, List<MigrationFile> current) {
    java.util.Set<Path> kept = new java.util.HashSet<>();
    current.forEach(m -> kept.add(m.path()));
    try (java.util.stream.Stream<Path> files = Files.list(output)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql") && !kept.contains(f)).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // an old script left behind is never read: only the generated list is replayed
    }
  }

  /** The build folder's {@code schemadrift-liquibase/<dialect>}, else a temporary folder. */
  private static Path output(Path projectDir, Dialect dialect) throws IOException {
    if (projectDir == null) {
      return Files.createTempDirectory("schemadrift-liquibase");
    }
    Path build = Files.exists(projectDir.resolve("pom.xml")) ? projectDir.resolve("target") : projectDir.resolve("build");
    return build.resolve("schemadrift-liquibase").resolve(dialect.optionValue());
  }
}
