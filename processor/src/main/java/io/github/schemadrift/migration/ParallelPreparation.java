package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reads, splits and parses migrations on a few daemon threads, a bounded number of files ahead of
 * the replay that consumes them one by one in Flyway's order. Each thread has its own JSqlParser
 * front end. {@link #close()} stops the threads, also when the replay ends early.
 */
final class ParallelPreparation implements AutoCloseable {

  /** How many files may be prepared ahead of the replay: bounds the parsed statements held. */
  private static final int AHEAD = 64;

  private final List<MigrationFile> migrations;
  private final Dialect dialect;
  private final Placeholders placeholders;
  private final ExecutorService pool;
  private final ThreadLocal<StatementParser> parsers;
  private final ConcurrentLinkedQueue<StatementParser> opened = new ConcurrentLinkedQueue<>();
  private final List<Future<MigrationReplayer.PreparedScript>> futures = new ArrayList<>();

  ParallelPreparation(
      List<MigrationFile> migrations, Dialect dialect, Placeholders placeholders, long parseTimeoutMillis, int threads) {
    this.migrations = migrations;
    this.dialect = dialect;
    this.placeholders = placeholders;
    this.parsers =
        ThreadLocal.withInitial(
            () -> {
              StatementParser parser = new StatementParser(dialect, parseTimeoutMillis);
              opened.add(parser);
              return parser;
            });
    int size = Math.max(1, Math.min(threads, migrations.size()));
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            size,
            size,
            1,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(null, task, "schemadrift-migration-reader", 16L << 20);
              thread.setDaemon(true);
              return thread;
            });
    executor.allowCoreThreadTimeOut(true);
    this.pool = executor;
    for (int i = 0; i < Math.min(AHEAD, migrations.size()); i++) {
      submit(i);
    }
  }

  /**
   * The {@code index}th migration, prepared; waits for it. An {@link Error} on a worker is thrown
   * here as it would have been on one thread; an interrupt ends the wait with a {@link
   * CancellationException}.
   */
  MigrationReplayer.PreparedScript get(int index) {
    if (index + AHEAD < migrations.size()) {
      submit(index + AHEAD);
    }
    try {
      return futures.get(index).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("the migration replay was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  private void submit(int index) {
    MigrationFile migration = migrations.get(index);
    futures.add(pool.submit(() -> MigrationReplayer.prepare(migration, dialect, placeholders, parsers.get())));
  }

  @Override
  public void close() {
    pool.shutdownNow();
    StatementParser parser;
    while ((parser = opened.poll()) != null) {
      parser.close();
    }
  }
}
