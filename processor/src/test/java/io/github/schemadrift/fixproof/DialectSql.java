package io.github.schemadrift.fixproof;

import io.github.schemadrift.migration.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cases' migrations in the types of a dialect without a server here: Oracle has no BIGINT
 * (its projects write NUMBER(19)) and writes VARCHAR2; SQL Server takes the shared SQL as it is.
 */
final class DialectSql {

  private DialectSql() {}

  static String translate(String sql, Dialect dialect) {
    if (dialect != Dialect.ORACLE) {
      return sql;
    }
    return sql.replaceAll("\\bBIGINT\\b", "NUMBER(19)")
        .replaceAll("\\bVARCHAR\\(", "VARCHAR2(");
  }

  /**
   * Type names the databases' manuals do not list: Oracle has no BIGINT, BOOLEAN (before 23ai),
   * UUID, BYTEA or TEXT; SQL Server has no BOOLEAN, UUID, BYTEA or TIMESTAMP WITH TIME ZONE.
   */
  private static final Map<Dialect, List<String>> UNKNOWN = Map.of(
      Dialect.ORACLE, List.of("bigint", "boolean", "uuid", "bytea", "text"),
      Dialect.SQLSERVER, List.of("boolean", "uuid", "bytea", "timestamp with time zone"));

  /** The type names of {@code sql} (outside comments) that {@code dialect} does not have. */
  static List<String> unknownTypes(String sql, Dialect dialect) {
    String code = sql.replaceAll("(?m)--.*$", "").toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String type : UNKNOWN.getOrDefault(dialect, List.of())) {
      if (Pattern.compile("\\b" + type.replace(" ", "\\s+") + "\\b").matcher(code).find()) {
        out.add(type);
      }
    }
    return out;
  }
}
