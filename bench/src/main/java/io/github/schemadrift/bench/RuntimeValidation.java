package io.github.schemadrift.bench;

import jakarta.persistence.EntityManagerFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * What users run today to catch the same drift: start a database, let Flyway migrate it, and let
 * Hibernate validate the entities against it ({@code hibernate.hbm2ddl.auto=validate}). Prints
 * the time of each phase as one line, for the runtime comparison script.
 *
 * <p>Usage: {@code RuntimeValidation --project DIR --classes DIR (--h2 | --jdbc-url URL --user U
 * [--password P])}. The project is a generated one (its {@code entities.txt} lists the
 * classes); the classes folder holds them compiled.
 */
public final class RuntimeValidation {

  public static void main(String[] args) throws Exception {
    long processStart = ProcessStart.millis();
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--h2")) {
        a.put("h2", "true");
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        a.put(args[i].substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument '" + args[i] + "'; see the class Javadoc");
      }
    }
    Path project = Path.of(a.get("project"));
    Path classes = Path.of(a.get("classes"));
    boolean h2 = a.containsKey("h2");
    String url = h2 ? "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" : a.get("jdbc-url");
    String user = h2 ? "sa" : a.getOrDefault("user", "postgres");
    String password = h2 ? "" : a.getOrDefault("password", "");

    long t0 = System.nanoTime();
    // Starting the database: for H2 the in-process engine, kept alive by this connection; for
    // PostgreSQL the server is started by the script and this is the first connection.
    try (Connection keepAlive = DriverManager.getConnection(url, user, password)) {
      long t1 = System.nanoTime();
      Flyway.configure()
          .dataSource(url, user, password)
          .locations("filesystem:" + project.resolve("src/main/resources/db/migration").toAbsolutePath())
          .load()
          .migrate();
      long t2 = System.nanoTime();

      List<String> names = Files.readAllLines(project.resolve("entities.txt"));
      ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, RuntimeValidation.class.getClassLoader());
      Thread.currentThread().setContextClassLoader(loader);
      List<Class<?>> entityClasses = new ArrayList<>();
      for (String name : names) {
        entityClasses.add(Class.forName(name, true, loader));
      }
      HibernatePersistenceConfiguration configuration =
          new HibernatePersistenceConfiguration("bench")
              .managedClasses(entityClasses)
              .jdbcUrl(url)
              .jdbcCredentials(user, password)
              .property(AvailableSettings.HBM2DDL_AUTO, "validate")
              .property(AvailableSettings.CLASSLOADERS, List.of(loader));
      try (EntityManagerFactory factory = configuration.createEntityManagerFactory()) {
        long t3 = System.nanoTime();
        System.out.printf(
            "RESULT db=%s entities=%d db_start_ms=%d flyway_migrate_ms=%d hibernate_validate_ms=%d in_process_total_ms=%d jvm_start_to_main_ms=%d%n",
            h2 ? "h2" : "postgresql",
            entityClasses.size(),
            (t1 - t0) / 1_000_000,
            (t2 - t1) / 1_000_000,
            (t3 - t2) / 1_000_000,
            (t3 - t0) / 1_000_000,
            processStart);
      }
    }
  }

  /** Milliseconds from the JVM's start to now, to show the JVM's own share. */
  private static final class ProcessStart {
    static long millis() {
      return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }
  }
}
