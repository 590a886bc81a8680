package io.github.schemadrift.pipeline;

import io.github.schemadrift.config.Decision;
import io.github.schemadrift.config.FlywaySettings;
import io.github.schemadrift.config.HibernateSettings;
import io.github.schemadrift.config.HibernateVersion;
import io.github.schemadrift.config.ProjectConfig;
import io.github.schemadrift.entity.AuditSettings;
import io.github.schemadrift.entity.CustomNaming;
import io.github.schemadrift.entity.ImplicitNaming;
import io.github.schemadrift.liquibase.LiquibaseSettings;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.options.ProcessorOptions;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every decision of one compilation, resolved once by {@link SettingsStage} from the {@code -A}
 * options, {@code @SchemaDriftConfig}, the Spring and Flyway files and the class path. Each
 * decision keeps its source in {@link #config()} (dialect, migrations, naming, severities), in
 * {@link #flyway()} and {@link #hibernate()}, and in {@link #decided()}, the summary's list of
 * what was decided where. No later stage reads an option or a file of its own.
 *
 * <p>Two option values are checked where the processor always reported them, after the migrations
 * were discovered ({@link #cacheProblem()}) and after the replay ({@link #quotingProblem()}), so
 * that the order of diagnostics stays as users know it.
 *
 * @param options the parsed {@code -A} options
 * @param projectDir the project's folder, when one was found
 * @param config dialect, migrations, naming, severities and placeholders, each with its source
 * @param flyway the project's Flyway settings
 * @param hibernate the project's Hibernate settings
 * @param customNaming a physical naming strategy described in words, or null
 * @param implicitNaming Hibernate's implicit naming strategy in force
 * @param migrationSchema the schema unqualified names in migrations land in, when one is named
 * @param migrationLocations the migration folders that exist
 * @param parseTimeoutMillis how long JSqlParser may take over one statement (0: no limit)
 * @param placeholderValues the Flyway placeholder values, from every source, later ones winning
 * @param cacheOn whether the replayed schema is kept in the build folder
 * @param cacheProblem an unknown {@code schemadrift.cache} value, reported after discovery
 * @param userCacheDir the folder of the cache's second level, shared by every checkout, if any
 * @param quoteAll whether every identifier is quoted (Hibernate's globally quoted identifiers)
 * @param quoteKeywords whether Hibernate quotes identifiers that are SQL keywords
 * @param quotingProblem an unknown globally-quoted value, reported after the replay
 * @param envers Hibernate Envers' naming settings
 * @param timings whether the summary adds the time of each stage
 * @param decided what was decided where, in words, for the summary note
 * @param liquibase where the project's Liquibase changelog is and how it runs (no Liquibase class)
 * @param hibernateVersion the Hibernate generation whose defaults apply, and what decided it
 */
public record Settings(
    ProcessorOptions options,
    Optional<Path> projectDir,
    ProjectConfig config,
    FlywaySettings flyway,
    HibernateSettings hibernate,
    CustomNaming customNaming,
    ImplicitNaming implicitNaming,
    Optional<Decision<String>> migrationSchema,
    List<Path> migrationLocations,
    long parseTimeoutMillis,
    Map<String, String> placeholderValues,
    boolean cacheOn,
    Optional<String> cacheProblem,
    Optional<Path> userCacheDir,
    boolean quoteAll,
    boolean quoteKeywords,
    Optional<String> quotingProblem,
    AuditSettings envers,
    boolean timings,
    List<String> decided,
    LiquibaseSettings liquibase,
    HibernateVersion hibernateVersion) {

  public Settings {
    migrationLocations = List.copyOf(migrationLocations);
    placeholderValues = Collections.unmodifiableMap(new LinkedHashMap<>(placeholderValues)); // order is part of the cache key
    decided = List.copyOf(decided);
  }

  /** The dialect the migrations are written in. */
  public Dialect dialect() {
    return config.dialect().value();
  }
}
