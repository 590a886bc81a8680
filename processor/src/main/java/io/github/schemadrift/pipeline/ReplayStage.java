package io.github.schemadrift.pipeline;

import io.github.schemadrift.config.Decision;
import io.github.schemadrift.config.FlywaySettings;
import io.github.schemadrift.config.SchemaSettings;
import io.github.schemadrift.liquibase.LiquibaseStage;
import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.Placeholders;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.rules.Rules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * Settings to {@link ReplayedSchema}: discovers the migration files, then loads the schema from
 * the cache or replays them. The first round starts all of it on a thread of its own ({@link
 * #startEarly}); the last round ({@link #replay}) uses that thread's work when it read the same
 * inputs, and otherwise does it again itself. Runs without javac.
 */
public final class ReplayStage {

  private final SchemaSource source;

  /** {@code beforeReplay} runs at the start of every replay, in the thread that replays; tests make it fail. */
  public ReplayStage(Runnable beforeReplay) {
    this.source = new SchemaSource(beforeReplay);
  }

  /** What the replay needs once the migrations are found; null after reporting a bad option. */
  private record Prepared(MigrationDiscovery.Result discovered, Placeholders placeholders, ReplayKey key) {}

  /**
   * Starts discovery and replay on a daemon thread, for the first round: walking and sorting
   * thousands of migration files would be javac's time if done here.
   */
  public Optional<BackgroundReplay> startEarly(Settings settings, Diagnostics out) {
    Prepared prepared = prepare(settings, new MigrationDiscovery.Result(List.of(), List.of()), out);
    if (prepared == null || settings.liquibase().active()) {  // the last round generates the changelog's SQL
      return Optional.empty();
    }
    ReplayKey undiscovered = prepared.key();
    return Optional.of(BackgroundReplay.start(settings.migrationLocations(), settings.flyway().naming(),
        result -> undiscovered.withMigrations(result.migrations()),
        k -> source.replayOrLoad(k, prepared.placeholders(), settings.parseTimeoutMillis())));
  }

  /**
   * The schema for the last round: the background replay's when its inputs are the same, else
   * its own (cancelling the other). Empty after reporting a failure: without a schema every entity
   * would look unmigrated.
   */
  public Optional<ReplayedSchema> replay(Settings settings, Diagnostics out, BackgroundReplay background) {
    Prepared prepared = prepare(settings, withLiquibase(settings, discover(settings, out, background), out), out);
    if (prepared == null) {
      return Optional.empty();
    }
    long configured = System.nanoTime();
    boolean early = background != null && background.hasKey(prepared.key());
    ReplayOutcome outcome;
    try {
      if (early) {
        outcome = background.join();
      } else {
        if (background != null) {
          background.cancel(); // the configuration changed after the first round
        }
        outcome = source.replayOrLoad(prepared.key(), prepared.placeholders(), settings.parseTimeoutMillis());
        if (background != null) {
          background.awaitStored(); // a store of the other inputs that finished first must not come after this one
        }
        outcome.store().run(); // on javac's thread: stored before the check goes on
      }
    } catch (Exception e) {
      RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
      out.internalError("the replay of " + prepared.discovered().migrations().size() + " migrations", failure);
      return Optional.empty();
    }
    long joined = System.nanoTime();
    SchemaModel schema = outcome.schema().withEntitySchema(settings.hibernate().defaultSchema().map(Decision::value).orElse(null));
    List<String> javaMigrations = new ArrayList<>(prepared.discovered().javaMigrations());
    settings.projectDir().ifPresent(dir -> javaMigrations.addAll(MigrationDiscovery.javaMigrations(dir.resolve("src/main/java/db/migration"))));
    // a Java or Kotlin source in a migrations location is replayed (its constant SQL), so not listed
    javaMigrations.removeIf(n -> prepared.discovered().migrations().stream().anyMatch(m -> m.path().getFileName().toString().equals(n)));
    return Optional.of(new ReplayedSchema(schema, outcome.fromCache(), outcome.failures(), javaMigrations,
        outcome.millis(), early, configured, joined, outcome.userCache(), outcome.resumedAfter()));
  }

  /**
   * The background thread's discovery of the same locations with the same naming, if no folder
   * changed since; else our own. A failure is reported and leaves no migrations.
   */
  private static MigrationDiscovery.Result discover(Settings settings, Diagnostics out, BackgroundReplay background) {
    List<Path> locations = settings.migrationLocations();
    MigrationDiscovery.Naming naming = settings.flyway().naming();
    try {
      Optional<MigrationDiscovery.Result> early =
          background == null
              ? Optional.empty()
              : background.discovered(locations, naming).filter(MigrationDiscovery.Result::stillCurrent);
      return early.isPresent() ? early.get() : MigrationDiscovery.discover(locations, naming);
    } catch (RuntimeException e) {
      out.internalError("the migrations in " + locations, e);
      return new MigrationDiscovery.Result(List.of(), List.of());
    }
  }

  /** Liquibase changelog found -> migration files from the adapter, after or instead of Flyway's (see LiquibaseStage). */
  private static MigrationDiscovery.Result withLiquibase(Settings settings, MigrationDiscovery.Result flyway, Diagnostics out) {
    LiquibaseStage.Outcome liquibase = LiquibaseStage.resolve(
        settings.liquibase(), settings.flyway(), settings.projectDir().orElse(null), settings.dialect(), flyway.migrations());
    liquibase.errors().forEach(out::configError);
    liquibase.warnings().forEach(w -> out.messager().printMessage(Diagnostic.Kind.WARNING, Rules.CONFIG.tag() + " " + w));
    if (!liquibase.decided().isEmpty()) {
      out.messager().printMessage(Diagnostic.Kind.NOTE, Rules.SUMMARY.tag() + " " + String.join("; ", liquibase.decided()));
    }
    return liquibase.active()
        ? new MigrationDiscovery.Result(liquibase.migrations(), flyway.errors(), flyway.javaMigrations(), flyway.folders())
        : flyway;
  }

  /** Reports the discovery's errors and warns of a bad cache option, then works out the placeholders and the key. */
  private static Prepared prepare(Settings settings, MigrationDiscovery.Result discovered, Diagnostics out) {
    discovered.errors().forEach(out::configError);
    // a bad cache value leaves the cache off (Settings.cache is true only for 'on'), and the check goes on
    settings.cacheProblem().ifPresent(p -> out.configWarning(p + "; the cache is off and the check goes on"));
    FlywaySettings flyway = settings.flyway();
    String prefix = flyway.get("placeholderPrefix").value();
    String suffix = flyway.get("placeholderSuffix").value();
    boolean replacement = !"false".equalsIgnoreCase(flyway.get("placeholderReplacement").value().trim())
        && (discovered.migrations().isEmpty() || discovered.migrations().stream() // Liquibase replaced its own
            .anyMatch(m -> m.displayName().indexOf(SqlLocation.UNIT_SEPARATOR) < 0));
    Map<String, String> values = settings.placeholderValues();
    Placeholders placeholders = Placeholders.of(new LinkedHashMap<>(values), settings.dialect(), prefix, suffix, replacement);
    Map<String, String> cacheInputs = new LinkedHashMap<>(values);
    cacheInputs.put("\0placeholder syntax", prefix + " " + suffix + " " + replacement);
    cacheInputs.put("\0parse timeout", String.valueOf(settings.parseTimeoutMillis()));
    Optional<Decision<String>> schema = settings.migrationSchema();
    cacheInputs.put("\0default schema", schema.map(Decision::value).orElse("") + " "
        + String.join(",", SchemaSettings.schemas(flyway)));
    ReplayKey key = new ReplayKey(settings.dialect(), discovered.migrations(), cacheInputs, settings.cacheOn() ? "on" : "off",
        settings.projectDir(), settings.userCacheDir(), schema.map(Decision::value).orElse(null), SchemaSettings.schemas(flyway));
    return new Prepared(discovered, placeholders, key);
  }
}
