package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a PostgreSQL or H2 script at its semicolons without Flyway's parser, reading it token by
 * token with the rules of Flyway 13.12.1's {@code Parser.readToken} as its {@code
 * PostgreSQLParser} and {@code H2Parser} set them, so that it cuts where they cut, dollar-quoted
 * bodies included. Unlike {@link PlainScriptCut}, which leaves every script with a block word or
 * a {@code $} to Flyway, this one needs no word list: Flyway's PostgreSQL parser nests blocks only
 * after {@code BEGIN ATOMIC} and treats only {@code COPY ... FROM STDIN} as a statement of its own
 * kind, and its H2 parser has neither.
 *
 * <p>Flyway's rules, in the order it tries them at the start of each token: every {@code $} opens
 * a dollar quote whose tag runs to the next {@code $}, wherever that is ({@code $1} included), and
 * which ends at the next copy of that tag, never if the tag holds a line break (Flyway compares it
 * within one line); {@code '} strings without backslash escapes; parentheses; {@code "} names (and
 * H2's backticks); {@code --} comments to the next {@code \n} or {@code \r}; nested {@code /*}
 * comments; ASCII digits; {@code B'}, {@code E'} and {@code X'} strings (upper case only) with
 * backslash escapes (PostgreSQL's {@code U&'} strings need no rule here: read as the word {@code
 * U}, a symbol and a plain string, they end at the same place); the {@code ;}; words of letters,
 * digits, {@code _} and {@code $}, with up to two further parts after a {@code .}, each a quoted
 * name or such a word part. A {@code $} inside a word or such a part opens nothing.
 *
 * <p>The script goes to Flyway's parser instead when a word {@code ATOMIC} or {@code COPY}
 * appears, a quote, dollar quote or comment is never closed, a {@code ;} stands inside
 * parentheses, a statement starts with a symbol, quote or parenthesis, the last statement without
 * {@code ;} leaves a parenthesis open, or a character appears that Flyway reads in a way of its
 * own (control characters, a non-ASCII digit, a byte order mark, which its reader drops). {@code
 * PlainScriptCutTest} compares both cuts.
 */
final class PlainDollarScriptCut {

  /** {@link #token}: the script must go to Flyway's parser. */
  private static final int TO_FLYWAY = -1;

  private final String text;
  private final int length;
  private final boolean postgres;
  private final List<FlywayParsing.Piece> pieces = new ArrayList<>();

  /** The offset of the current statement's first token, or -1 between statements. */
  private int start = -1;

  private int parensDepth;

  private PlainDollarScriptCut(String text, boolean postgres) {
    this.text = text;
    this.length = text.length();
    this.postgres = postgres;
  }

  /**
   * The statements of {@code text} as Flyway's PostgreSQL ({@code postgres}) or H2 parser would
   * cut them, or null when the script must go to Flyway's parser.
   */
  static List<FlywayParsing.Piece> cut(String text, boolean postgres) {
    // Flyway's reader drops a byte order mark inside a script, which changes tags and offsets
    return text.indexOf('\uFEFF') >= 0 ? null : new PlainDollarScriptCut(text, postgres).run();
  }

  private List<FlywayParsing.Piece> run() {
    int i = 0;
    while (i < length) {
      i = token(i);
      if (i == TO_FLYWAY) {
        return null;
      }
    }
    if (start >= 0) {
      // Flyway returns the last statement at the end of the file; with nothing left open, the
      // splitter's probe (statement, ';', sentinel) then comes back in two and keeps it
      if (parensDepth != 0) {
        return null;
      }
      addPiece(length);
    }
    return pieces;
  }

  /** Reads the token at {@code i}; the offset after it, or {@link #TO_FLYWAY}. */
  private int token(int i) {
    char c = text.charAt(i);
    char next = i + 1 < length ? text.charAt(i + 1) : '\0';
    if (c == '$') {
      return begins(i, false) ? dollarQuoteEnd(i) : TO_FLYWAY;
    }
    if (c == '\'') {
      return begins(i, false) ? stringEnd(i + 1, false) : TO_FLYWAY;
    }
    if (c == '(' || c == ')') {
      parensDepth += c == '(' ? 1 : -1;
      return begins(i, false) ? i + 1 : TO_FLYWAY;
    }
    if (c == '"' || (c == '`' && !postgres)) {
      return begins(i, false) ? nameParts(quotedEnd(i + 1, c), c) : TO_FLYWAY;
    }
    if (c == '-' && next == '-') {
      return lineCommentEnd(i + 2);
    }
    if (c == '/' && next == '*') {
      return blockCommentEnd(i + 2);
    }
    if (Character.isDigit(c)) {
      return c <= '9' && begins(i, true) ? digitsEnd(i + 1) : TO_FLYWAY;
    }
    if ((c == 'B' || c == 'E' || c == 'X') && next == '\'') {
      return begins(i, true) ? stringEnd(i + 2, true) : TO_FLYWAY;
    }
    if (c == ';') {
      return delimiter(i);
    }
    if (c == '_' || Character.isLetter(c)) {
      begins(i, true);
      int end = wordEnd(i + 1);
      return specialWord(i, end) ? TO_FLYWAY : nameParts(end, '"');
    }
    if (c == ' ' || c == '\r' || c == '\u00a0' || ScriptLexer.isWhitespace(c)) {
      return i + 1;
    }
    // a control character: Flyway's trim and the splitter's disagree on it, and NUL opens a name
    return c >= ' ' && begins(i, false) ? i + 1 : TO_FLYWAY;
  }

  /**
   * Marks {@code i} as the start of a statement if none is open; false if a statement would
   * start here with a token the plain cut does not start one with.
   */
  private boolean begins(int i, boolean mayStart) {
    if (start >= 0) {
      return true;
    }
    if (!mayStart) {
      return false;
    }
    start = i;
    return true;
  }

  private int delimiter(int i) {
    if (parensDepth != 0) {
      return TO_FLYWAY;
    }
    if (start >= 0) {
      addPiece(i);
      start = -1;
    }
    return i + 1;
  }

  private void addPiece(int end) {
    int trimmed = end;
    while (trimmed > start && ScriptLexer.isWhitespace(text.charAt(trimmed - 1))) {
      trimmed--;
    }
    pieces.add(new FlywayParsing.Piece(start, trimmed, ";", false));
  }

  /**
   * A dollar quote: its tag is everything from this {@code $} to the next, and it ends after the
   * next copy of the tag; it never ends if there is none or the tag spans lines.
   */
  private int dollarQuoteEnd(int i) {
    int tagEnd = text.indexOf('$', i + 1);
    if (tagEnd < 0) {
      return TO_FLYWAY;
    }
    String tag = text.substring(i, tagEnd + 1);
    int close = tag.indexOf('\n') >= 0 ? -1 : text.indexOf(tag, tagEnd + 1);
    return close < 0 ? TO_FLYWAY : close + tag.length();
  }

  /** The end of a {@code '} string whose body starts at {@code j}; {@code ''} is a quote. */
  private int stringEnd(int j, boolean backslashEscapes) {
    while (j < length) {
      char c = text.charAt(j);
      if (backslashEscapes && c == '\\') {
        j += 2;
      } else if (c != '\'') {
        j++;
      } else if (j + 1 < length && text.charAt(j + 1) == '\'') {
        j += 2;
      } else {
        return j + 1;
      }
    }
    return TO_FLYWAY;
  }

  /** The end of a name quoted by {@code quote} whose body starts at {@code j}. */
  private int quotedEnd(int j, char quote) {
    while (j < length) {
      if (text.charAt(j) != quote) {
        j++;
      } else if (j + 1 < length && text.charAt(j + 1) == quote) {
        j += 2;
      } else {
        return j + 1;
      }
    }
    return TO_FLYWAY;
  }

  /**
   * After a word or quoted name ending at {@code end}, up to two further parts each after a
   * {@code .}: a name quoted by {@code quote} or a word part (which may be empty).
   */
  private int nameParts(int end, char quote) {
    int j = end;
    for (int part = 0; part < 2 && j != TO_FLYWAY && j < length && text.charAt(j) == '.'; part++) {
      j++;
      if (j < length && text.charAt(j) == quote) {
        j = quotedEnd(j + 1, quote);
      } else {
        int partEnd = wordEnd(j);
        j = specialWord(j, partEnd) ? TO_FLYWAY : partEnd;
      }
    }
    return j;
  }

  /** The end of the word part from {@code j}: letters, digits, {@code _} and {@code $}. */
  private int wordEnd(int j) {
    while (j < length) {
      char c = text.charAt(j);
      if (c == '_' || c == '$' || Character.isLetterOrDigit(c)) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** Whether {@code text[from, to)} is a word that Flyway's PostgreSQL parser acts on. */
  private boolean specialWord(int from, int to) {
    int n = to - from;
    return postgres
        && ((n == 6 && text.regionMatches(true, from, "ATOMIC", 0, 6))
            || (n == 4 && text.regionMatches(true, from, "COPY", 0, 4)));
  }

  private int digitsEnd(int j) {
    while (j < length && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    return j;
  }

  /** A {@code --} comment ends before the next line feed or carriage return. */
  private int lineCommentEnd(int j) {
    while (j < length && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
      j++;
    }
    return j;
  }

  /** A block comment whose body starts at {@code j}; inner {@code /*} nest. */
  private int blockCommentEnd(int j) {
    int depth = 0;
    while (j + 1 < length) {
      char c = text.charAt(j);
      char next = text.charAt(j + 1);
      if (c == '*' && next == '/') {
        if (depth == 0) {
          return j + 2;
        }
        depth--;
        j += 2;
      } else if (c == '/' && next == '*') {
        depth++;
        j += 2;
      } else {
        j++;
      }
    }
    return TO_FLYWAY;
  }
}
