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
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import net.sf.jsqlparser.parser.CCJSqlParser;

/**
 * Reads, splits and parses migrations on a few daemon threads, a bounded number of files ahead of
 * the replay that consumes them one by one in Flyway's order. Each thread has its own JSqlParser
 * front end, which parses on that thread under the shared {@link ParseWatchdog}. A parse that
 * ignores the watchdog would keep its thread forever, so the replay waits for a file only while
 * its thread makes progress: once the file's parse is {@linkplain StatementParser#stuck() stuck},
 * the replay prepares that file again itself, with a parser whose stuck parses are abandoned on a
 * worker thread, and the pool gets a thread more. {@link #close()} stops the threads, also when
 * the replay ends early.
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
  private final AtomicReferenceArray<StatementParser> parserOf;
  private final long parseTimeoutMillis;
  private final StatementParser.Entry entry;
  private final ParseWatchdog.Lease watchdog = ParseWatchdog.lease();
  private StatementParser fallback;

  ParallelPreparation(
      List<MigrationFile> migrations, Dialect dialect, Placeholders placeholders, long parseTimeoutMillis, int threads) {
    this(migrations, dialect, placeholders, parseTimeoutMillis, threads, CCJSqlParser::Statement);
  }

  ParallelPreparation(
      List<MigrationFile> migrations,
      Dialect dialect,
      Placeholders placeholders,
      long parseTimeoutMillis,
      int threads,
      StatementParser.Entry entry) {
    this.migrations = migrations;
    this.dialect = dialect;
    this.placeholders = placeholders;
    this.parseTimeoutMillis = parseTimeoutMillis;
    this.entry = entry;
    this.parserOf = new AtomicReferenceArray<>(migrations.size());
    this.parsers =
        ThreadLocal.withInitial(
            () -> {
              StatementParser parser = StatementParser.onCallingThread(dialect, parseTimeoutMillis, entry);
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
      Future<MigrationReplayer.PreparedScript> future = futures.get(index);
      if (parseTimeoutMillis <= 0) {
        return future.get();
      }
      while (true) {
        try {
          return future.get(Math.max(1, Math.min(parseTimeoutMillis, 100)), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          StatementParser parser = parserOf.get(index);
          if (parser != null && parser.stuck()) {
            return prepareAgain(index, future);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("the migration replay was interrupted");
    } catch (ExecutionException e) {
      throw StatementParser.unwrap(e);
    }
  }

  private void submit(int index) {
    MigrationFile migration = migrations.get(index);
    futures.add(
        pool.submit(
            () -> {
              StatementParser parser = parsers.get();
              parserOf.set(index, parser);
              try {
                return MigrationReplayer.prepare(migration, dialect, placeholders, parser);
              } finally {
                parserOf.set(index, null);
              }
            }));
  }

  /**
   * Prepares a file whose pool thread is stuck in a parse that ignored its interrupt flag, on the
   * calling thread, with a parser that abandons such a parse on a worker thread; the stuck thread
   * is left to end on its own (a daemon) and replaced in the pool.
   */
  private MigrationReplayer.PreparedScript prepareAgain(int index, Future<MigrationReplayer.PreparedScript> stuck) {
    stuck.cancel(true);
    if (pool instanceof ThreadPoolExecutor executor) {
      executor.setMaximumPoolSize(executor.getMaximumPoolSize() + 1);
      executor.setCorePoolSize(executor.getCorePoolSize() + 1);
    }
    if (fallback == null) {
      fallback = new StatementParser(dialect, parseTimeoutMillis, entry);
      opened.add(fallback);
    }
    return MigrationReplayer.prepare(migrations.get(index), dialect, placeholders, fallback);
  }

  /**
   * Stops the threads and waits a moment for them to end, so that none outlives the build; a
   * thread stuck in a parse that ignores its interrupt flag is left to end on its own.
   */
  @Override
  public void close() {
    pool.shutdownNow();
    StatementParser parser;
    while ((parser = opened.poll()) != null) {
      parser.close();
    }
    try {
      pool.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      watchdog.close();
    }
  }
}
