package io.github.schemadrift.pipeline;

import io.github.schemadrift.migration.MigrationDiscovery;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * A replay running on a daemon thread of its own; javac never waits for it unless it joins. The
 * thread first discovers the migration files of {@code locations}, which the last round reuses
 * when it resolves the same locations and naming and no walked folder changed since (walking
 * thousands of files is javac's time if done twice).
 */
record BackgroundReplay(
    List<Path> locations,
    MigrationDiscovery.Naming naming,
    CompletableFuture<MigrationDiscovery.Result> discovery,
    CompletableFuture<ReplayKey> key,
    FutureTask<ReplayOutcome> task,
    CompletableFuture<Void> stored) {
  /** Discovers the migrations, works out the key and then the replay, all on the thread. */
  static BackgroundReplay start(
      List<Path> locations,
      MigrationDiscovery.Naming naming,
      Function<MigrationDiscovery.Result, ReplayKey> keyOf,
      Function<ReplayKey, ReplayOutcome> replay) {
    CompletableFuture<MigrationDiscovery.Result> discovery = new CompletableFuture<>();
    CompletableFuture<ReplayKey> key = new CompletableFuture<>();
    FutureTask<ReplayOutcome> task =
        new FutureTask<>(
            () -> {
              try {
                MigrationDiscovery.Result found = MigrationDiscovery.discover(locations, naming);
                discovery.complete(found);
                key.complete(keyOf.apply(found));
              } finally {
                // whatever the discovery threw (an Error too), the last round must not wait forever
                discovery.completeExceptionally(new IllegalStateException("the background discovery failed"));
                key.completeExceptionally(new IllegalStateException("the background discovery failed"));
              }
              return replay.apply(key.join());
            });
    CompletableFuture<Void> stored = new CompletableFuture<>();
    Runnable replayThenStore = () -> {
      try {
        task.run();
        if (task.isDone() && !task.isCancelled()) {
          task.get().store().run(); // after the schema is handed over: the last round need not wait for it
        }
      } catch (ExecutionException | InterruptedException | RuntimeException e) {
        // the failure is the last round's to report (join); a store that fails costs the next build time
      } finally {
        stored.complete(null);
      }
    };
    Thread thread = new Thread(null, replayThenStore, "schemadrift-replay", 16L << 20);
    thread.setDaemon(true);
    thread.start();
    return new BackgroundReplay(List.copyOf(locations), naming, discovery, key, task, stored);
  }

  /**
   * Waits until the thread has written the cache (or had nothing to write): called at the end of
   * the last round, so that javac, whose exit ends a daemon thread, never leaves the store undone.
   */
  void awaitStored() {
    try {
      stored.get();
    } catch (ExecutionException | CancellationException e) {
      // nothing was stored; the next build replays
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The thread's discovery when it walked these locations with this naming; empty when the
   * inputs differ or the discovery failed (the last round then discovers, and reports, itself).
   */
  Optional<MigrationDiscovery.Result> discovered(List<Path> wantedLocations, MigrationDiscovery.Naming wantedNaming) {
    if (!locations.equals(wantedLocations) || !naming.equals(wantedNaming)) {
      return Optional.empty();
    }
    try {
      return Optional.of(discovery.get());
    } catch (ExecutionException | CancellationException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Whether this replay reads the same inputs; waits for the thread's discovery if need be. */
  boolean hasKey(ReplayKey wanted) {
    try {
      return key.get().equals(wanted);
    } catch (ExecutionException | CancellationException e) {
      return false; // the last round discovers again, and replays or reports on its own thread
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The outcome; a failure in the replay is rethrown here, on javac's thread. */
  ReplayOutcome join() throws InterruptedException {
    try {
      return task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
  }

  void cancel() {
    task.cancel(true);
  }
}
