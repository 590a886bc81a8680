package io.github.schemadrift.migration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SQL dialects whose migrations can be replayed, with each one's rule for folding unquoted
 * identifiers. The fold decides whether an entity's {@code DreamworkTask} and a migration's
 * {@code dreamwork_task} or {@code "DreamworkTask"} name the same thing.
 */
public enum Dialect {
  POSTGRESQL("postgresql", Fold.LOWER),
  MYSQL("mysql", Fold.CASE_INSENSITIVE),
  MARIADB("mariadb", Fold.CASE_INSENSITIVE),
  H2("h2", Fold.UPPER),
  ORACLE("oracle", Fold.UPPER),
  SQLSERVER("sqlserver", Fold.CASE_INSENSITIVE);

  /** How a dialect treats the case of identifiers. */
  public enum Fold {
    /** Unquoted names fold to lower case; quoted names keep their case (PostgreSQL). */
    LOWER,
    /** Unquoted names fold to upper case; quoted names keep their case (H2, Oracle). */
    UPPER,
    /** Names compare without regard to case, quoted or not (MySQL, SQL Server defaults). */
    CASE_INSENSITIVE
  }

  private final String optionValue;
  private final Fold fold;

  Dialect(String optionValue, Fold fold) {
    this.optionValue = optionValue;
    this.fold = fold;
  }

  /** The value users write in {@code -Aschemadrift.dialect}. */
  public String optionValue() {
    return optionValue;
  }

  public Fold fold() {
    return fold;
  }

  /**
   * The key under which a name is stored and looked up: two names that the database treats as the
   * same identifier have the same key.
   */
  public String key(String name, boolean quoted) {
    switch (fold) {
      case LOWER:
        return quoted ? name : name.toLowerCase(Locale.ROOT);
      case UPPER:
        return quoted ? name : name.toUpperCase(Locale.ROOT);
      default:
        return name.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * {@code key(name, quoted).equals(key)}, without folding a copy of the name: ASCII characters are
   * folded as they are compared (the first difference decides, as folding never shortens what came
   * before), anything else falls back to {@link #key}.
   */
  public boolean hasKey(String name, boolean quoted, String key) {
    boolean lower = fold != Fold.UPPER;
    if (quoted && fold != Fold.CASE_INSENSITIVE) {
      return name.equals(key);
    }
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        return key(name, quoted).equals(key);
      }
      char folded = lower ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : (c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
      if (i >= key.length() || key.charAt(i) != folded) {
        return false;
      }
    }
    return n == key.length();
  }

  /**
   * The schema unqualified names land in on a fresh connection when nothing else says: PostgreSQL's
   * {@code public}, H2's {@code PUBLIC}, SQL Server's {@code dbo}; null for MySQL and MariaDB (the
   * database of the JDBC URL) and Oracle (the user), which only the project's settings can tell.
   */
  public String defaultSchema() {
    switch (this) {
      case POSTGRESQL:
        return "public";
      case H2:
        return "PUBLIC";
      case SQLSERVER:
        return "dbo";
      default:
        return null;
    }
  }

  /** The dialect for an option value, case-insensitively. */
  public static Optional<Dialect> fromOption(String value) {
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(d -> d.optionValue.equals(wanted)).findFirst();
  }

  /** The accepted option values, for error messages. */
  public static String optionValues() {
    return Arrays.stream(values()).map(Dialect::optionValue).collect(Collectors.joining(", "));
  }
}
