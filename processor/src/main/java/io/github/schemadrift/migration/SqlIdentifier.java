package io.github.schemadrift.migration;

/**
 * A name as a migration wrote it, with its quotes taken off: double quotes (standard SQL),
 * backticks (MySQL) or brackets (SQL Server) all mean a quoted identifier.
 */
public record SqlIdentifier(String name, boolean quoted) implements java.io.Serializable {

  /** Reads one identifier part as JSqlParser hands it over, quotes included. */
  public static SqlIdentifier of(String raw) {
    String t = raw.trim();
    if (t.length() >= 2) {
      char first = t.charAt(0);
      char last = t.charAt(t.length() - 1);
      if ((first == '"' && last == '"') || (first == '`' && last == '`')) {
        return new SqlIdentifier(t.substring(1, t.length() - 1), true);
      }
      if (first == '[' && last == ']') {
        return new SqlIdentifier(t.substring(1, t.length() - 1), true);
      }
    }
    return new SqlIdentifier(t, false);
  }

  public String key(Dialect dialect) {
    return dialect.key(name, quoted);
  }
}
