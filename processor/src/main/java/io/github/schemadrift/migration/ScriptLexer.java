package io.github.schemadrift.migration;

import java.util.Arrays;

/**
 * Reads one script the way its dialect family quotes and comments: where a string, quoted name,
 * dollar quote or comment ends, whether one is left open, and which line and column an offset is
 * at. The family decides the dialect-specific parts ({@link ScriptFamily}); the rest is shared.
 */
final class ScriptLexer {

  /** {@link #constructEnd}: no string, quoted name or comment starts here. */
  static final int NO_CONSTRUCT = -2;

  /** {@link #constructEnd}: the construct that starts here is never closed. */
  static final int UNTERMINATED = -1;

  private final String text;
  private final ScriptFamily family;
  private final int[] lineStarts;

  /** The kind of the construct {@link #constructEnd} last looked at, for a message. */
  private String constructKind = "";

  ScriptLexer(String text, ScriptFamily family) {
    this.text = text;
    this.family = family;
    this.lineStarts = lineStarts(text);
  }

  String text() {
    return text;
  }

  String constructKind() {
    return constructKind;
  }

  void constructKind(String kind) {
    constructKind = kind;
  }

  /**
   * If a string, quoted name or comment of this dialect starts at {@code i}, the offset after it,
   * or {@link #UNTERMINATED} if it is never closed (its kind is left in {@link #constructKind});
   * {@link #NO_CONSTRUCT} otherwise.
   */
  int constructEnd(int i) {
    char c = text.charAt(i);
    char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
    if ((c == '-' && next == '-') || (c == '#' && family.hashComments())) {
      return lineEnd(i);
    }
    if (c == '/' && next == '*') {
      constructKind = "comment";
      return blockCommentEnd(i);
    }
    if (c == '\'') {
      constructKind = "string literal";
      return quotedEnd(i, '\'', family.backslashEscapes(this, i));
    }
    if (c == '"') {
      constructKind = family.doubleQuotedStrings() ? "string literal" : "quoted identifier";
      return quotedEnd(i, '"', family.doubleQuotedStrings());
    }
    return family.specialConstructEnd(this, i);
  }

  /** Whether a comment starts at {@code i}. */
  boolean isComment(int i) {
    char c = text.charAt(i);
    if (c == '-') {
      return text.startsWith("--", i);
    }
    if (c == '#') {
      return family.hashComments();
    }
    return text.startsWith("/*", i) && !(family.executableComments() && text.startsWith("/*!", i));
  }

  /** The first quote, dollar quote or comment in {@code text[from, to)} that is not closed, or -1. */
  int findOpenConstruct(int from, int to) {
    int i = from;
    while (i < to) {
      int end = constructEnd(i);
      if (end == UNTERMINATED) {
        return i;
      }
      i = end == NO_CONSTRUCT ? i + 1 : end;
    }
    return -1;
  }

  int quotedEnd(int i, char quote, boolean backslashEscapes) {
    int length = text.length();
    int j = i + 1;
    while (j < length) {
      char c = text.charAt(j);
      if (backslashEscapes && c == '\\') {
        j += 2;
      } else if (c == quote) {
        if (j + 1 < length && text.charAt(j + 1) == quote) {
          j += 2;
        } else {
          return j + 1;
        }
      } else {
        j++;
      }
    }
    return UNTERMINATED;
  }

  private int blockCommentEnd(int i) {
    boolean nests = family.nestedComments();
    int depth = 0;
    int j = i;
    while (j + 1 < text.length()) {
      if (text.charAt(j) == '/' && text.charAt(j + 1) == '*' && (depth == 0 || nests)) {
        depth++;
        j += 2;
      } else if (text.charAt(j) == '*' && text.charAt(j + 1) == '/') {
        depth--;
        j += 2;
        if (depth == 0) {
          return j;
        }
      } else {
        j++;
      }
    }
    return UNTERMINATED;
  }

  /** A dollar quote at {@code i}: {@code $tag$...$tag$} when {@code tagged}, else {@code $$...$$}. */
  int dollarQuotedEnd(int i, boolean tagged) {
    char before = i > 0 ? text.charAt(i - 1) : '\0';
    if (isIdentifierChar(before) || before == '$') {
      return NO_CONSTRUCT;
    }
    int j = i + 1;
    if (tagged) {
      while (j < text.length() && isIdentifierChar(text.charAt(j))) {
        j++;
      }
    }
    if (j >= text.length()
        || text.charAt(j) != '$'
        || (j > i + 1 && Character.isDigit(text.charAt(i + 1)))) {
      return NO_CONSTRUCT;
    }
    String tag = text.substring(i, j + 1);
    constructKind = "dollar-quoted string " + tag;
    int close = text.indexOf(tag, j + 1);
    return close < 0 ? UNTERMINATED : close + tag.length();
  }

  /**
   * {@link #isIdentifierChar} and {@link Character#isWhitespace} of each ASCII character, computed
   * once by the same predicates: a cold replay asks them for every character of every script, and a
   * look-up costs the interpreter a fraction of the JDK's character-class calls.
   */
  private static final boolean[] ASCII_IDENTIFIER = new boolean[128];

  private static final boolean[] ASCII_WHITESPACE = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_IDENTIFIER[c] = Character.isLetterOrDigit(c) || c == '_';
      ASCII_WHITESPACE[c] = Character.isWhitespace(c);
    }
  }

  static boolean isIdentifierChar(char c) {
    return c < 128 ? ASCII_IDENTIFIER[c] : Character.isLetterOrDigit(c) || c == '_';
  }

  /** {@link Character#isWhitespace(char)}, with the ASCII answers looked up. */
  static boolean isWhitespace(char c) {
    return c < 128 ? ASCII_WHITESPACE[c] : Character.isWhitespace(c);
  }

  boolean startsWithWord(int i, String word) {
    int end = i + word.length();
    return text.regionMatches(true, i, word, 0, word.length())
        && (end == text.length() || isWhitespace(text.charAt(end)));
  }

  boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  boolean isBlankOrComment(int from, int to) {
    int i = from;
    while (i < to) {
      if (isWhitespace(text.charAt(i))) {
        i++;
      } else if (isComment(i)) {
        int end = constructEnd(i);
        if (end < 0) {
          return false;
        }
        i = end;
      } else {
        return false;
      }
    }
    return true;
  }

  int skipBlanks(int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** The offset of the line break ending the line at {@code i}, or the text's length. */
  int lineEnd(int i) {
    int end = text.indexOf('\n', i);
    return end < 0 ? text.length() : end;
  }

  int lineStartOf(int offset) {
    return lineStarts[lineIndex(offset)];
  }

  /** The start of the 0-based line {@code index}, or -1 past the last line. */
  int lineStart(int index) {
    return index < lineStarts.length ? lineStarts[index] : -1;
  }

  int lineOf(int offset) {
    return lineIndex(offset) + 1;
  }

  int columnOf(int offset) {
    return offset - lineStartOf(offset) + 1;
  }

  int lineIndex(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index : -index - 2;
  }

  private static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }
}
