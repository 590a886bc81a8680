package io.github.schemadrift.rules;

import io.github.schemadrift.migration.Dialect;
import java.util.Locale;
import java.util.Map;

/**
 * A column type written the PostgreSQL/standard way, in the words of the dialect a fix is for, as
 * Hibernate 7's dialects name them: Oracle has no {@code bigint} or {@code boolean} (Hibernate
 * writes {@code number(19,0)}, {@code number(1,0)}), SQL Server's {@code timestamp} is a row
 * version and it has no {@code boolean}, MySQL's {@code timestamp} converts zones and ends in 2038.
 */
final class FixTypes {

  private static final Map<String, String> ORACLE = Map.ofEntries(
      Map.entry("bigint", "number(19,0)"), Map.entry("integer", "number(10,0)"), Map.entry("smallint", "number(5,0)"),
      Map.entry("tinyint", "number(3,0)"), Map.entry("boolean", "number(1,0)"), Map.entry("double precision", "float(53)"),
      Map.entry("real", "float(24)"), Map.entry("uuid", "raw(16)"), Map.entry("bytea", "blob"),
      Map.entry("timestamp", "timestamp(6)"), Map.entry("timestamp with time zone", "timestamp(6) with time zone"));

  private static final Map<String, String> SQLSERVER = Map.ofEntries(
      Map.entry("boolean", "bit"), Map.entry("double precision", "float"), Map.entry("uuid", "uniqueidentifier"),
      Map.entry("bytea", "varbinary(max)"), Map.entry("blob", "varbinary(max)"), Map.entry("clob", "varchar(max)"),
      Map.entry("timestamp", "datetime2(6)"), Map.entry("timestamp(6)", "datetime2(6)"),
      Map.entry("timestamp with time zone", "datetimeoffset(6)"), Map.entry("timestamp(6) with time zone", "datetimeoffset(6)"));

  private static final Map<String, String> MYSQL = Map.of(
      "timestamp", "datetime(6)", "timestamp(6)", "datetime(6)", "timestamp with time zone", "datetime(6)",
      "timestamp(6) with time zone", "datetime(6)", "uuid", "binary(16)");

  private FixTypes() {}

  static String inDialect(Dialect dialect, String type) {
    if (type == null) {
      return null;
    }
    String key = type.toLowerCase(Locale.ROOT).strip();
    Map<String, String> words = switch (dialect) {
      case ORACLE -> ORACLE;
      case SQLSERVER -> SQLSERVER;
      case MYSQL, MARIADB -> MYSQL;
      default -> Map.of();
    };
    if (dialect == Dialect.ORACLE && key.startsWith("varchar(")) {
      return "varchar2" + type.substring("varchar".length());
    }
    return words.getOrDefault(key, type);
  }
}
