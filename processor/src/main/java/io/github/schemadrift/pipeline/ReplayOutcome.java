package io.github.schemadrift.pipeline;

import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.rules.Finding;
import java.util.List;

/**
 * What one replay or cache load gives, on whichever thread ran it.
 *
 * @param schema the replayed schema
 * @param fromCache whether it came from the cache
 * @param failures one {@code internal-error} finding for each migration whose replay failed
 * @param millis how long the replay or the cache load took
 * @param userCache whether the cache hit was in the user's cache folder rather than the build folder
 * @param resumedAfter how many migrations a replay took from a cached snapshot instead of replaying them (0: none)
 * @param store writes the replay to the cache, once the schema is handed over ({@link BackgroundReplay}
 *     runs it after, the last round's own replay at once); does nothing when nothing is to be stored
 */
record ReplayOutcome(SchemaModel schema, boolean fromCache, List<Finding> failures, long millis, boolean userCache,
    int resumedAfter, Runnable store) {

  /** Nothing to store. */
  ReplayOutcome(SchemaModel schema, boolean fromCache, List<Finding> failures, long millis, boolean userCache,
      int resumedAfter) {
    this(schema, fromCache, failures, millis, userCache, resumedAfter, () -> {});
  }
}
