package io.github.schemadrift.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Hibernate's settings that change the JDBC type of a basic Java type for the whole application:
 * {@code hibernate.type.preferred_instant_jdbc_type}, {@code preferred_uuid_jdbc_type},
 * {@code preferred_boolean_jdbc_type}, {@code preferred_duration_jdbc_type} and
 * {@code hibernate.timezone.default_storage}. An attribute of such a type without its own
 * {@code @JdbcTypeCode} is expected in a column of the preferred type.
 */
public final class TypePreferences {

  /** No setting: Hibernate's defaults. */
  public static final TypePreferences DEFAULTS = new TypePreferences(Map.of());

  /** The Hibernate keys, without {@code hibernate.}, in the order they are read. */
  public static final List<String> KEYS = List.of(
      "type.preferred_instant_jdbc_type", "type.preferred_uuid_jdbc_type", "type.preferred_boolean_jdbc_type",
      "type.preferred_duration_jdbc_type", "timezone.default_storage", "use_nationalized_character_data");

  /** {@code org.hibernate.type.SqlTypes} names and codes the settings take. */
  private static final Map<String, Integer> CODES = Map.ofEntries(
      Map.entry("BIT", -7), Map.entry("TINYINT", -6), Map.entry("SMALLINT", 5), Map.entry("INTEGER", 4),
      Map.entry("BIGINT", -5), Map.entry("NUMERIC", 2), Map.entry("DECIMAL", 3), Map.entry("CHAR", 1),
      Map.entry("VARCHAR", 12), Map.entry("BINARY", -2), Map.entry("VARBINARY", -3), Map.entry("BOOLEAN", 16),
      Map.entry("TIMESTAMP", 93), Map.entry("TIMESTAMP_WITH_TIMEZONE", 2014), Map.entry("TIMESTAMP_UTC", 3003),
      Map.entry("UUID", 3000), Map.entry("INTERVAL_SECOND", 3100), Map.entry("DURATION", 3015));

  private final Map<String, Integer> byJavaType;
  private final IdStyle ids;
  private final boolean postgres;

  private TypePreferences(Map<String, Integer> byJavaType) {
    this(byJavaType, IdStyle.STANDARD, false);
  }

  private TypePreferences(Map<String, Integer> byJavaType, IdStyle ids, boolean postgres) {
    this.byJavaType = Map.copyOf(byJavaType);
    this.ids = ids;
    this.postgres = postgres;
  }

  /** The same preferences for PostgreSQL, whose dialect gives some named Hibernate 5 types other columns ({@link Hibernate5Types}). */
  public TypePreferences onPostgres(boolean postgres) {
    return postgres == this.postgres ? this : new TypePreferences(byJavaType, ids, postgres);
  }

  /** Whether the dialect is PostgreSQL. */
  boolean postgres() {
    return postgres;
  }

  /**
   * The same preferences with a Hibernate generation's other defaults: under Hibernate 5 (any
   * style but {@link IdStyle#STANDARD}) numeric precision 19 (7: 38), a {@code UUID} as
   * {@code binary(255)} (7: {@code binary(16)}), and the ids of the style (see {@code GenerationReader}).
   */
  public TypePreferences withIds(IdStyle ids) {
    return ids == this.ids ? this : new TypePreferences(byJavaType, ids, postgres);
  }

  /** Whether Hibernate 5's defaults apply. */
  boolean hibernate5() {
    return ids.hibernate5();
  }

  /** How {@code @GeneratedValue} without a named generator resolves. */
  IdStyle ids() {
    return ids;
  }

  /**
   * The preferences the settings give.
   *
   * @param setting a setting's value by key (without {@code hibernate.}), or null when unset
   * @return the preferences, or the name of a value that is not a JDBC type (as the exception's message)
   * @throws IllegalArgumentException for a value that names no JDBC type
   */
  public static TypePreferences of(Function<String, String> setting) {
    Map<String, Integer> out = new HashMap<>();
    put(out, setting.apply("type.preferred_instant_jdbc_type"), "java.time.Instant");
    put(out, setting.apply("type.preferred_uuid_jdbc_type"), "java.util.UUID");
    put(out, setting.apply("type.preferred_boolean_jdbc_type"), "java.lang.Boolean", "boolean");
    put(out, setting.apply("type.preferred_duration_jdbc_type"), "java.time.Duration");
    String storage = setting.apply("timezone.default_storage");
    if (storage != null) {
      String zoned = switch (storage.trim().toUpperCase(Locale.ROOT)) {
        case "NORMALIZE" -> "TIMESTAMP";
        case "NORMALIZE_UTC" -> "TIMESTAMP_UTC";
        case "NATIVE", "DEFAULT", "AUTO" -> null;
        default -> throw new IllegalArgumentException("timezone.default_storage '" + storage
            + "' (valid: NATIVE, NORMALIZE, NORMALIZE_UTC, AUTO, DEFAULT)");
      };
      if (zoned != null) {
        put(out, zoned, "java.time.OffsetDateTime", "java.time.ZonedDateTime");
      }
    }
    return out.isEmpty() ? DEFAULTS : new TypePreferences(out);
  }

  private static void put(Map<String, Integer> out, String value, String... javaTypes) {
    if (value == null || value.isBlank()) {
      return;
    }
    String name = value.trim().toUpperCase(Locale.ROOT);
    Integer code = CODES.get(name);
    if (code == null) {
      try {
        code = Integer.valueOf(name);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + value + "' is no JDBC type name (such as " + String.join(", ",
            new java.util.TreeSet<>(CODES.keySet())) + ")");
      }
    }
    for (String javaType : javaTypes) {
      out.put(javaType, code);
    }
  }

  /** The JDBC type code the settings give a Java type, or null. */
  Integer codeFor(String javaType) {
    return byJavaType.get(javaType);
  }
}
