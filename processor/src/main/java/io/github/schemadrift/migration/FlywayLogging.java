package io.github.schemadrift.migration;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;

/**
 * Gives Flyway's logging a creator that drops every message, once per class loader, before the
 * first Flyway class is used.
 *
 * <p>Without it, the shaded Flyway finds no logging library beside it and logs into its {@code
 * BufferedLog}: one static list, emptied only when a real logger appears, which never happens in
 * a processor. Its parser adds a {@code "Parsing V3__x.sql"} debug line per migration and replay,
 * so a build daemon that keeps the processor's class loader (Gradle's, the Maven daemon, an IDE's
 * compile server) grew by about 150 bytes per migration and build ({@code ClassLoaderReuseIT}).
 *
 * <p>Nothing is lost: on the parsing path schemadrift uses, Flyway logs debug lines only (the
 * file being parsed, a placeholder it could not fill without a database); every problem in a
 * script is thrown, and the splitter reports it as a {@code sql-parse} warning at its {@code
 * file:line}. The creator is set through Flyway's own {@link LogFactory#setLogCreator}, which
 * every Flyway logger consults on each message, so loggers made earlier are silenced too.
 */
final class FlywayLogging {

  private FlywayLogging() {}

  /** Installs the silent creator; the first call per class loader does it, the others return. */
  static void silence() {
    Installed.ensure();
  }

  /** Its initialization, which the JVM runs once per class loader and thread-safely, installs it. */
  private static final class Installed {
    static {
      LogFactory.setLogCreator(type -> Silent.INSTANCE);
    }

    static void ensure() {}
  }

  /** A Flyway log that keeps nothing. */
  private enum Silent implements Log {
    INSTANCE;

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

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
