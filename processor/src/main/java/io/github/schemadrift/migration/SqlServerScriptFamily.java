package io.github.schemadrift.migration;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL Server scripts. Flyway has no SQL Server parser at this version ({@code flyway-sqlserver}
 * stops before 13), so a script is first cut into batches at {@code GO} lines (a line holding only
 * {@code GO}, in any case, optionally followed by a repeat count or a {@code --} comment; {@code
 * GO} inside strings and comments does not count), and each batch is then split on {@code ;} by
 * Flyway's base parser taught T-SQL's nesting. A batch that defines a procedure, function, trigger
 * or view stays one statement, because T-SQL requires such a definition to fill its batch and its
 * body need not be wrapped in {@code BEGIN}/{@code END}. T-SQL statements that are not ended by
 * {@code ;} inside one batch stay together in one statement; telling them apart needs a grammar,
 * which is the replay's job.
 */
final class SqlServerScriptFamily extends ScriptFamily {

  private static final Pattern TSQL_MODULE_DEFINITION =
      Pattern.compile(
          "(?:CREATE\\s+(?:OR\\s+ALTER\\s+)?|ALTER\\s+)(?:PROC|PROCEDURE|FUNCTION|TRIGGER|VIEW)\\b",
          Pattern.CASE_INSENSITIVE);

  @Override
  boolean nestedComments() {
    return true;
  }

  @Override
  int specialConstructEnd(ScriptLexer lexer, int i) {
    if (lexer.text().charAt(i) == '[') {
      lexer.constructKind("bracketed identifier");
      return lexer.quotedEnd(i, ']', false);
    }
    return ScriptLexer.NO_CONSTRUCT;
  }

  @Override
  int consumedBetweenStatements(ScriptLexer lexer, int i) {
    char c = lexer.text().charAt(i);
    return c == 'G' || c == 'g' ? goLineEnd(lexer, lexer.lineStartOf(i)) : -1;
  }

  /** Cuts the script at {@code GO} lines and splits each batch. */
  @Override
  void split(ScriptSplitting splitting) {
    ScriptLexer lexer = splitting.lexer();
    String text = lexer.text();
    int length = text.length();
    int batchStart = 0;
    int i = 0;
    while (i < length) {
      if (i == 0 || text.charAt(i - 1) == '\n') {
        int goEnd = goLineEnd(lexer, i);
        if (goEnd >= 0) {
          splitBatch(splitting, batchStart, i);
          i = goEnd;
          batchStart = i;
          continue;
        }
      }
      int end = lexer.constructEnd(i);
      if (end == ScriptLexer.UNTERMINATED) {
        unterminated(splitting, batchStart, i);
        return;
      }
      i = end == ScriptLexer.NO_CONSTRUCT ? i + 1 : end;
    }
    splitBatch(splitting, batchStart, length);
  }

  /** A quote or comment at {@code open} runs to the end: the batch before it is split, the rest lost. */
  private void unterminated(ScriptSplitting splitting, int batchStart, int open) {
    String kind = splitting.lexer().constructKind();
    List<FlywayParsing.Piece> pieces = splitting.pieces();
    int before = pieces.size();
    splitBatch(splitting, batchStart, open);
    int lostFrom = open;
    if (pieces.size() > before && splitting.lexer().isBlank(pieces.get(pieces.size() - 1).end(), open)) {
      lostFrom = pieces.remove(pieces.size() - 1).start();
    }
    splitting.lose(lostFrom, splitting.lexer().text().length());
    splitting.addProblem(open, "unterminated " + kind + " runs to the end of the file");
  }

  private void splitBatch(ScriptSplitting splitting, int from, int to) {
    if (splitting.lexer().isBlankOrComment(from, to)) {
      return;
    }
    List<FlywayParsing.Piece> pieces = splitting.pieces();
    int first = pieces.size();
    splitting.parse(from, to);
    if (pieces.size() - first > 1) {
      FlywayParsing.Piece head = pieces.get(first);
      Matcher module = TSQL_MODULE_DEFINITION.matcher(splitting.lexer().text()).region(head.start(), head.end());
      if (module.lookingAt()) {
        FlywayParsing.Piece tail = pieces.get(pieces.size() - 1);
        pieces.subList(first, pieces.size()).clear();
        pieces.add(new FlywayParsing.Piece(head.start(), tail.end(), tail.delimiter(), false));
      }
    }
  }

  /** The offset after a {@code GO} line starting at {@code lineStart}, or -1. */
  private static int goLineEnd(ScriptLexer lexer, int lineStart) {
    String text = lexer.text();
    int length = text.length();
    int i = lexer.skipBlanks(lineStart);
    if (i + 2 > length
        || Character.toUpperCase(text.charAt(i)) != 'G'
        || Character.toUpperCase(text.charAt(i + 1)) != 'O') {
      return -1;
    }
    i += 2;
    int afterGo = i;
    i = lexer.skipBlanks(i);
    if (i > afterGo) {
      while (i < length && Character.isDigit(text.charAt(i))) {
        i++;
      }
      i = lexer.skipBlanks(i);
    }
    if (text.startsWith("--", i)) {
      i = lexer.lineEnd(i);
    }
    if (i < length && text.charAt(i) == '\r') {
      i++;
    }
    if (i == length) {
      return i;
    }
    return text.charAt(i) == '\n' ? i + 1 : -1;
  }
}
