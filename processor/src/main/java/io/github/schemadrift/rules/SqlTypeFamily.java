package io.github.schemadrift.rules;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SqlType;
import java.util.Locale;

/**
 * The kinds of value a SQL column holds, across dialects, as fine as Hibernate's schema validate
 * tells them apart (the JDBC type code the database reports): a {@code varchar} and a fixed
 * {@code char} are different kinds, and so are a {@code varbinary}, a fixed {@code binary(n)} and
 * a {@code blob}. Integer types are ranked by width. Types schemadrift does not know (domains,
 * extension types) are {@link #UNKNOWN}, and no rule judges them.
 */
enum SqlTypeFamily {
  /** Variable-length text the driver reports as VARCHAR: {@code varchar}, PostgreSQL's {@code text}. */
  VARCHAR,
  /** MySQL's and MariaDB's long text types ({@code text}, {@code longtext}, ...). */
  LONGTEXT,
  /** Character large objects: {@code clob}, H2's and SQL Server's {@code text}. */
  CLOB,
  CHAR,
  /** A native enum column ({@code enum('A','B')} on MySQL, MariaDB and H2). */
  ENUM,
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
  /** H2's {@code time with time zone}; PostgreSQL's {@code timetz} reads as a {@link #TIME}. */
  TIME_TZ,
  TIMESTAMP,
  TIMESTAMP_TZ,
  UUID,
  /** Variable-length binary: {@code varbinary}, {@code bytea}, {@code raw}. */
  VARBINARY,
  /** Fixed-length {@code binary(n)}. */
  BINARY,
  BLOB,
  JSON,
  INTERVAL,
  UNKNOWN;

  /** The family of a column type on a dialect: a few type names mean different things per dialect. */
  static SqlTypeFamily of(SqlType type, Dialect dialect) {
    String base = type.base().toLowerCase(Locale.ROOT).replace("\"", "").trim();
    boolean mysql = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
    switch (base) {
      case "text":
        // PostgreSQL's and H2's text is reported as a varchar, MySQL's as a long varchar
        return dialect == Dialect.POSTGRESQL || dialect == Dialect.H2 ? VARCHAR : mysql ? LONGTEXT : CLOB;
      case "tinytext":
        return mysql ? VARCHAR : LONGTEXT; // up to 255 characters: MariaDB reports a varchar
      case "time with time zone": case "timetz":
        return dialect == Dialect.H2 ? TIME_TZ : TIME; // H2 reports TIME_WITH_TIMEZONE, PostgreSQL TIME
      case "float":
        // MySQL's and MariaDB's FLOAT is single precision; elsewhere FLOAT is double precision
        return mysql && (type.precision() == null || type.precision() <= 24) ? REAL : of(type);
      case "real":
        return mysql ? DOUBLE : REAL; // MySQL's REAL is a DOUBLE
      default:
        return of(type);
    }
  }

  static SqlTypeFamily of(SqlType type) {
    String base = type.base().toLowerCase(Locale.ROOT).replace("\"", "").trim();
    if (base.endsWith("[]") || base.startsWith("_")) {
      return UNKNOWN; // arrays
    }
    SqlTypeFamily text = text(base);
    if (text != null) {
      return text;
    }
    switch (base) {
      case "tinyint":
        return type.precision() != null && type.precision() == 1 ? BOOLEAN : TINYINT;
      case "smallint": case "int2": case "smallserial": case "serial2": case "year":
        return SMALLINT;
      case "integer": case "int": case "int4": case "serial": case "serial4": case "mediumint":
        return INTEGER;
      case "bigint": case "int8": case "bigserial": case "serial8":
        return BIGINT;
      case "numeric": case "decimal": case "dec": case "money": case "smallmoney": case "decfloat":
        return DECIMAL;
      case "number":
        return number(type);
      case "real": case "float4": case "binary_float":
        return REAL;
      case "double precision": case "float8": case "double": case "binary_double": case "float":
        return base.equals("float") && type.precision() != null && type.precision() <= 24 ? REAL : DOUBLE;
      case "boolean": case "bool": case "bit":
        return type.precision() != null && type.precision() > 1 ? VARBINARY : BOOLEAN;
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
      case "bytea": case "varbinary": case "raw": case "binary varying":
        return VARBINARY;
      case "binary":
        return BINARY;
      case "blob": case "tinyblob": case "mediumblob": case "longblob": case "long raw": case "image":
      case "binary large object": case "oid":
        return BLOB;
      case "json": case "jsonb":
        return JSON;
      case "interval": case "interval second": case "interval day to second":
        return INTERVAL;
      default:
        return base.startsWith("interval") ? INTERVAL : UNKNOWN;
    }
  }

  /** The text families by type name, or null for other types. */
  private static SqlTypeFamily text(String base) {
    switch (base) {
      case "varchar": case "character varying": case "nvarchar": case "varchar2": case "nvarchar2":
      case "citext": case "varchar_ignorecase": case "national character varying": case "char varying":
      case "string":
        return VARCHAR;
      case "tinytext": case "mediumtext": case "longtext": case "long varchar":
        return LONGTEXT;
      case "text": case "clob": case "nclob": case "ntext": case "character large object":
        return CLOB;
      case "enum":
        return ENUM;
      case "char": case "character": case "nchar": case "bpchar": case "national character":
        return CHAR;
      default:
        return null;
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

  /**
   * The broad kind of value: numbers, text, binary, date and time, or the family itself. Two
   * families of one kind hold the same values within limits (an {@code integer} under a
   * {@code Long}); families of different kinds fail on reads and writes.
   */
  String kind() {
    switch (this) {
      case TINYINT: case SMALLINT: case INTEGER: case BIGINT: case DECIMAL: case REAL: case DOUBLE:
        return "number";
      case VARCHAR: case LONGTEXT: case CLOB: case CHAR: case ENUM: case JSON:
        return "text";
      case VARBINARY: case BINARY: case BLOB:
        return "binary";
      case DATE: case TIME: case TIME_TZ: case TIMESTAMP: case TIMESTAMP_TZ:
        return "temporal";
      default:
        return name();
    }
  }
}
