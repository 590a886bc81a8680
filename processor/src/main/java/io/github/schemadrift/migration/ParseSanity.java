package io.github.schemadrift.migration;

import io.github.schemadrift.migration.SqlTokens.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Refuses a parse that does not say what the statement says. JSqlParser sometimes accepts a
 * statement by reading it another way: {@code ALTER TABLE t ADD COLUMN script text} becomes a
 * column named {@code column} of type {@code script}. Every column name JSqlParser hands over for a
 * {@code CREATE TABLE} or {@code ALTER TABLE} must therefore be written in the statement where
 * {@link IdentifierPositions} finds a name; a parse with a name found nowhere there is not replayed
 * but reported at the word JSqlParser misread.
 */
final class ParseSanity {

  /** Why a parse was refused and where: the line and column within the statement. */
  record Refusal(int line, int column, String message) {}

  private ParseSanity() {}

  /** Null when the parse agrees with the text, else the refusal. */
  static Refusal check(Statement statement, String sql, Dialect dialect) {
    List<String> parsed = columnNames(statement);
    if (parsed.isEmpty()) {
      return null;
    }
    SqlTokens.Coded coded = SqlTokens.coded(sql, dialect);
    List<Token> tokens = coded.tokens();
    IdentifierPositions positions = coded.names();
    if (!positions.understood()) {
      return null;
    }
    Set<String> written = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (positions.isName(i)) {
        written.add(tokens.get(i).bare().toLowerCase(Locale.ROOT));
      }
    }
    for (String name : parsed) {
      String bare = SqlIdentifier.of(name).name();
      if (!written.contains(bare.toLowerCase(Locale.ROOT))) {
        return refusal(sql, tokens, bare);
      }
    }
    return null;
  }

  private static Refusal refusal(String sql, List<Token> tokens, String name) {
    int offset = 0;
    for (Token token : tokens) {
      if (token.bare().equalsIgnoreCase(name)) {
        offset = token.start();
        break;
      }
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (sql.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Refusal(
        line,
        offset - lineStart + 1,
        "cannot parse the statement: JSqlParser read '" + name + "' as a column name, which the statement does"
            + " not write where a name goes, so the statement is not replayed");
  }

  private static List<String> columnNames(Statement statement) {
    List<String> names = new ArrayList<>();
    if (statement instanceof CreateTable create && create.getColumnDefinitions() != null) {
      for (ColumnDefinition column : create.getColumnDefinitions()) {
        names.add(column.getColumnName());
      }
    } else if (statement instanceof Alter alter && alter.getAlterExpressions() != null) {
      for (AlterExpression expression : alter.getAlterExpressions()) {
        addIfPresent(names, expression.getColumnName());
        addIfPresent(names, expression.getColumnOldName());
        if (expression.getColDataTypeList() != null) {
          expression.getColDataTypeList().forEach(c -> addIfPresent(names, c.getColumnName()));
        }
      }
    }
    return names;
  }

  private static void addIfPresent(List<String> names, String name) {
    if (name != null && !name.isBlank()) {
      names.add(name);
    }
  }
}
