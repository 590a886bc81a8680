package io.github.schemadrift.migration;

import java.util.List;

/**
 * A replay that the cache could not spare: it resumes from the snapshot after the longest run of
 * unchanged migrations that the cache holds ({@link SchemaCache#resumable}), replaying only the
 * migrations after it, and gives what {@link SchemaCache#store(Outcome)} keeps for the next
 * build. A resumed replay reports exactly what a replay from the first migration would ({@code
 * ReplaySnapshotTest}, {@code SchemaCacheResumeTest}, {@code CacheDeterminismIT}).
 */
public final class CachedReplay {

  private CachedReplay() {}

  /** A replay's schema, where it resumed, and the snapshot to resume from after it. */
  public static final class Outcome {
    private final ReplaySnapshot.Replayed replayed;
    private final int resumedAfter;

    Outcome(ReplaySnapshot.Replayed replayed, int resumedAfter) {
      this.replayed = replayed;
      this.resumedAfter = resumedAfter;
    }

    /** The schema all the migrations build. */
    public SchemaModel schema() {
      return replayed.schema();
    }

    /** How many migrations, from the first, came from a snapshot instead of being replayed (0: none). */
    public int resumedAfter() {
      return resumedAfter;
    }

    ReplaySnapshot.Replayed replayed() {
      return replayed;
    }
  }

  /**
   * Replays {@code migrations} as {@link MigrationReplayer#replay(List, Dialect, Placeholders, long, String, List,
   * MigrationReplayer.FailureHandler)} does, resuming from {@code cache}'s snapshot when it has one (null: no cache).
   */
  public static Outcome replay(
      SchemaCache cache,
      List<MigrationFile> migrations,
      Dialect dialect,
      Placeholders placeholders,
      long parseTimeoutMillis,
      String defaultSchema,
      List<String> schemas,
      MigrationReplayer.FailureHandler onFailure) {
    ReplaySnapshot from = cache == null ? null : cache.resumable();
    if (from != null && (from.migrations() > migrations.size() || from.schema().dialect() != dialect)) {
      from = null; // cannot happen with an intact key; a replay from the first is never wrong
    }
    ReplaySnapshot.Replayed replayed = ReplaySnapshot.replay(from, migrations, dialect, placeholders, parseTimeoutMillis,
        defaultSchema, schemas, onFailure, Math.max(1, Runtime.getRuntime().availableProcessors()));
    return new Outcome(replayed, from == null ? 0 : from.migrations());
  }
}
