package io.github.schemadrift.migration;

import java.util.Locale;

/**
 * Parses one statement with the retries that get it past JSqlParser's known gaps: first as
 * rewritten around them ({@link DdlRewriter}), then with reserved words quoted where the parse
 * fails, then as written.
 */
final class RetryingParse {

  private RetryingParse() {}

  /**
   * Parses a statement: first as rewritten around known JSqlParser gaps, then with reserved words
   * quoted where the parse fails, then as written. A first attempt that timed out is final.
   */
  static MigrationReplayer.ParseOutcome parse(String sql, Dialect dialect, StatementParser parser) {
    ClauseBlanking.Blanked blanked = ClauseBlanking.blank(UnnamedChecks.name(sql));
    DdlRewriter.Rewritten rewritten = DdlRewriter.rewrite(blanked.sql(), dialect);
    StatementParser.Parsed parsed = parser.parse(rewritten.sql());
    if (parsed.timedOut()) {
      return new MigrationReplayer.ParseOutcome(rewritten, parsed, blanked.guardedIndexes());
    }
    StatementParser.Parsed firstFailure = parsed;
    String retry = rewritten.sql();
    for (int attempt = 0; attempt < 4 && !parsed.ok() && isDdl(retry); attempt++) {
      retry = DdlRewriter.quoteKeywordAt(retry, parsed.errorLine(), parsed.errorColumn(), dialect);
      if (retry == null) {
        break;
      }
      StatementParser.Parsed again = parser.parse(retry);
      if (again.timedOut()) {
        break;
      }
      if (again.ok()) {
        parsed = again;
      } else if (again.errorLine() == parsed.errorLine() && again.errorColumn() <= parsed.errorColumn()) {
        break;
      } else {
        parsed = again.errorLine() >= parsed.errorLine() ? again : parsed;
      }
    }
    if (!parsed.ok()) {
      parsed = firstFailure; // report where the statement as written fails
    }
    if (!parsed.ok() && !rewritten.sql().equals(blanked.sql())) {
      StatementParser.Parsed original = parser.parse(blanked.sql());
      parsed = original.ok() && !original.timedOut() ? original : parsed;
    }
    return new MigrationReplayer.ParseOutcome(rewritten, parsed, blanked.guardedIndexes());
  }

  private static boolean isDdl(String sql) {
    String head = sql.length() > 8 ? sql.substring(0, 8).toUpperCase(Locale.ROOT) : sql.toUpperCase(Locale.ROOT);
    return head.startsWith("ALTER") || head.startsWith("CREATE");
  }
}
