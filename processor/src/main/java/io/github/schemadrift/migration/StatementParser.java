package io.github.schemadrift.migration;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses one split statement with JSqlParser. Like JSqlParser's own entry point, a statement is
 * first tried without and then with its costly "complex parsing" mode.
 *
 * <p>Without a time bound the parser runs on the calling thread. With one, it runs either on the
 * calling thread too, watched by the shared {@link ParseWatchdog} ({@link #onCallingThread}: the
 * threads that prepare migrations ahead of the replay, whose consumer has a bound of its own, see
 * {@link #stuck()}), or on a single daemon worker thread that this parser owns and reuses for every
 * statement (JSqlParser's own {@code parse(String)} would start a thread per statement): the caller
 * waits at most the bound, then sets JSqlParser's {@code interrupted} flag, which its expression
 * rules check, and reports the statement as too slow. A worker that does not stop within a second
 * bound is abandoned and a fresh one serves the next statement. {@link #close()} ends the worker;
 * an idle worker also ends by itself after a second, so a replayer that is never closed leaves no
 * thread behind for long.
 */
final class StatementParser implements AutoCloseable {

  /** A parse outcome: either a statement or the place and text of the failure. */
  record Parsed(Statement statement, int errorLine, int errorColumn, String error, boolean timedOut) {
    Parsed(Statement statement, int errorLine, int errorColumn, String error) {
      this(statement, errorLine, errorColumn, error, false);
    }

    boolean ok() {
      return statement != null;
    }
  }

  /** Runs the grammar's entry rule; tests substitute one that is slow on purpose. */
  @FunctionalInterface
  interface Entry {
    Statement parse(CCJSqlParser parser) throws ParseException;
  }

  /** One statement's parse: the JSqlParser instance in use, so a timeout can interrupt it. */
  private static final class Job implements ParseWatchdog.Watched {
    private final long deadlineNanos;
    private final long periodMillis;
    private volatile CCJSqlParser current;
    private volatile boolean cancelled;

    Job() {
      this(0);
    }

    Job(long timeoutMillis) {
      this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
      this.periodMillis = Math.max(1, Math.min(timeoutMillis / 4, 100));
    }

    void use(CCJSqlParser parser) {
      current = parser;
      if (cancelled) {
        parser.interrupted = true;
      }
    }

    @Override
    public long deadlineNanos() {
      return deadlineNanos;
    }

    @Override
    public long periodMillis() {
      return periodMillis;
    }

    @Override
    public void cancel() {
      cancelled = true;
      CCJSqlParser parser = current;
      if (parser != null) {
        parser.interrupted = true;
      }
    }
  }

  private final Dialect dialect;
  private final long timeoutMillis;
  private final Entry entry;
  private final boolean onCallingThread;
  private ThreadPoolExecutor worker;
  private volatile Job running;

  /** A parser without a time bound, on the calling thread. */
  StatementParser(Dialect dialect) {
    this(dialect, 0, CCJSqlParser::Statement);
  }

  /** A parser that gives up on a statement after {@code timeoutMillis}; 0 means no bound. */
  StatementParser(Dialect dialect, long timeoutMillis) {
    this(dialect, timeoutMillis, CCJSqlParser::Statement);
  }

  StatementParser(Dialect dialect, long timeoutMillis, Entry entry) {
    this(dialect, timeoutMillis, entry, false);
  }

  private StatementParser(Dialect dialect, long timeoutMillis, Entry entry, boolean onCallingThread) {
    this.dialect = dialect;
    this.timeoutMillis = Math.max(0, timeoutMillis);
    this.entry = entry;
    this.onCallingThread = onCallingThread;
  }

  /**
   * A parser that parses on the calling thread and enforces the bound with the shared {@link
   * ParseWatchdog}. A parse that ignores JSqlParser's interrupt flag keeps the calling thread, so
   * whoever waits for that thread must bound the wait and check {@link #stuck()}.
   */
  static StatementParser onCallingThread(Dialect dialect, long timeoutMillis, Entry entry) {
    return new StatementParser(dialect, timeoutMillis, entry, true);
  }

  static StatementParser onCallingThread(Dialect dialect, long timeoutMillis) {
    return onCallingThread(dialect, timeoutMillis, CCJSqlParser::Statement);
  }

  /**
   * Whether a parse on the calling thread was cancelled and has still not returned after a grace
   * of the bound (at least a second): the parser ignored its interrupt flag and may never return.
   */
  boolean stuck() {
    Job job = running;
    return job != null
        && job.cancelled
        && System.nanoTime() - job.deadlineNanos > TimeUnit.MILLISECONDS.toNanos(Math.max(timeoutMillis, 1000));
  }

  /** The time bound per statement in milliseconds, 0 when there is none. */
  long timeoutMillis() {
    return timeoutMillis;
  }

  Parsed parse(String sql) {
    if (timeoutMillis == 0) {
      return parseNow(sql, new Job());
    }
    if (onCallingThread) {
      return parseWatched(sql);
    }
    Job job = new Job();
    Future<Parsed> result = worker().submit(() -> parseNow(sql, job));
    try {
      return result.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      job.cancel();
      try {
        result.get(Math.max(timeoutMillis, 1000), TimeUnit.MILLISECONDS);
      } catch (TimeoutException stuck) {
        abandonWorker();
      } catch (ExecutionException | RuntimeException ignored) {
        // the parse was stopped; how it ended does not matter any more
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      return tooSlow();
    } catch (InterruptedException e) {
      job.cancel();
      Thread.currentThread().interrupt();
      return new Parsed(null, 1, 1, "parsing the statement was interrupted", true);
    } catch (ExecutionException e) {
      throw unwrap(e);
    }
  }

  private Parsed parseWatched(String sql) {
    Job job = new Job(timeoutMillis);
    running = job;
    ParseWatchdog.watch(job);
    try {
      Parsed parsed = parseNow(sql, job);
      return job.cancelled ? tooSlow() : parsed;
    } finally {
      ParseWatchdog.unwatch(job);
      running = null;
    }
  }

  private Parsed tooSlow() {
    return new Parsed(
        null, 1, 1, "parsing the statement took longer than " + timeoutMillis
            + " ms, so it was stopped; raise -Aschemadrift.parseTimeoutMillis if the statement is"
            + " correct", true);
  }

  /** Ends the worker thread, if one was started, and waits a moment for it to end. */
  @Override
  public void close() {
    if (worker != null) {
      worker.shutdownNow();
      try {
        worker.awaitTermination(1, TimeUnit.SECONDS); // at once, unless a parse ignores its interrupt flag
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      worker = null;
    }
  }

  private ExecutorService worker() {
    if (worker == null || worker.isShutdown()) {
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              1,
              1,
              1,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              task -> {
                Thread thread = new Thread(null, task, "schemadrift-sql-parser", 16L << 20);
                thread.setDaemon(true);
                return thread;
              });
      pool.allowCoreThreadTimeOut(true);
      worker = pool;
    }
    return worker;
  }

  /** Leaves a worker that ignored the interrupt flag to finish on its own; it is a daemon. */
  private void abandonWorker() {
    worker.shutdownNow();
    worker = null;
  }

  private Parsed parseNow(String sql, Job job) {
    Parsed simple = attempt(sql, false, job);
    if (simple.ok() || job.cancelled) {
      return simple;
    }
    Parsed complex = attempt(sql, true, job);
    return complex.ok() ? complex : simple;
  }

  private Parsed attempt(String sql, boolean complex, Job job) {
    try {
      if (sql.isEmpty()) {
        CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(complex); // null: fails as it always did
      }
      CCJSqlParser parser =
          new CCJSqlParser(new SqlTextProvider(sql)) // what newParser builds, but with a cheaper end of text
              .withAllowComplexParsing(complex)
              .withSquareBracketQuotation(dialect == Dialect.SQLSERVER)
              .withBackslashEscapeCharacter(
                  dialect == Dialect.MYSQL || dialect == Dialect.MARIADB);
      job.use(parser);
      Statement statement = entry.parse(parser);
      // Statement() stops at the first token it cannot use; text left after it was not read.
      Token rest = parser.getNextToken();
      while (rest != null && ";".equals(rest.image)) {
        rest = parser.getNextToken();
      }
      if (rest != null && rest.kind != CCJSqlParserConstants.EOF) {
        return new Parsed(
            null, Math.max(rest.beginLine, 1), Math.max(rest.beginColumn, 1), "cannot parse the statement near '" + rest.image + "'");
      }
      ParseSanity.Refusal refusal = ParseSanity.check(statement, sql, dialect);
      if (refusal != null) {
        return new Parsed(null, refusal.line(), refusal.column(), refusal.message());
      }
      return new Parsed(statement, 0, 0, null);
    } catch (ParseException e) {
      Token at = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : e.currentToken;
      int line = at != null ? at.beginLine : 1;
      int column = at != null ? at.beginColumn : 1;
      String near = at != null && at.image != null && !at.image.isEmpty() ? " near '" + at.image + "'" : "";
      return new Parsed(null, Math.max(line, 1), Math.max(column, 1), "cannot parse the statement" + near);
    } catch (RuntimeException | Error e) {
      // JSqlParser throws TokenMgrError (an Error) on lexical problems and may overflow the stack
      // on deep nesting; neither may escape into javac.
      if (e instanceof Error && !(e instanceof StackOverflowError) && !e.getClass().getSimpleName().equals("TokenMgrException")
          && !e.getClass().getSimpleName().equals("TokenMgrError")) {
        throw (Error) e;
      }
      if (e instanceof StackOverflowError) {
        return new Parsed(null, 1, 1, "cannot parse the statement: it is nested too deeply");
      }
      return new Parsed(null, 1, 1, "cannot parse the statement: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /**
   * The failure of work run on another thread, as it was thrown there: an {@link Error} or
   * unchecked exception is rethrown as is, anything else is wrapped.
   */
  static RuntimeException unwrap(java.util.concurrent.ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof Error error) {
      throw error;
    }
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    return new IllegalStateException(cause);
  }
}
