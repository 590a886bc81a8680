package io.github.schemadrift.pipeline;

import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.rules.Finding;
import java.util.List;

/**
 * The schema the migrations build, replayed or loaded from the cache, as the entities see it
 * (Hibernate's default schema applied), with what the summary and the timings say about it.
 *
 * @param schema the schema
 * @param fromCache whether it came from the cache
 * @param failures one {@code internal-error} finding for each migration whose replay failed
 * @param javaMigrations Java-based migrations found, which cannot be replayed
 * @param millis how long the replay or the cache load took, on whichever thread ran it
 * @param early whether the first round's background replay was used
 * @param configuredAt {@link System#nanoTime()} when the configuration and discovery were done
 * @param joinedAt {@link System#nanoTime()} when the schema was there for the last round
 * @param userCache whether the cache hit was in the user's cache folder rather than the build folder
 * @param resumedAfter how many migrations the replay took from a cached snapshot instead of replaying them (0: none)
 */
public record ReplayedSchema(
    SchemaModel schema,
    boolean fromCache,
    List<Finding> failures,
    List<String> javaMigrations,
    long millis,
    boolean early,
    long configuredAt,
    long joinedAt,
    boolean userCache,
    int resumedAfter) {

  public ReplayedSchema {
    failures = List.copyOf(failures);
    javaMigrations = List.copyOf(javaMigrations);
  }

  /** Without a hit in the user's cache folder. */
  public ReplayedSchema(SchemaModel schema, boolean fromCache, List<Finding> failures, List<String> javaMigrations,
      long millis, boolean early, long configuredAt, long joinedAt) {
    this(schema, fromCache, failures, javaMigrations, millis, early, configuredAt, joinedAt, false, 0);
  }
}
