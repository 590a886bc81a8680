package io.github.schemadrift.rules;

import io.github.schemadrift.migration.SqlType;
import java.util.Locale;

/**
 * The kinds of value a SQL column holds, across dialects: what a JDBC driver will read into and
 * write from a Java type. Integer types are ranked by width so that narrowing can be told apart
 * from a plain mismatch. Types schemadrift does not know (domains, extension types) are
 * {@link #UNKNOWN}, and no rule judges them.
 */
enum SqlTypeFamily {
  TEXT,
  CHAR,
  TINYINT,
  SMALLINT,
  INTEGER,
  BIGINT,
  DECIMAL,
  REAL,
  DOUBLE,
  BOOLEAN,
  DATE,
  TIME,
  TIMESTAMP,
  TIMESTAMP_TZ,
  UUID,
  BINARY,
  JSON,
  INTERVAL,
  UNKNOWN;

  static SqlTypeFamily of(SqlType type) {
    String base = type.base().toLowerCase(Locale.ROOT).replace("\"", "").trim();
    if (base.endsWith("[]") || base.startsWith("_")) {
      return UNKNOWN; // arrays
    }
    switch (base) {
      case "varchar": case "character varying": case "nvarchar": case "varchar2": case "nvarchar2":
      case "text": case "tinytext": case "mediumtext": case "longtext": case "clob": case "nclob":
      case "citext": case "ntext": case "varchar_ignorecase": case "national character varying":
      case "char varying": case "long varchar": case "string": case "character large object":
        return TEXT;
      case "char": case "character": case "nchar": case "bpchar": case "national character":
        return CHAR;
      case "tinyint":
        return type.precision() != null && type.precision() == 1 ? BOOLEAN : TINYINT;
      case "smallint": case "int2": case "smallserial": case "serial2": case "year":
        return SMALLINT;
      case "integer": case "int": case "int4": case "serial": case "serial4": case "mediumint":
        return INTEGER;
      case "bigint": case "int8": case "bigserial": case "serial8":
        return BIGINT;
      case "numeric": case "decimal": case "dec": case "money": case "smallmoney":
        return DECIMAL;
      case "number":
        return number(type);
      case "real": case "float4": case "binary_float":
        return REAL;
      case "double precision": case "float8": case "double": case "binary_double": case "float":
        return base.equals("float") && type.precision() != null && type.precision() <= 24 ? REAL : DOUBLE;
      case "boolean": case "bool": case "bit":
        return type.precision() != null && type.precision() > 1 ? BINARY : BOOLEAN;
      case "date":
        return DATE;
      case "time": case "time without time zone": case "time with time zone": case "timetz":
        return TIME;
      case "timestamp": case "timestamp without time zone": case "datetime": case "datetime2":
      case "smalldatetime":
        return TIMESTAMP;
      case "timestamp with time zone": case "timestamptz": case "datetimeoffset":
      case "timestamp with local time zone":
        return TIMESTAMP_TZ;
      case "uuid": case "uniqueidentifier":
        return UUID;
      case "bytea": case "blob": case "tinyblob": case "mediumblob": case "longblob": case "binary":
      case "varbinary": case "raw": case "long raw": case "image": case "binary varying":
      case "binary large object": case "oid":
        return BINARY;
      case "json": case "jsonb":
        return JSON;
      case "interval": case "interval second": case "interval day to second":
        return INTERVAL;
      default:
        return base.startsWith("interval") ? INTERVAL : UNKNOWN;
    }
  }

  /** Oracle's NUMBER: integers by precision when the scale is 0, decimals otherwise. */
  private static SqlTypeFamily number(SqlType type) {
    Integer p = type.precision();
    Integer s = type.scale();
    if (p == null || (s != null && s > 0)) {
      return DECIMAL;
    }
    if (p == 1) {
      return BOOLEAN;
    }
    if (p <= 3) {
      return TINYINT;
    }
    if (p <= 5) {
      return SMALLINT;
    }
    if (p <= 10) {
      return INTEGER;
    }
    return p <= 19 ? BIGINT : DECIMAL;
  }

  boolean isInteger() {
    return this == TINYINT || this == SMALLINT || this == INTEGER || this == BIGINT;
  }
}
