package io.github.schemadrift.migration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the replay can still tell about a statement JSqlParser could not parse. */
final class UnparsedStatements {

  /** A table name in a statement JSqlParser could not parse, to tell whether it touches a mapped table. */
  private static final Pattern TOUCHED_TABLE =
      Pattern.compile(
          "(?is)^(?:ALTER\\s+TABLE|CREATE\\s+(?:GLOBAL\\s+TEMPORARY\\s+|TEMPORARY\\s+|TEMP\\s+|UNLOGGED\\s+|CACHED\\s+|MEMORY\\s+)?TABLE|DROP\\s+TABLE|CREATE\\s+(?:UNIQUE\\s+)?(?:CLUSTERED\\s+|NONCLUSTERED\\s+)?INDEX\\s+(?:CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?\\S+\\s+ON)\\s+(?:ONLY\\s+)?(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?([^\\s(;]+)");

  private static final Pattern STATEMENT_START =
      Pattern.compile("(?i)(?:CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|EXEC|EXECUTE|GRANT|SET|IF|DECLARE|PRINT)\\b.*", Pattern.DOTALL);

  /** The offset of a statement start at a parse error at the start of a line (SQL Server only), or -1. */
  static int statementBoundary(Dialect dialect, String sql, int line, int column) {
    if (dialect != Dialect.SQLSERVER) {
      return -1;
    }
    int offset = 0;
    for (int l = 1; l < line; l++) {
      int nl = sql.indexOf('\n', offset);
      if (nl < 0) {
        return -1;
      }
      offset = nl + 1;
    }
    if (!sql.substring(offset, Math.min(sql.length(), offset + column - 1)).isBlank()) {
      return -1;
    }
    int at = offset + column - 1;
    return at > 0 && at < sql.length() && STATEMENT_START.matcher(sql.substring(at)).matches() ? at : -1;
  }

  static String touchedTable(String sql, SchemaNames names) {
    Matcher m = TOUCHED_TABLE.matcher(sql);
    return m.lookingAt() ? names.key(m.group(1)) : null;
  }

  private UnparsedStatements() {}
}
