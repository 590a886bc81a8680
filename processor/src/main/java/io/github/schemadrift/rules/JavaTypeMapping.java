package io.github.schemadrift.rules;

import static io.github.schemadrift.rules.SqlTypeFamily.BIGINT;
import static io.github.schemadrift.rules.SqlTypeFamily.BINARY;
import static io.github.schemadrift.rules.SqlTypeFamily.BOOLEAN;
import static io.github.schemadrift.rules.SqlTypeFamily.CHAR;
import static io.github.schemadrift.rules.SqlTypeFamily.DATE;
import static io.github.schemadrift.rules.SqlTypeFamily.DECIMAL;
import static io.github.schemadrift.rules.SqlTypeFamily.DOUBLE;
import static io.github.schemadrift.rules.SqlTypeFamily.INTEGER;
import static io.github.schemadrift.rules.SqlTypeFamily.INTERVAL;
import static io.github.schemadrift.rules.SqlTypeFamily.REAL;
import static io.github.schemadrift.rules.SqlTypeFamily.SMALLINT;
import static io.github.schemadrift.rules.SqlTypeFamily.TEXT;
import static io.github.schemadrift.rules.SqlTypeFamily.TIME;
import static io.github.schemadrift.rules.SqlTypeFamily.TIMESTAMP;
import static io.github.schemadrift.rules.SqlTypeFamily.TIMESTAMP_TZ;
import static io.github.schemadrift.rules.SqlTypeFamily.TINYINT;
import static io.github.schemadrift.rules.SqlTypeFamily.UUID;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.ColumnType;
import io.github.schemadrift.migration.Dialect;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Hibernate 7 maps a basic Java type to by default, as SQL type families: the families that
 * hold the values exactly ({@code exact}), those that hold them with loss or only partly
 * ({@code lossy}, e.g. a {@code Long} in an {@code integer} column), and the type a fix migration
 * should use. A family outside both sets fails at run time.
 */
final class JavaTypeMapping {

  /** Accepted families for one Java type, and the preferred column type per dialect. */
  record Expected(Set<SqlTypeFamily> exact, Set<SqlTypeFamily> lossy, String postgres, String other) {
    String preferred(Dialect dialect) {
      return dialect == Dialect.POSTGRESQL || other == null ? postgres : other;
    }
  }

  private static Set<SqlTypeFamily> of(SqlTypeFamily... families) {
    EnumSet<SqlTypeFamily> set = EnumSet.noneOf(SqlTypeFamily.class);
    set.addAll(java.util.List.of(families));
    return set;
  }

  private static final Expected INTEGRAL_64 = new Expected(of(BIGINT), of(INTEGER, SMALLINT, TINYINT, DECIMAL), "bigint", null);
  private static final Expected INTEGRAL_32 = new Expected(of(INTEGER), of(BIGINT, SMALLINT, TINYINT, DECIMAL), "integer", null);
  private static final Expected INTEGRAL_16 = new Expected(of(SMALLINT), of(TINYINT, INTEGER, BIGINT, DECIMAL), "smallint", null);
  private static final Expected INTEGRAL_8 = new Expected(of(TINYINT, SMALLINT), of(INTEGER, BIGINT, DECIMAL), "smallint", "tinyint");
  private static final Expected BOOL = new Expected(of(BOOLEAN), of(), "boolean", null);
  private static final Expected DOUBLE_TYPE = new Expected(of(DOUBLE), of(REAL, DECIMAL), "double precision", null);
  private static final Expected FLOAT_TYPE = new Expected(of(REAL), of(DOUBLE, DECIMAL), "real", null);
  private static final Expected CHARACTER = new Expected(of(CHAR), of(TEXT), "char(1)", null);
  private static final Expected WITH_ZONE = new Expected(of(TIMESTAMP_TZ), of(TIMESTAMP), "timestamp(6) with time zone", null);

  private static final Map<String, Expected> BY_TYPE =
      Map.ofEntries(
          Map.entry("java.lang.String", new Expected(of(TEXT, CHAR), of(), "varchar(255)", null)),
          Map.entry("java.lang.Long", INTEGRAL_64),
          Map.entry("long", INTEGRAL_64),
          Map.entry("java.lang.Integer", INTEGRAL_32),
          Map.entry("int", INTEGRAL_32),
          Map.entry("java.lang.Short", INTEGRAL_16),
          Map.entry("short", INTEGRAL_16),
          Map.entry("java.lang.Byte", INTEGRAL_8),
          Map.entry("byte", INTEGRAL_8),
          Map.entry("java.lang.Boolean", BOOL),
          Map.entry("boolean", BOOL),
          Map.entry("java.lang.Double", DOUBLE_TYPE),
          Map.entry("double", DOUBLE_TYPE),
          Map.entry("java.lang.Float", FLOAT_TYPE),
          Map.entry("float", FLOAT_TYPE),
          Map.entry("java.lang.Character", CHARACTER),
          Map.entry("char", CHARACTER),
          Map.entry("java.math.BigDecimal", new Expected(of(DECIMAL), of(DOUBLE, REAL, BIGINT, INTEGER, SMALLINT), "numeric(38, 2)", null)),
          Map.entry("java.math.BigInteger", new Expected(of(DECIMAL), of(BIGINT, INTEGER), "numeric(38, 0)", null)),
          // Hibernate's validate compares JDBC type codes: DATE and TIMESTAMP are not equivalent either way
          Map.entry("java.time.LocalDate", new Expected(of(DATE), of(), "date", null)),
          Map.entry("java.time.LocalTime", new Expected(of(TIME), of(), "time", null)),
          Map.entry("java.time.LocalDateTime", new Expected(of(TIMESTAMP), of(TIMESTAMP_TZ), "timestamp(6)", null)),
          Map.entry("java.time.Instant", WITH_ZONE),
          Map.entry("java.time.OffsetDateTime", WITH_ZONE),
          Map.entry("java.time.ZonedDateTime", WITH_ZONE),
          Map.entry("java.time.Duration", new Expected(of(INTERVAL, DECIMAL, BIGINT), of(), "interval second(6)", "numeric(21, 0)")),
          Map.entry("java.util.UUID", new Expected(of(UUID), of(), "uuid", "uuid")),
          Map.entry("byte[]", new Expected(of(BINARY), of(), "bytea", "varbinary(255)")),
          Map.entry("java.lang.Byte[]", new Expected(of(BINARY), of(), "bytea", "varbinary(255)")));

  /**
   * A JDBC type code ({@code @JdbcTypeCode}, {@code hibernate.type.preferred_*_jdbc_type}) as the
   * Java type Hibernate maps to that code by default, so both share one expectation.
   */
  private static final Map<Integer, String> BY_JDBC_CODE = Map.ofEntries(
      Map.entry(-5, "java.lang.Long"), Map.entry(4, "java.lang.Integer"), Map.entry(5, "java.lang.Short"),
      Map.entry(-6, "java.lang.Byte"), Map.entry(16, "java.lang.Boolean"), Map.entry(-7, "java.lang.Boolean"),
      Map.entry(2, "java.math.BigDecimal"), Map.entry(3, "java.math.BigDecimal"), Map.entry(8, "java.lang.Double"),
      Map.entry(6, "java.lang.Double"), Map.entry(7, "java.lang.Float"), Map.entry(1, "java.lang.String"),
      Map.entry(12, "java.lang.String"), Map.entry(-1, "java.lang.String"), Map.entry(-9, "java.lang.String"),
      Map.entry(-15, "java.lang.String"), Map.entry(-16, "java.lang.String"), Map.entry(91, "java.time.LocalDate"),
      Map.entry(92, "java.time.LocalTime"), Map.entry(93, "java.time.LocalDateTime"),
      Map.entry(2014, "java.time.OffsetDateTime"), Map.entry(3003, "java.time.Instant"), Map.entry(3000, "java.util.UUID"),
      Map.entry(-2, "byte[]"), Map.entry(-3, "byte[]"), Map.entry(-4, "byte[]"), Map.entry(3100, "java.time.Duration"));

  private JavaTypeMapping() {}

  /** SqlTypes.JSON in Hibernate's {@code @JdbcTypeCode}. */
  private static final int JSON_TYPE_CODE = 3001;

  private static final Expected JSON_COLUMN = new Expected(of(SqlTypeFamily.JSON), of(TEXT), "jsonb", "json");

  /**
   * The expectation for a mapped column: its type after {@code @Convert}, {@code @Enumerated} and
   * {@code @JdbcTypeCode(JSON)}; a join column by the referenced key's type. A {@code columnDefinition}
   * states the database type itself, and other JDBC type codes are not judged.
   */
  static Optional<Expected> forMapping(ColumnMapping mapping, Dialect dialect) {
    ColumnType type = mapping.type();
    if (mapping.shape().columnDefinition() != null) {
      return Optional.empty();
    }
    // a join column carries the referenced key's type: Hibernate's validate checks it the same way
    if (type.jdbcTypeCode() != null) {
      if (type.jdbcTypeCode() == JSON_TYPE_CODE) {
        return Optional.of(JSON_COLUMN);
      }
      String byCode = BY_JDBC_CODE.get(type.jdbcTypeCode());
      return byCode == null ? Optional.empty() : forJavaType(byCode, dialect);
    }
    if (type.enumStorage() == ColumnType.EnumStorage.ORDINAL) {
      // Hibernate sizes ordinal columns by the constant count (tinyint, smallint); any integer holds them
      return Optional.of(new Expected(of(TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL), of(), "smallint", null));
    }
    if (type.lob()) {
      return Optional.of(new Expected(of(TEXT, CHAR, BINARY), of(), dialect == Dialect.POSTGRESQL ? "oid" : "clob", null));
    }
    return forJavaType(type.databaseJavaType(), dialect);
  }

  /**
   * The expectation for a basic Java type, or empty for types this mapping does not judge
   * (entities, enums and converted attributes until their mapping is known, user types).
   */
  static Optional<Expected> forJavaType(String javaType, Dialect dialect) {
    Expected expected = BY_TYPE.get(javaType);
    if (expected == null || dialect == Dialect.POSTGRESQL) {
      return Optional.ofNullable(expected); // PostgreSQL casts least: the table holds as written
    }
    Set<SqlTypeFamily> exact = EnumSet.copyOf(expected.exact());
    Set<SqlTypeFamily> lossy = expected.lossy().isEmpty() ? EnumSet.noneOf(SqlTypeFamily.class) : EnumSet.copyOf(expected.lossy());
    switch (javaType) {
      case "java.lang.Boolean":
      case "boolean":
        exact.add(TINYINT); // MySQL's and SQL Server's usual boolean columns; drivers convert
        lossy.addAll(of(SMALLINT, INTEGER));
        break;
      case "java.util.UUID":
        exact.addAll(of(BINARY, CHAR, TEXT)); // binary(16), char(36), uniqueidentifier
        break;
      case "java.lang.String":
        lossy.addAll(of(SqlTypeFamily.JSON, UUID)); // the driver converts text on the way in
        break;
      case "java.time.Instant":
      case "java.time.OffsetDateTime":
      case "java.time.ZonedDateTime":
        if (dialect == Dialect.MYSQL || dialect == Dialect.MARIADB) {
          exact.add(TIMESTAMP); // no zoned type: Hibernate normalises to UTC in datetime(6)
        }
        break;
      default:
        break;
    }
    return Optional.of(new Expected(exact, lossy, expected.postgres(), otherType(javaType, expected, dialect)));
  }

  /**
   * The column type a fix writes outside PostgreSQL, as Hibernate 7's dialect names it: MySQL's
   * and MariaDB's {@code timestamp} is a different, zone-converting type with a 2038 limit, and
   * SQL Server's {@code timestamp} is a row version, so date-times take their own words there.
   */
  private static String otherType(String javaType, Expected expected, Dialect dialect) {
    boolean dateTime = javaType.startsWith("java.time.") && expected.postgres().startsWith("timestamp");
    boolean mysql = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
    if (dateTime && mysql) {
      return "datetime(6)";
    }
    if (dateTime && dialect == Dialect.SQLSERVER) {
      return expected.postgres().contains("with time zone") ? "datetimeoffset(6)" : "datetime2(6)";
    }
    if ((javaType.equals("boolean") || javaType.equals("java.lang.Boolean")) && dialect == Dialect.SQLSERVER) {
      return "bit";
    }
    return expected.other();
  }
}
