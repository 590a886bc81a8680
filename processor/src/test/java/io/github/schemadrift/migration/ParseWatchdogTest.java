package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shared watchdog thread lives while a replay holds a lease, and not a moment longer. */
class ParseWatchdogTest {

  private static final class Parse implements ParseWatchdog.Watched {
    final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);

    @Override
    public long deadlineNanos() {
      return deadline;
    }

    @Override
    public long periodMillis() {
      return 100;
    }

    @Override
    public void cancel() {}
  }

  private static boolean watchdogAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("schemadrift-parse-watchdog") && t.isAlive());
  }

  @Test
  void closingTheLastLeaseEndsTheThreadBeforeItReturns() {
    ParseWatchdog.Lease first = ParseWatchdog.lease();
    ParseWatchdog.Lease second = ParseWatchdog.lease();
    Parse parse = new Parse();
    ParseWatchdog.watch(parse);
    ParseWatchdog.unwatch(parse);
    assertThat(watchdogAlive()).isTrue();

    first.close();
    assertThat(watchdogAlive()).as("another replay still holds a lease").isTrue();
    first.close(); // closing twice does not count twice
    assertThat(watchdogAlive()).isTrue();

    second.close();
    assertThat(watchdogAlive()).isFalse();
  }

  @Test
  void aParseStillWatchedKeepsTheThreadUntilItIsDone() throws InterruptedException {
    ParseWatchdog.Lease lease = ParseWatchdog.lease();
    Parse parse = new Parse();
    ParseWatchdog.watch(parse);
    lease.close(); // waits up to a second for a thread that still has a parse to watch
    assertThat(watchdogAlive()).isTrue();

    ParseWatchdog.unwatch(parse);
    for (int i = 0; i < 100 && watchdogAlive(); i++) {
      Thread.sleep(20); // it looks again within its period and ends: nothing to watch, no lease
    }
    assertThat(watchdogAlive()).isFalse();
  }
}
