package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a plain MySQL or MariaDB script at its semicolons without Flyway's parser, where Flyway's
 * parser would cut it at exactly the same places: a script of statements ended by {@code ;}, with
 * strings, quoted names and comments but none of what Flyway's parsers treat on their own. Flyway
 * reads a script one character at a time through several layers of readers, which is most of a
 * cold replay's splitting time (and all of it on files of data {@code INSERT}s); this reads each
 * character once with the same {@link ScriptLexer} the coverage check uses. PostgreSQL and H2
 * scripts have a cut of their own, {@link PlainDollarScriptCut}.
 *
 * <p>Anything that could make Flyway cut elsewhere sends the whole script to Flyway's parser: a
 * word that opens or ends a block or changes the delimiter ({@code BEGIN}, {@code END}, {@code
 * CASE}, {@code DELIMITER}, ...), a {@code $}, a backslash outside strings, a {@code ;} inside
 * parentheses, a construct left open, a statement that starts with a symbol or a quote,
 * a last statement without {@code ;} that leaves a parenthesis open, a byte order mark inside the
 * script, and every Oracle and SQL Server script. A last statement without {@code ;} is kept as Flyway keeps it: with nothing left
 * open, the splitter's probe (statement, {@code ;}, sentinel) comes back in two. {@code
 * PlainScriptCutTest} compares both cuts on every file of the real-world corpus and on mutations
 * of them.
 */
final class PlainScriptCut {

  /**
   * Words that Flyway's parsers count as blocks, delimiters or statement types of their own. Not
   * {@code FUNCTION}, {@code PROCEDURE}, {@code TRIGGER} or {@code EVENT} (columns have such
   * names): Flyway's MySQL parser uses them only to find a stored program, whose one difference is
   * that its {@code BEGIN} opens a block, and {@code BEGIN} is on the list.
   */
  private static final Set<String> FLYWAY_WORDS =
      Set.of(
          "BEGIN", "END", "DO", "COPY", "DELIMITER", "DECLARE", "PACKAGE", "LOOP", "REPEAT", "WHILE",
          "ATOMIC", "GO", "CASE", "THEN", "ELSE", "EXCEPTION");

  /** The longest word in {@link #FLYWAY_WORDS}: longer words need no look-up. */
  private static final int LONGEST_WORD = 9;

  private PlainScriptCut() {}

  /**
   * The statements of {@code lexer}'s script as Flyway's parser would cut them, or null when the
   * script must go to Flyway's parser (always when it holds a byte order mark: Flyway's reader
   * drops those, and {@link FlywayParsing} maps its offsets back).
   */
  static List<FlywayParsing.Piece> cut(ScriptLexer lexer, ScriptFamily family, Dialect dialect) {
    String text = lexer.text();
    if ((dialect != Dialect.MYSQL && dialect != Dialect.MARIADB) || text.indexOf('\uFEFF') >= 0) {
      return null;
    }
    int length = text.length();
    List<FlywayParsing.Piece> pieces = new ArrayList<>();
    int start = -1;
    int depth = 0;
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c == ';') {
        if (depth != 0) {
          return null;
        }
        if (start >= 0) {
          pieces.add(new FlywayParsing.Piece(start, trimmedEnd(text, start, i), ";", false));
          start = -1;
        }
        i++;
      } else if (ScriptLexer.isWhitespace(c)) {
        i++;
      } else if (c == '$' || c == '\\' || (c == '-' && !plainDashes(text, i, family))) {
        return null;
      } else if (ScriptLexer.isIdentifierChar(c)) {
        int end = wordEnd(text, i);
        // a number (the bulk of a data script's words) cannot be one of the words: no look-up
        if (end - i <= LONGEST_WORD && !isAsciiDigit(c)
            && FLYWAY_WORDS.contains(text.substring(i, end).toUpperCase(Locale.ROOT))) {
          return null;
        }
        start = start < 0 ? i : start;
        i = end;
      } else {
        int end = lexer.constructEnd(i);
        if (end == ScriptLexer.UNTERMINATED) {
          return null;
        }
        boolean construct = end != ScriptLexer.NO_CONSTRUCT;
        if (!construct) {
          depth += c == '(' ? 1 : c == ')' ? -1 : 0;
          end = i + 1;
        }
        boolean comment = construct && lexer.isComment(i);
        if (start < 0 && !comment && !text.startsWith("/*!", i)) {
          return null; // a statement that starts with a symbol or a quote: Flyway starts it elsewhere
        }
        start = start < 0 && !comment ? i : start;
        i = end;
      }
    }
    if (start >= 0 && depth != 0) {
      return null;
    }
    if (start >= 0) {
      pieces.add(new FlywayParsing.Piece(start, trimmedEnd(text, start, length), ";", false));
    }
    return pieces;
  }

  /**
   * Whether a {@code -} at {@code i} is read alike by both: a lone minus, or a {@code --} comment
   * that MySQL's parser also takes for one (MySQL wants a blank after the two dashes).
   */
  private static boolean plainDashes(String text, int i, ScriptFamily family) {
    if (i + 1 >= text.length() || text.charAt(i + 1) != '-') {
      return true;
    }
    return !family.hashComments() || i + 2 >= text.length() || Character.isWhitespace(text.charAt(i + 2));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int wordEnd(String text, int i) {
    int end = i + 1;
    while (end < text.length() && ScriptLexer.isIdentifierChar(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** The end of the statement {@code text[start, semicolon)} without its trailing whitespace. */
  private static int trimmedEnd(String text, int start, int semicolon) {
    int end = semicolon;
    while (end > start && ScriptLexer.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
