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
}
