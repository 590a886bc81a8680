package io.github.schemadrift.rules;

import static io.github.schemadrift.rules.SqlTypeFamily.BIGINT;
import static io.github.schemadrift.rules.SqlTypeFamily.BINARY;
import static io.github.schemadrift.rules.SqlTypeFamily.BLOB;
import static io.github.schemadrift.rules.SqlTypeFamily.BOOLEAN;
import static io.github.schemadrift.rules.SqlTypeFamily.CHAR;
import static io.github.schemadrift.rules.SqlTypeFamily.CLOB;
import static io.github.schemadrift.rules.SqlTypeFamily.DATE;
import static io.github.schemadrift.rules.SqlTypeFamily.DECIMAL;
import static io.github.schemadrift.rules.SqlTypeFamily.DOUBLE;
import static io.github.schemadrift.rules.SqlTypeFamily.ENUM;
import static io.github.schemadrift.rules.SqlTypeFamily.INTEGER;
import static io.github.schemadrift.rules.SqlTypeFamily.INTERVAL;
import static io.github.schemadrift.rules.SqlTypeFamily.JSON;
import static io.github.schemadrift.rules.SqlTypeFamily.LONGTEXT;
import static io.github.schemadrift.rules.SqlTypeFamily.REAL;
import static io.github.schemadrift.rules.SqlTypeFamily.SMALLINT;
import static io.github.schemadrift.rules.SqlTypeFamily.TIME;
import static io.github.schemadrift.rules.SqlTypeFamily.TIMESTAMP;
import static io.github.schemadrift.rules.SqlTypeFamily.TIMESTAMP_TZ;
import static io.github.schemadrift.rules.SqlTypeFamily.TINYINT;
import static io.github.schemadrift.rules.SqlTypeFamily.UUID;
import static io.github.schemadrift.rules.SqlTypeFamily.VARBINARY;
import static io.github.schemadrift.rules.SqlTypeFamily.VARCHAR;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.ColumnType;
import io.github.schemadrift.migration.Dialect;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Hibernate 7 maps a basic Java type to by default, as SQL type families, decided by what
 * Hibernate 7's schema validate accepts on the dialect ({@code dbproof/TypePairsProofTest} runs it
 * on H2, PostgreSQL 15 and MariaDB 10.11 for every pair and fails when this table disagrees): the
 * families validate accepts ({@code exact}), those it accepts although values lose precision or
 * their zone ({@code lossy}, e.g. a {@code Double} in a {@code real} column), and the type a fix
 * migration should use. A family outside both sets is one validate rejects. MySQL follows
 * MariaDB's table (the same Hibernate dialect family); Oracle and SQL Server, which no test runs,
 * keep the looser {@link UntestedDialectTypes}.
 */
final class JavaTypeMapping {

  /** Accepted families for one Java type, and the preferred column type per dialect. */
  record Expected(Set<SqlTypeFamily> exact, Set<SqlTypeFamily> lossy, String postgres, String other) {
    String preferred(Dialect dialect) {
      return dialect == Dialect.POSTGRESQL || other == null ? postgres : other;
    }
  }

  /** Pseudo type names: enums by their storage, and JDBC type codes no Java type stands for. */
  static final String ENUM_STRING = "enum:STRING";
  static final String ENUM_ORDINAL = "enum:ORDINAL";
  private static final String JDBC_CHAR = "jdbc:CHAR";
  private static final String JDBC_BINARY = "jdbc:BINARY";
  private static final String JDBC_INTERVAL = "jdbc:INTERVAL";

  private static Set<SqlTypeFamily> of(SqlTypeFamily... families) {
    EnumSet<SqlTypeFamily> set = EnumSet.noneOf(SqlTypeFamily.class);
    set.addAll(java.util.List.of(families));
    return set;
  }

  private static final Expected INTEGRAL_64 = new Expected(of(BIGINT), of(), "bigint", null);
  // validate accepts an integral column at least as wide as the attribute's, never a narrower one or a numeric
  private static final Expected INTEGRAL_32 = new Expected(of(INTEGER, BIGINT), of(), "integer", null);
  private static final Expected INTEGRAL_16 = new Expected(of(SMALLINT, INTEGER, BIGINT), of(), "smallint", null);
  private static final Expected INTEGRAL_8 = new Expected(of(TINYINT, SMALLINT, INTEGER, BIGINT), of(), "smallint", "tinyint");
  private static final Expected BOOL = new Expected(of(BOOLEAN), of(), "boolean", null);
  private static final Expected DOUBLE_TYPE = new Expected(of(DOUBLE), of(REAL), "double precision", null);
  private static final Expected FLOAT_TYPE = new Expected(of(REAL, DOUBLE), of(), "real", null);
  private static final Expected CHARACTER = new Expected(of(CHAR), of(), "char(1)", null);
  private static final Expected WITH_ZONE = new Expected(of(TIMESTAMP_TZ), of(TIMESTAMP), "timestamp(6) with time zone", null);
  private static final Expected DECIMALS = new Expected(of(DECIMAL), of(), "numeric(38, 2)", null);

  private static final Map<String, Expected> BY_TYPE =
      Map.ofEntries(
          Map.entry("java.lang.String", new Expected(of(VARCHAR), of(), "varchar(255)", null)),
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
          Map.entry("java.math.BigDecimal", DECIMALS),
          Map.entry("java.math.BigInteger", new Expected(of(DECIMAL), of(), "numeric(38, 0)", null)),
          // Hibernate's validate compares JDBC type codes: DATE and TIMESTAMP are not equivalent either way
          Map.entry("java.time.LocalDate", new Expected(of(DATE), of(), "date", null)),
          Map.entry("java.time.LocalTime", new Expected(of(TIME), of(), "time", null)),
          Map.entry("java.time.LocalDateTime", new Expected(of(TIMESTAMP), of(), "timestamp(6)", null)),
          Map.entry("java.time.Instant", WITH_ZONE),
          Map.entry("java.time.OffsetDateTime", WITH_ZONE),
          Map.entry("java.time.ZonedDateTime", WITH_ZONE),
          // Hibernate 7 stores a Duration as numeric(21, 0) unless preferred_duration_jdbc_type says otherwise
          Map.entry("java.time.Duration", new Expected(of(DECIMAL), of(), "numeric(21, 0)", null)),
          Map.entry("java.util.UUID", new Expected(of(UUID), of(), "uuid", "uuid")),
          Map.entry("byte[]", new Expected(of(VARBINARY), of(), "bytea", "varbinary(255)")),
          Map.entry("java.lang.Byte[]", new Expected(of(VARBINARY), of(), "bytea", "varbinary(255)")),
          // enums by their storage, and JDBC type codes that no Java type stands for by default
          Map.entry(ENUM_STRING, new Expected(of(VARCHAR), of(), "varchar(255)", null)),
          Map.entry(ENUM_ORDINAL, new Expected(of(TINYINT, SMALLINT, INTEGER, BIGINT), of(), "smallint", null)),
          Map.entry(JDBC_CHAR, new Expected(of(CHAR), of(), "char(36)", null)),
          Map.entry(JDBC_BINARY, new Expected(of(BINARY), of(), "binary(16)", null)),
          Map.entry(JDBC_INTERVAL, new Expected(of(INTERVAL), of(), "interval second(6)", null)));

  /**
   * A JDBC type code ({@code @JdbcTypeCode}, {@code hibernate.type.preferred_*_jdbc_type}) as the
   * Java type Hibernate maps to that code by default, so both share one expectation.
   */
  private static final Map<Integer, String> BY_JDBC_CODE = Map.ofEntries(
      Map.entry(-5, "java.lang.Long"), Map.entry(4, "java.lang.Integer"), Map.entry(5, "java.lang.Short"),
      Map.entry(-6, "java.lang.Byte"), Map.entry(16, "java.lang.Boolean"), Map.entry(-7, "java.lang.Boolean"),
      Map.entry(2, "java.math.BigDecimal"), Map.entry(3, "java.math.BigDecimal"), Map.entry(8, "java.lang.Double"),
      Map.entry(6, "java.lang.Double"), Map.entry(7, "java.lang.Float"), Map.entry(1, JDBC_CHAR),
      Map.entry(12, "java.lang.String"), Map.entry(-1, "java.lang.String"), Map.entry(-9, "java.lang.String"),
      Map.entry(-15, JDBC_CHAR), Map.entry(-16, "java.lang.String"), Map.entry(91, "java.time.LocalDate"),
      Map.entry(92, "java.time.LocalTime"), Map.entry(93, "java.time.LocalDateTime"),
      Map.entry(2014, "java.time.OffsetDateTime"), Map.entry(3003, "java.time.Instant"), Map.entry(3000, "java.util.UUID"),
      Map.entry(-2, JDBC_BINARY), Map.entry(-3, "byte[]"), Map.entry(-4, "byte[]"), Map.entry(3100, JDBC_INTERVAL));

  private JavaTypeMapping() {}

  /** SqlTypes.JSON in Hibernate's {@code @JdbcTypeCode}. */
  private static final int JSON_TYPE_CODE = 3001;

  private static final Expected JSON_COLUMN = new Expected(of(JSON), of(VARCHAR, LONGTEXT, CLOB), "jsonb", "json");

  /**
   * The expectation for a mapped column: its type after {@code @Convert}, {@code @Enumerated} and
   * {@code @JdbcTypeCode(JSON)}; a join column by the referenced key's type. A {@code columnDefinition}
   * states the database type itself, and other JDBC type codes are not judged.
   */
  static Optional<Expected> forMapping(ColumnMapping mapping, Dialect dialect, boolean hibernate5) {
    Optional<Expected> expected = forMapping(mapping, dialect);
    return hibernate5 && !UntestedDialectTypes.applies(dialect) ? expected.map(e -> Hibernate5Validate.widen(e, dialect)) : expected;
  }

  /** As {@link #forMapping(ColumnMapping, Dialect, boolean)} under Hibernate 7. */
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
    if (type.lob()) {
      // not among the proven pairs: any text or binary column holds a @Lob
      return Optional.of(new Expected(of(VARCHAR, LONGTEXT, CLOB, CHAR, VARBINARY, BINARY, BLOB), of(),
          dialect == Dialect.POSTGRESQL ? "oid" : "clob", null));
    }
    if (type.enumStorage() != null && !type.enumValueField()) {
      return forJavaType(type.enumStorage() == ColumnType.EnumStorage.ORDINAL ? ENUM_ORDINAL : ENUM_STRING, dialect);
    }
    return forJavaType(type.databaseJavaType(), dialect);
  }

  /**
   * The expectation for a basic Java type on a dialect, or empty for types this mapping does not
   * judge (entities, user types).
   */
  static Optional<Expected> forJavaType(String javaType, Dialect dialect) {
    Expected expected = BY_TYPE.get(javaType);
    if (expected == null) {
      return Optional.empty();
    }
    // the same few types are asked for every column: each answer is worked out once per dialect
    return MEMO.get(dialect.ordinal()).computeIfAbsent(javaType, t -> Optional.of(expected(t, expected, dialect)));
  }

  /** {@link #forJavaType}'s answers by dialect (ordinal) and Java type; keys only from {@code BY_TYPE}, so bounded. */
  private static final List<Map<String, Optional<Expected>>> MEMO = memo();

  private static List<Map<String, Optional<Expected>>> memo() {
    List<Map<String, Optional<Expected>>> memo = new java.util.ArrayList<>();
    for (int i = 0; i < Dialect.values().length; i++) {
      memo.add(new java.util.concurrent.ConcurrentHashMap<>());
    }
    return List.copyOf(memo);
  }

  private static Expected expected(String javaType, Expected expected, Dialect dialect) {
    if (UntestedDialectTypes.applies(dialect)) {
      return UntestedDialectTypes.widen(javaType, expected);
    }
    Set<SqlTypeFamily> exact = EnumSet.copyOf(expected.exact());
    Set<SqlTypeFamily> lossy = expected.lossy().isEmpty() ? EnumSet.noneOf(SqlTypeFamily.class) : EnumSet.copyOf(expected.lossy());
    boolean mysql = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
    switch (javaType) {
      // MySQL's dialect takes any character column for a String; a Character is a varchar(1) there
      case "java.lang.String" -> exact.addAll(mysql ? of(CHAR, LONGTEXT, JSON, ENUM) : of());
      case "java.lang.Character", "char" -> exact.addAll(mysql ? of(VARCHAR, ENUM) : of());
      case ENUM_STRING -> exact.addAll(mysql ? of(LONGTEXT, JSON, ENUM) : dialect == Dialect.H2 ? of(ENUM) : of());
      case "byte[]", "java.lang.Byte[]" -> exact.addAll(mysql ? of(BLOB) : of());
      // PostgreSQL's validate takes a timestamp with time zone under a LocalDateTime, H2's does not
      case "java.time.LocalDateTime" -> lossy.addAll(dialect == Dialect.POSTGRESQL ? of(TIMESTAMP_TZ) : of());
      case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime" -> {
        if (mysql) {
          exact.add(TIMESTAMP); // no zoned type: Hibernate normalises to UTC in datetime(6)
          lossy.remove(TIMESTAMP);
        }
      }
      // not run against MySQL, whose Hibernate default is binary(16): any column that holds one
      case "java.util.UUID" -> exact.addAll(dialect == Dialect.MYSQL ? of(BINARY, VARBINARY, CHAR, VARCHAR) : of());
      default -> {
        // the table holds as written
      }
    }
    return new Expected(exact, lossy, expected.postgres(), otherType(javaType, expected, dialect));
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
    if (mysql && (javaType.equals("java.lang.Character") || javaType.equals("char"))) {
      return "varchar(1)";
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
