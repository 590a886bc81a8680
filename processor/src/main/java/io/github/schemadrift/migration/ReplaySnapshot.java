package io.github.schemadrift.migration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The replay's whole state after its migrations: the schema as replayed (with its problems, notes
 * and counts), and what the statement handlers keep beside it (what each view reads, the sequences
 * columns own, the schemas known to exist). A replay of further migrations that starts from it
 * reports exactly what a replay of all of them from the first would ({@code ReplaySnapshotTest}
 * proves it on every folder of the real-world corpus, through Java serialisation), which is what
 * a resume after an unchanged prefix of migrations needs (issue 18, item 3). The search path is
 * not kept: each migration starts on the home schema again, as Flyway restores it. The schema is
 * kept without its migration files (paths do not outlive a build), {@code migrations} says how many.
 */
record ReplaySnapshot(
    SchemaModel schema,
    int migrations,
    Map<String, ReplayState.ViewDependencies> viewDependencies,
    Map<String, ReplayState.SequenceOwner> sequenceOwners,
    List<String> knownSchemas) implements java.io.Serializable {

  ReplaySnapshot {
    viewDependencies = new LinkedHashMap<>(viewDependencies);
    sequenceOwners = new LinkedHashMap<>(sequenceOwners);
    knownSchemas = List.copyOf(knownSchemas);
  }

  /**
   * Replays {@code migrations}, resuming from {@code from} (null: from the start), which was taken
   * after the first {@code from.migrations()} of them, unchanged since; gives the state at the end,
   * and the state before the last migration (the one a developer edits while writing it). The
   * files are read, split and parsed ahead on {@code threads} threads, as in a whole replay.
   */
  static Replayed replay(
      ReplaySnapshot from,
      List<MigrationFile> migrations,
      Dialect dialect,
      Placeholders placeholders,
      long parseTimeoutMillis,
      String defaultSchema,
      List<String> schemas,
      MigrationReplayer.FailureHandler onFailure,
      int threads) {
    int first = from == null ? 0 : from.migrations();
    List<MigrationFile> rest = migrations.subList(first, migrations.size());
    try (MigrationReplayer replayer = new MigrationReplayer(dialect, placeholders, parseTimeoutMillis);
        ParallelPreparation prepared = new ParallelPreparation(rest, dialect, placeholders, parseTimeoutMillis, threads)) {
      replayer.startIn(defaultSchema, schemas);
      if (from != null) {
        from.restore(replayer.state, replayer.names);
      }
      ReplaySnapshot beforeLast = rest.isEmpty() ? null : from;
      for (int i = 0; i < rest.size(); i++) {
        MigrationFile migration = rest.get(i);
        if (i == rest.size() - 1 && i > 0) {
          beforeLast = of(replayer.toModel(migrations.subList(0, first + i)), replayer.state, replayer.names);
        }
        MigrationReplayer.PreparedScript script = prepared.get(i);
        replayer.state.problems.addAll(script.readProblems());
        replayer.state.notes.addAll(script.readNotes());
        if (script.text() == null) {
          continue;
        }
        replayer.currentLine = 1;
        try {
          replayer.replayPrepared(migration.displayName(), script);
        } catch (RuntimeException e) {
          onFailure.failed(new SqlLocation(migration.displayName(), replayer.currentLine), e);
        }
      }
      SchemaModel schema = replayer.toModel(migrations);
      return new Replayed(schema, of(schema, replayer.state, replayer.names), beforeLast);
    }
  }

  /**
   * A whole replay's schema, the snapshot to resume from after it, and the one before its last
   * migration (null when there is none, as for a single migration replayed from nothing).
   */
  record Replayed(SchemaModel schema, ReplaySnapshot snapshot, ReplaySnapshot beforeLast) {}

  /** The state of a replay that has just built {@code schema}. */
  static ReplaySnapshot of(SchemaModel schema, ReplayState state, SchemaNames names) {
    SchemaModel withoutFiles = new SchemaModel(schema.dialect(), schema.tables(), List.of(), schema.problems(), schema.stats(),
        schema.sequences(), schema.enumTypes(), schema.views(), schema.notes(), schema.defaultSchema(), schema.entitySchema(),
        schema.droppedTables());
    return new ReplaySnapshot(
        withoutFiles, schema.migrations().size(), state.viewDependencies, state.sequenceOwners, List.copyOf(names.knownSchemas));
  }

  /** Puts the state back into a fresh replay that has already started in its home schema. */
  void restore(ReplayState state, SchemaNames names) {
    state.tables.putAll(schema.tables());
    state.sequences.putAll(schema.sequences());
    state.enumTypes.putAll(schema.enumTypes());
    state.views.putAll(schema.views());
    state.problems.addAll(schema.problems());
    state.notes.addAll(schema.notes());
    state.droppedTables.putAll(schema.droppedTables());
    state.viewDependencies.putAll(viewDependencies);
    state.sequenceOwners.putAll(sequenceOwners);
    state.restoreStats(schema.stats());
    names.knownSchemas.clear();
    names.knownSchemas.addAll(knownSchemas);
  }
}
