package io.github.schemadrift.annotations;

/**
 * Keys for {@code @SuppressWarnings} that silence schemadrift's findings on a field, a class or a
 * package. {@link #ALL} silences every rule; each other constant silences one rule and is the id
 * in that rule's {@code [schemadrift:<id>]} message prefix.
 *
 * <pre>{@code
 * @SuppressWarnings(SchemaDriftWarnings.NULLABILITY)
 * @Column(nullable = false)
 * private String legacyCode;
 * }</pre>
 */
public final class SchemaDriftWarnings {

  /** Silences every schemadrift rule. */
  public static final String ALL = "schemadrift";

  /** What every rule-specific key starts with. */
  public static final String PREFIX = "schemadrift:";

  public static final String MISSING_TABLE = "schemadrift:missing-table";
  public static final String MISSING_COLUMN = "schemadrift:missing-column";
  public static final String NULLABILITY = "schemadrift:nullability";
  public static final String TYPE = "schemadrift:type";
  public static final String PRIMARY_KEY = "schemadrift:primary-key";
  public static final String LENGTH = "schemadrift:length";
  public static final String PRECISION = "schemadrift:precision";
  public static final String JOIN_TABLE = "schemadrift:join-table";
  public static final String UNMAPPED_NOT_NULL = "schemadrift:unmapped-not-null";
  public static final String DISCRIMINATOR = "schemadrift:discriminator";
  public static final String GENERATION = "schemadrift:generation";
  public static final String FOREIGN_KEY = "schemadrift:foreign-key";
  public static final String UNIQUE = "schemadrift:unique";
  public static final String ENUM_VALUES = "schemadrift:enum-values";
  public static final String AUDIT_TABLE = "schemadrift:audit-table";
  public static final String NATIVE_QUERY = "schemadrift:native-query";
  public static final String SQL_PARSE = "schemadrift:sql-parse";
  public static final String SQL_UNSUPPORTED = "schemadrift:sql-unsupported";
  public static final String INTERNAL_ERROR = "schemadrift:internal-error";

  private SchemaDriftWarnings() {}
}
