package io.github.schemadrift.pipeline;

import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationFile;
import io.github.schemadrift.migration.CachedReplay;
import io.github.schemadrift.migration.Placeholders;
import io.github.schemadrift.migration.SchemaCache;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.UserSchemaCache;
import io.github.schemadrift.rules.Finding;
import io.github.schemadrift.rules.Messages;
import io.github.schemadrift.rules.Rules;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One replay of a {@link ReplayKey}: from the cache, else replayed, resuming after the unchanged
 * migrations the cache holds a snapshot of (and then cached when every file replayed, by the
 * outcome's {@link ReplayOutcome#store}, after the schema is handed over).
 */
final class SchemaSource {

  private final Runnable beforeReplay;

  SchemaSource(Runnable beforeReplay) {
    this.beforeReplay = beforeReplay;
  }

  /** The schema from the cache, else replayed (and then cached when every file replayed). */
  ReplayOutcome replayOrLoad(ReplayKey key, Placeholders placeholders, long parseTimeout) {
    long start = System.nanoTime();
    beforeReplay.run();
    Optional<SchemaCache> cache =
        key.cacheOption().equals("on")
            ? schemaCache(key.projectDir(), key.userCacheDir(), key.dialect(), key.cacheInputs(), key.migrations())
            : Optional.empty();
    Optional<SchemaModel> cached = cache.flatMap(c -> c.load(key.migrations()));
    if (cached.isPresent()) {
      return new ReplayOutcome(cached.get(), true, List.of(), (System.nanoTime() - start) / 1_000_000,
          cache.get().fromUserCache(), 0);
    }
    List<Finding> replayFailures = new ArrayList<>();
    CachedReplay.Outcome replayed =
        CachedReplay.replay(
            cache.orElse(null),
            key.migrations(),
            key.dialect(),
            placeholders,
            parseTimeout,
            key.defaultSchema(),
            key.schemas(),
            (at, e) ->
                replayFailures.add(
                    new Finding(
                        Rules.INTERNAL_ERROR,
                        Rules.INTERNAL_ERROR.defaultSeverity(),
                        Messages.internalError(ProcessorVersion.get(), at.toString(), e),
                        SourcePosition.NONE,
                        at,
                        "~replay " + at)));
    // a replay that failed in part is not kept
    Runnable store = replayFailures.isEmpty() && cache.isPresent() ? () -> cache.get().store(replayed) : () -> {};
    return new ReplayOutcome(replayed.schema(), false, replayFailures, (System.nanoTime() - start) / 1_000_000, false,
        replayed.resumedAfter(), store);
  }

  /**
   * The replay cache in the build's output folder ({@code target/} for Maven, {@code build/} for
   * Gradle), when the processor runs from its jar: the jar's size and time tell one build of the
   * processor from another. Without a project folder or a jar there is no cache.
   */
  private static Optional<SchemaCache> schemaCache(
      Optional<Path> projectDir, Optional<Path> userCacheDir, Dialect dialect, Map<String, String> placeholders,
      List<MigrationFile> migrations) {
    try {
      Path jar = Path.of(SchemaSource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (projectDir.isEmpty() || !Files.isRegularFile(jar)) {
        return Optional.empty();
      }
      Path dir = projectDir.get();
      Path output = Files.exists(dir.resolve("pom.xml")) ? dir.resolve("target") : dir.resolve("build");
      String build = ProcessorVersion.get() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
      return Optional.of(
          SchemaCache.of(output.resolve("schemadrift-cache").resolve("schema.bin"),
              userCacheDir.map(UserSchemaCache::new).orElse(null), build, dialect, placeholders, migrations));
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty(); // no cache is only slower
    }
  }
}
