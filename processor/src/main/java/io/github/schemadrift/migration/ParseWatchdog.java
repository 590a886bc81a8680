package io.github.schemadrift.migration;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread, shared by every time-bounded parse that runs on its own calling thread: it
 * wakes every quarter of the shortest bound in use (at most every 100 ms), and cancels each parse
 * past its deadline, which sets JSqlParser's {@code interrupted} flag on the parser in use. This
 * replaces a hand-off to a worker thread and back per statement. A replay holds a {@link Lease}
 * while it may parse: when the last lease is closed the thread ends, and closing waits for it, so
 * no schemadrift thread outlives a build in a long-lived JVM (a build daemon's). Without a lease
 * the thread ends by itself after a second without parses, and starts again with the next one.
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
  private static Thread thread; // guarded by LOCK
  private static int leases; // guarded by LOCK
  private static boolean stopWhenIdle; // guarded by LOCK

  private ParseWatchdog() {}

  /** Held by a replay while it may parse; closing the last one stops the thread. */
  static final class Lease implements AutoCloseable {
    private boolean closed;

    private Lease() {}

    @Override
    public void close() {
      Thread stopping;
      synchronized (LOCK) {
        if (closed) {
          return;
        }
        closed = true;
        if (--leases > 0) {
          return;
        }
        stopWhenIdle = true;
        stopping = thread;
      }
      if (stopping != null) {
        LockSupport.unpark(stopping);
        try {
          stopping.join(1000); // it wakes at once and sees nothing to watch
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** Takes a lease for a replay; close it when the replay ends. */
  static Lease lease() {
    synchronized (LOCK) {
      leases++;
      stopWhenIdle = false;
    }
    return new Lease();
  }

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
          if (WATCHED.isEmpty() && (stopWhenIdle || now - idleSince >= IDLE_NANOS)) {
            thread = null;
            stopWhenIdle = false;
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
