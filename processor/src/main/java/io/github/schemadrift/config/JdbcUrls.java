package io.github.schemadrift.config;

import io.github.schemadrift.migration.Dialect;
import java.util.Locale;
import java.util.Optional;

/** The dialect a JDBC URL names: {@code jdbc:postgresql://db/app} is PostgreSQL. */
public final class JdbcUrls {

  private JdbcUrls() {}

  /**
   * The dialect of a JDBC URL, or empty when the URL names no supported database or is still an
   * unresolved placeholder. Wrappers such as Testcontainers' {@code jdbc:tc:postgresql:} and
   * P6Spy's {@code jdbc:p6spy:mysql:} are looked through.
   */
  public static Optional<Dialect> dialect(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String rest = url.trim().toLowerCase(Locale.ROOT);
    if (!rest.startsWith("jdbc:")) {
      return Optional.empty();
    }
    rest = rest.substring("jdbc:".length());
    for (String wrapper : new String[] {"tc:", "p6spy:", "log4jdbc:", "otel:", "aws-wrapper:"}) {
      if (rest.startsWith(wrapper)) {
        rest = rest.substring(wrapper.length());
      }
    }
    if (rest.startsWith("postgresql:") || rest.startsWith("pgsql:")) {
      return Optional.of(Dialect.POSTGRESQL);
    }
    if (rest.startsWith("mysql:")) {
      return Optional.of(Dialect.MYSQL);
    }
    if (rest.startsWith("mariadb:")) {
      return Optional.of(Dialect.MARIADB);
    }
    if (rest.startsWith("h2:")) {
      return Optional.of(Dialect.H2);
    }
    if (rest.startsWith("oracle:")) {
      return Optional.of(Dialect.ORACLE);
    }
    if (rest.startsWith("sqlserver:")) {
      return Optional.of(Dialect.SQLSERVER);
    }
    return Optional.empty();
  }

  /**
   * The database a MySQL or MariaDB URL names ({@code jdbc:mysql://host:3306/app?x=y} names
   * {@code app}), or the schema a PostgreSQL URL's {@code currentSchema} parameter names (its first
   * entry); empty otherwise. These are where unqualified names land when Flyway names no schema.
   */
  public static Optional<String> defaultSchema(String url) {
    Optional<Dialect> dialect = dialect(url);
    if (dialect.isEmpty() || url.contains("${")) {
      return Optional.empty();
    }
    String trimmed = url.trim();
    int query = trimmed.indexOf('?');
    String path = query < 0 ? trimmed : trimmed.substring(0, query);
    String params = query < 0 ? "" : trimmed.substring(query + 1);
    switch (dialect.get()) {
      case MYSQL, MARIADB -> {
        int hosts = path.indexOf("//");
        int slash = hosts < 0 ? -1 : path.indexOf('/', hosts + 2);
        String db = slash < 0 ? "" : path.substring(slash + 1).trim();
        return db.isEmpty() || db.contains("/") ? Optional.empty() : Optional.of(db);
      }
      case POSTGRESQL -> {
        for (String param : params.split("&")) {
          int eq = param.indexOf('=');
          if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("currentSchema")) {
            String first = java.net.URLDecoder.decode(param.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8)
                .split(",")[0].trim();
            return first.isEmpty() || first.equals("$user") ? Optional.empty() : Optional.of(first);
          }
        }
        return Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
