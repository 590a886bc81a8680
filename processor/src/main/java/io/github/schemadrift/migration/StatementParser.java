package io.github.schemadrift.migration;

import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses one split statement with JSqlParser. The parser runs on the calling thread: JSqlParser's
 * own {@code parse(String)} starts an executor thread per statement, which costs time on every
 * compile and leaves threads in a compiler daemon. Like JSqlParser's own entry point, a statement
 * is first tried without and then with its costly "complex parsing" mode.
 */
final class StatementParser {

  /** A parse outcome: either a statement or the place and text of the failure. */
  record Parsed(Statement statement, int errorLine, int errorColumn, String error) {
    boolean ok() {
      return statement != null;
    }
  }

  private final Dialect dialect;

  StatementParser(Dialect dialect) {
    this.dialect = dialect;
  }

  Parsed parse(String sql) {
    Parsed simple = attempt(sql, false);
    if (simple.ok()) {
      return simple;
    }
    Parsed complex = attempt(sql, true);
    return complex.ok() ? complex : simple;
  }

  private Parsed attempt(String sql, boolean complex) {
    try {
      CCJSqlParser parser =
          CCJSqlParserUtil.newParser(sql)
              .withAllowComplexParsing(complex)
              .withSquareBracketQuotation(dialect == Dialect.SQLSERVER)
              .withBackslashEscapeCharacter(
                  dialect == Dialect.MYSQL || dialect == Dialect.MARIADB);
      Statement statement = parser.Statement();
      // Statement() stops at the first token it cannot use; text left after it was not read.
      Token rest = parser.getNextToken();
      while (rest != null && ";".equals(rest.image)) {
        rest = parser.getNextToken();
      }
      if (rest != null && rest.kind != CCJSqlParserConstants.EOF) {
        return new Parsed(
            null, Math.max(rest.beginLine, 1), Math.max(rest.beginColumn, 1), "cannot parse the statement near '" + rest.image + "'");
      }
      return new Parsed(statement, 0, 0, null);
    } catch (ParseException e) {
      Token at = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : e.currentToken;
      int line = at != null ? at.beginLine : 1;
      int column = at != null ? at.beginColumn : 1;
      String near = at != null && at.image != null && !at.image.isEmpty() ? " near '" + at.image + "'" : "";
      return new Parsed(null, Math.max(line, 1), Math.max(column, 1), "cannot parse the statement" + near);
    } catch (RuntimeException | Error e) {
      // JSqlParser throws TokenMgrError (an Error) on lexical problems and may overflow the stack
      // on deep nesting; neither may escape into javac.
      if (e instanceof Error && !(e instanceof StackOverflowError) && !e.getClass().getSimpleName().equals("TokenMgrException")
          && !e.getClass().getSimpleName().equals("TokenMgrError")) {
        throw (Error) e;
      }
      return new Parsed(null, 1, 1, "cannot parse the statement: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
