package io.github.schemadrift.pipeline;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a replay reads: equal keys give equal schemas. The last round uses the first round's
 * background replay only when their keys are equal.
 *
 * @param dialect the dialect
 * @param migrations the discovered migration files
 * @param cacheInputs placeholder values and the other inputs that change a replay, for the cache
 * @param cacheOption {@code on} or {@code off}
 * @param projectDir the project's folder, where the cache lives
 * @param userCacheDir the folder of the cache's second level, if any
 * @param defaultSchema the schema unqualified names land in, or null
 * @param schemas Flyway's schemas
 */
record ReplayKey(
    Dialect dialect,
    List<MigrationFile> migrations,
    Map<String, String> cacheInputs,
    String cacheOption,
    Optional<Path> projectDir,
    Optional<Path> userCacheDir,
    String defaultSchema,
    List<String> schemas) {

  /** The same key for the migrations another discovery found. */
  ReplayKey withMigrations(List<MigrationFile> found) {
    return new ReplayKey(dialect, found, cacheInputs, cacheOption, projectDir, userCacheDir, defaultSchema, schemas);
  }
}
