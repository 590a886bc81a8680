package io.github.schemadrift.migration;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread, shared by every time-bounded parse that runs on its own calling thread: it
 * wakes every quarter of the shortest bound in use (at most every 100 ms), and cancels each parse
 * past its deadline, which sets JSqlParser's {@code interrupted} flag on the parser in use. This
 * replaces a hand-off to a worker thread and back per statement. The thread ends by itself after a
 * second without parses, and starts again with the next one.
 */
final class ParseWatchdog {

  /** A parse under watch: its deadline and what to do when it passes. */
  interface Watched {
    /** {@link System#nanoTime()} after which the parse is cancelled. */
    long deadlineNanos();

    /** How often the watchdog should look at this parse, in milliseconds. */
    long periodMillis();

    /** Stops the parse; called once, on the watchdog thread. */
    void cancel();
  }

  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final Set<Watched> WATCHED = ConcurrentHashMap.newKeySet();
  private static final Object LOCK = new Object();
  private static Thread thread;

  private ParseWatchdog() {}

  static void watch(Watched parse) {
    WATCHED.add(parse);
    synchronized (LOCK) {
      if (thread == null) {
        thread = new Thread(ParseWatchdog::run, "schemadrift-parse-watchdog");
        thread.setDaemon(true);
        thread.start();
      }
    }
  }

  static void unwatch(Watched parse) {
    WATCHED.remove(parse);
  }

  private static void run() {
    long idleSince = System.nanoTime();
    while (true) {
      long period = 100;
      long now = System.nanoTime();
      for (Watched parse : WATCHED) {
        period = Math.min(period, parse.periodMillis());
        if (now - parse.deadlineNanos() >= 0) {
          WATCHED.remove(parse);
          parse.cancel();
        }
      }
      if (WATCHED.isEmpty()) {
        synchronized (LOCK) {
          if (WATCHED.isEmpty() && now - idleSince >= IDLE_NANOS) {
            thread = null;
            return;
          }
        }
      } else {
        idleSince = now;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(Math.max(1, period)));
    }
  }
}
