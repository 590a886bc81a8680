package io.github.schemadrift.config;

import io.github.schemadrift.migration.Dialect;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the SQL dialect when no option or {@code @SchemaDriftConfig} names it. In order, the first
 * source that answers decides:
 *
 * <ol>
 *   <li>{@code spring.flyway.url}, then {@code spring.datasource.url}, then
 *       {@code spring.datasource.hikari.jdbc-url}, in Spring Boot's application files: those of the
 *       active profiles ({@code spring.profiles.active}) first, then the default profile's; when only
 *       other profiles' files set it, they decide if they agree;
 *   <li>{@code hibernate.connection.url}, {@code jakarta.persistence.jdbc.url} or
 *       {@code hibernate.dialect} in {@code hibernate.cfg.xml}, {@code persistence.xml} or
 *       {@code hibernate.properties} ({@link HibernateConfigDialect});
 *   <li>{@code flyway.url} in {@code flyway.conf} ({@code url} in {@code flyway.toml});
 *   <li>a JDBC driver class on the compile class path;
 *   <li>a Flyway database module on the compile class path.
 * </ol>
 *
 * Whatever it skips on the way (profiles that disagree, several drivers) becomes a note, so the
 * summary can say what to change.
 */
public final class DialectDetector {

  /** The answer, if any, and what the user should know about how it was found. */
  public record Detection(Optional<Decision<Dialect>> dialect, List<String> notes) {}

  /** Spring properties that hold a JDBC URL, the one Flyway migrates with first. */
  static final List<String> URL_KEYS = List.of("spring.flyway.url", "spring.datasource.url",
      "spring.datasource.hikari.jdbc-url", "spring.datasource.hikari.jdbcUrl", "spring.datasource.hikari.jdbc_url");

  /** JDBC driver classes, by the dialect they speak. */
  static final Map<String, Dialect> DRIVERS = new LinkedHashMap<>();

  /** Flyway database modules (their database type class), by dialect. H2 is in flyway-core itself. */
  static final Map<String, Dialect> FLYWAY_MODULES = new LinkedHashMap<>();

  static {
    DRIVERS.put("org.postgresql.Driver", Dialect.POSTGRESQL);
    DRIVERS.put("com.mysql.cj.jdbc.Driver", Dialect.MYSQL);
    DRIVERS.put("org.mariadb.jdbc.Driver", Dialect.MARIADB);
    DRIVERS.put("org.h2.Driver", Dialect.H2);
    DRIVERS.put("oracle.jdbc.OracleDriver", Dialect.ORACLE);
    DRIVERS.put("com.microsoft.sqlserver.jdbc.SQLServerDriver", Dialect.SQLSERVER);
    FLYWAY_MODULES.put("org.flywaydb.database.postgresql.PostgreSQLDatabaseType", Dialect.POSTGRESQL);
    FLYWAY_MODULES.put("org.flywaydb.database.mysql.MySQLDatabaseType", Dialect.MYSQL);
    FLYWAY_MODULES.put("org.flywaydb.database.oracle.OracleDatabaseType", Dialect.ORACLE);
    FLYWAY_MODULES.put("org.flywaydb.database.sqlserver.SQLServerDatabaseType", Dialect.SQLSERVER);
  }

  private static final Pattern TOML_URL = Pattern.compile("(?m)^\\s*url\\s*=\\s*\"([^\"]*)\"");

  private DialectDetector() {}

  /**
   * @param spring the Spring application files read from the main resources
   * @param projectDir the project directory, for {@code flyway.conf}; may be null
   * @param onClassPath whether a class of that qualified name is on the compile class path
   */
  public static Detection detect(
      SpringConfigReader.Result spring, Path projectDir, Predicate<String> onClassPath) {
    List<String> notes = new ArrayList<>();
    Optional<Decision<Dialect>> found = fromSpring(spring, projectDir, notes);
    if (found.isEmpty()) {
      found = HibernateConfigDialect.detect(projectDir, notes);
    }
    if (found.isEmpty()) {
      found = fromFlywayConfig(projectDir, notes);
    }
    if (found.isEmpty()) {
      found = fromClassPath(DRIVERS, "JDBC driver", onClassPath, notes);
    }
    if (found.isEmpty()) {
      found = fromClassPath(FLYWAY_MODULES, "Flyway database module", onClassPath, notes);
    }
    return new Detection(found, notes);
  }

  private static Optional<Decision<Dialect>> fromSpring(
      SpringConfigReader.Result spring, Path projectDir, List<String> notes) {
    List<String> active = spring.activeProfiles();
    for (String key : URL_KEYS) {
      Optional<Decision<Dialect>> fromActive = fromActiveProfile(spring, active, key, projectDir, notes);
      if (fromActive.isPresent()) {
        return fromActive;
      }
      Optional<Map.Entry<ConfigFile, String>> base = spring.value(key);
      // Profile files that set this key, and the dialect each names.
      Map<String, Dialect> byProfile = new LinkedHashMap<>();
      for (ConfigFile file : spring.profiles()) {
        String raw = file.properties().get(key);
        if (raw != null) {
          String url = SpringConfigReader.resolveIn(file, spring, raw);
          Optional<Dialect> dialect = JdbcUrls.dialect(url);
          dialect.ifPresent(d -> byProfile.putIfAbsent(file.describe(projectDir), d));
          if (dialect.isEmpty() && url.trim().toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:")) {
            notes.add(key + " in " + file.describe(projectDir) + " is '" + url.trim()
                + "', a database schemadrift does not model; it was not used");
          }
        }
      }
      if (base.isPresent()) {
        String where = key + " in " + base.get().getKey().describe(projectDir);
        Optional<Dialect> dialect = JdbcUrls.dialect(base.get().getValue());
        if (dialect.isEmpty()) {
          notes.add(where + " is '" + base.get().getValue() + "', which names no supported database");
          continue;
        }
        String disagree =
            byProfile.entrySet().stream()
                .filter(e -> e.getValue() != dialect.get())
                .map(e -> e.getKey() + " says " + e.getValue().optionValue())
                .collect(Collectors.joining(", "));
        if (!disagree.isEmpty()) {
          notes.add("profiles disagree with the default profile: " + disagree
              + "; the default profile's " + dialect.get().optionValue() + " was used");
        }
        return Optional.of(new Decision<>(dialect.get(), where));
      }
      Set<Dialect> distinct = new LinkedHashSet<>(byProfile.values());
      if (distinct.size() == 1) {
        return Optional.of(new Decision<>(distinct.iterator().next(), key + " in " + String.join(", ", byProfile.keySet())));
      }
      if (distinct.size() > 1) {
        notes.add("profiles disagree on " + key + ": "
            + byProfile.entrySet().stream().map(e -> e.getKey() + " says " + e.getValue().optionValue()).collect(Collectors.joining(", "))
            + "; none was used");
      }
    }
    spring.problems().forEach(notes::add);
    return Optional.empty();
  }

  /**
   * The value of {@code key} in the documents of the profiles Spring Boot activates
   * ({@code spring.profiles.active}, {@code include}, groups), the last active profile first: they
   * override the default profile's documents at run time, so they decide here too.
   */
  private static Optional<Decision<Dialect>> fromActiveProfile(
      SpringConfigReader.Result spring, List<String> active, String key, Path projectDir, List<String> notes) {
    for (ConfigFile file : spring.effective(active)) {
      if (file.profile() == null) {
        return Optional.empty(); // the default profile's documents come last: the usual path decides
      }
      String raw = file.properties().get(key);
      if (raw != null) {
        String url = SpringConfigReader.resolveIn(file, spring, raw);
        Optional<Dialect> dialect = JdbcUrls.dialect(url);
        if (dialect.isPresent()) {
          return Optional.of(new Decision<>(dialect.get(), key + " in " + file.describe(projectDir) + ", an active profile"));
        }
        notes.add(key + " in " + file.describe(projectDir) + " (an active profile) is '" + url.trim()
            + "', which names no database schemadrift models");
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<Decision<Dialect>> fromFlywayConfig(Path projectDir, List<String> notes) {
    if (projectDir == null) {
      return Optional.empty();
    }
    for (String name : List.of("flyway.conf", "conf/flyway.conf", "src/main/resources/flyway.conf")) {
      Path file = projectDir.resolve(name);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file)) {
        properties.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        notes.add("cannot read " + name + ": " + e.getMessage());
        continue;
      }
      String url = properties.getProperty("flyway.url");
      Optional<Dialect> dialect = JdbcUrls.dialect(url);
      if (dialect.isPresent()) {
        return Optional.of(new Decision<>(dialect.get(), "flyway.url in " + name));
      }
    }
    for (String name : List.of("flyway.toml", "conf/flyway.toml")) {
      Path file = projectDir.resolve(name);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        Matcher m = TOML_URL.matcher(Files.readString(file));
        Set<Dialect> dialects = new LinkedHashSet<>();
        while (m.find()) {
          JdbcUrls.dialect(m.group(1)).ifPresent(dialects::add);
        }
        if (dialects.size() == 1) {
          return Optional.of(new Decision<>(dialects.iterator().next(), "url in " + name));
        }
        if (dialects.size() > 1) {
          notes.add(name + " names several databases (" + dialects.stream().map(Dialect::optionValue).collect(Collectors.joining(", ")) + "); none was used");
        }
      } catch (IOException e) {
        notes.add("cannot read " + name + ": " + e.getMessage());
      }
    }
    return Optional.empty();
  }

  private static Optional<Decision<Dialect>> fromClassPath(
      Map<String, Dialect> candidates, String what, Predicate<String> onClassPath, List<String> notes) {
    Map<Dialect, String> found = new LinkedHashMap<>();
    for (Map.Entry<String, Dialect> e : candidates.entrySet()) {
      if (onClassPath.test(e.getKey())) {
        found.putIfAbsent(e.getValue(), e.getKey());
      }
    }
    if (found.size() == 1) {
      Map.Entry<Dialect, String> only = found.entrySet().iterator().next();
      return Optional.of(new Decision<>(only.getKey(), what + " " + only.getValue() + " on the compile class path"));
    }
    if (found.size() > 1) {
      notes.add("several " + what + "s on the compile class path ("
          + String.join(", ", found.values()) + "); none was used");
    }
    return Optional.empty();
  }
}
