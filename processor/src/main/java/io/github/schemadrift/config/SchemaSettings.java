package io.github.schemadrift.config;

import io.github.schemadrift.migration.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema unqualified names in migrations land in, decided the way Flyway decides it: its
 * {@code defaultSchema}, else the first of its {@code schemas}, else the connection's current
 * schema (a MySQL or MariaDB URL's database, a PostgreSQL URL's {@code currentSchema}, Oracle's
 * user), else the dialect's own default ({@code public}, {@code PUBLIC}, {@code dbo}).
 */
public final class SchemaSettings {

  private SchemaSettings() {}

  /** The default schema and where it came from, or empty when nothing can tell (MySQL without a URL). */
  public static Optional<Decision<String>> defaultSchema(
      Dialect dialect, FlywaySettings flyway, SpringConfigReader.Result spring, Path projectDir) {
    Optional<Decision<String>> configured = flyway.defaultSchema();
    if (configured.isPresent()) {
      return configured;
    }
    for (String key : DialectDetector.URL_KEYS) {
      Optional<Map.Entry<ConfigFile, String>> url = spring.value(key);
      if (url.isPresent()) {
        Optional<Dialect> named = JdbcUrls.dialect(url.get().getValue());
        Optional<String> schema = JdbcUrls.defaultSchema(url.get().getValue());
        if (named.isPresent() && named.get() == dialect && schema.isPresent()) {
          return Optional.of(new Decision<>(schema.get(), key + " in " + url.get().getKey().describe(projectDir)));
        }
        break; // the URL Flyway connects with names no schema: later keys are not used
      }
    }
    if (dialect == Dialect.ORACLE) {
      if (flyway.isSet("user") && !flyway.get("user").value().isBlank()) {
        return Optional.of(new Decision<>(flyway.get("user").value().trim(), "flyway user from " + flyway.get("user").source()));
      }
      Optional<Map.Entry<ConfigFile, String>> user = spring.value("spring.datasource.username");
      if (user.isPresent() && !user.get().getValue().isBlank() && !user.get().getValue().contains("${")) {
        return Optional.of(new Decision<>(user.get().getValue().trim(),
            "spring.datasource.username in " + user.get().getKey().describe(projectDir)));
      }
    }
    String fallback = dialect.defaultSchema();
    return fallback == null
        ? Optional.empty()
        : Optional.of(new Decision<>(fallback, "the " + dialect.optionValue() + " default"));
  }

  /** Flyway's {@code schemas}, which it creates before the first migration. */
  public static List<String> schemas(FlywaySettings flyway) {
    return flyway.list("schemas");
  }
}
