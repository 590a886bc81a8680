package io.github.schemadrift.rules;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.nativesql.NativeSql;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Parses native SQL with JSqlParser in the project's dialect: a statement, or a fragment as an
 * expression or condition. Text after what the grammar read is a failure, as for migrations.
 */
final class NativeSqlParser {

  /** Longer texts are not retried with JSqlParser's slower complex parsing. */
  private static final int COMPLEX_LIMIT = 20_000;

  /**
   * The outcome: a statement or an expression, else where parsing stopped.
   *
   * @param statement the statement, for {@link NativeSql.Kind#STATEMENT}
   * @param expression the expression, for fragments
   * @param line the 1-based line where parsing stopped, 0 when it did not
   * @param column the 1-based column
   * @param near the token there, or null
   */
  record Parsed(Statement statement, Expression expression, int line, int column, String near) {
    boolean ok() {
      return statement != null || expression != null;
    }
  }

  private NativeSqlParser() {}

  static Parsed parse(String sql, NativeSql.Kind kind, Dialect dialect) {
    Parsed simple = attempt(sql, kind, dialect, false);
    if (simple.ok() || sql.length() > COMPLEX_LIMIT) {
      return simple;
    }
    Parsed complex = attempt(sql, kind, dialect, true);
    return complex.ok() ? complex : simple;
  }

  private static Parsed attempt(String sql, NativeSql.Kind kind, Dialect dialect, boolean complex) {
    try {
      CCJSqlParser parser =
          CCJSqlParserUtil.newParser(sql)
              .withAllowComplexParsing(complex)
              .withSquareBracketQuotation(dialect == Dialect.SQLSERVER)
              .withBackslashEscapeCharacter(dialect == Dialect.MYSQL || dialect == Dialect.MARIADB);
      Statement statement = null;
      Expression expression = null;
      if (kind == NativeSql.Kind.STATEMENT) {
        statement = parser.Statement();
      } else {
        expression = parser.Expression();
      }
      Token rest = parser.getNextToken();
      while (rest != null && ";".equals(rest.image)) {
        rest = parser.getNextToken();
      }
      if (rest != null && rest.kind != CCJSqlParserConstants.EOF) {
        return new Parsed(null, null, Math.max(rest.beginLine, 1), Math.max(rest.beginColumn, 1), rest.image);
      }
      if (statement instanceof UnsupportedStatement) {
        return new Parsed(null, null, 1, 1, null);
      }
      return new Parsed(statement, expression, 0, 0, null);
    } catch (ParseException e) {
      Token at = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : e.currentToken;
      return new Parsed(null, null, at == null ? 1 : Math.max(at.beginLine, 1), at == null ? 1 : Math.max(at.beginColumn, 1),
          at == null || at.image == null || at.image.isEmpty() ? null : at.image);
    } catch (RuntimeException | StackOverflowError e) {
      return new Parsed(null, null, 1, 1, null);
    } catch (Error e) {
      if (e.getClass().getSimpleName().startsWith("TokenMgr")) {
        return new Parsed(null, null, 1, 1, null); // a lexical error: JSqlParser throws an Error
      }
      throw e;
    }
  }

  /** The name a select item gives its column (its alias, else a plain column's name), or null. */
  static String outputName(SelectItem<?> item) {
    if (item.getAlias() != null) {
      SqlName alias = SqlName.of(item.getAlias().getName());
      return alias == null ? null : alias.text();
    }
    if (item.getExpression() instanceof Column column) {
      SqlName name = SqlName.of(column.getColumnName());
      return name == null ? null : name.text();
    }
    return null;
  }
}
