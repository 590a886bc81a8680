package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.internal.logging.buffered.BufferedLog;
import org.flywaydb.core.internal.logging.buffered.BufferedLogCreator;
import org.junit.jupiter.api.Test;

/**
 * Flyway's default log, when no logging library is beside it (as in the shaded processor), is one
 * static list that never empties; once the splitter has run, Flyway's loggers keep nothing.
 * {@code ClassLoaderReuseIT} shows the effect on the heap of a build daemon.
 */
class FlywayLoggingTest {

  @Test
  void afterASplitFlywaysLogKeepsNothing() throws ReflectiveOperationException {
    FlywayScriptSplitter.split("CREATE TABLE a (id INT);\n", Dialect.POSTGRESQL, "V1__a.sql");
    int before = bufferedMessages().size();

    Log log = LogFactory.getLog(FlywayLoggingTest.class);
    log.debug("Parsing V2__b.sql ...");
    log.info("info");
    log.warn("warn");
    log.error("error");
    for (int i = 0; i < 100; i++) {
      FlywayScriptSplitter.split("CREATE TABLE b" + i + " (id INT);\n", Dialect.POSTGRESQL, "V" + (i + 2) + "__b.sql");
    }

    assertThat(bufferedMessages()).hasSize(before);
    assertThat(log.isDebugEnabled()).isFalse();
  }

  @Test
  void flywaysBufferedLogIsWhatWouldOtherwiseKeepEveryMessage() throws ReflectiveOperationException {
    // The negative case: the log this replaces keeps each message until a real logger appears.
    BufferedLog buffered = (BufferedLog) new BufferedLogCreator().createLogger(FlywayLoggingTest.class);
    int before = bufferedMessages().size();
    buffered.debug("Parsing V2__b.sql ...");
    assertThat(bufferedMessages()).hasSize(before + 1);
    buffered.flush(new SilentForTest());
    assertThat(bufferedMessages()).isEmpty();
  }

  private static List<?> bufferedMessages() throws ReflectiveOperationException {
    Field shared = BufferedLogCreator.class.getDeclaredField("bufferedLog");
    shared.setAccessible(true);
    Field messages = BufferedLog.class.getDeclaredField("bufferedLogMessages");
    messages.setAccessible(true);
    return (List<?>) messages.get(shared.get(null));
  }

  private static final class SilentForTest implements Log {
    @Override
    public void debug(String message) {}

    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}

    @Override
    public void error(String message) {}

    @Override
    public void error(String message, Exception e) {}

    @Override
    public void notice(String message) {}
  }
}
