package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A light SQL tokenizer for the rewrites that must know where a word sits: it tells words from
 * quoted identifiers, string literals, comments and punctuation, by the dialect's rules (MySQL's
 * backticks, {@code #} comments and backslash escapes, SQL Server's brackets, PostgreSQL's
 * dollar-quoted bodies and nested block comments). It never fails: an unterminated quote or comment
 * runs to the end of the text.
 */
final class SqlTokens {

  /** What a token is. */
  enum Kind {
    WORD,
    QUOTED,
    STRING,
    NUMBER,
    PUNCT,
    COMMENT
  }

  /** One token: its kind and where it is in the text ({@code end} exclusive). */
  record Token(Kind kind, int start, int end, String text) {
    boolean isWord(String word) {
      return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isPunct(char c) {
      return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }

    /** A word or quoted identifier: something that can be a name. */
    boolean isName() {
      return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    /** The name without its quotes, upper-cased for a word (words compare without case). */
    String upper() {
      return text.toUpperCase(Locale.ROOT);
    }

    /** The name with its quotes taken off. */
    String bare() {
      return kind == Kind.QUOTED ? SqlIdentifier.of(text).name() : text;
    }
  }

  private SqlTokens() {}

  /** Every token of {@code sql}, comments included, in order. */
  static List<Token> all(String sql, Dialect dialect) {
    List<Token> out = new ArrayList<>();
    boolean mysql = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      char next = i + 1 < n ? sql.charAt(i + 1) : 0;
      int end;
      Kind kind;
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      } else if ((c == '-' && next == '-') || (c == '#' && mysql)) {
        end = lineEnd(sql, i);
        kind = Kind.COMMENT;
      } else if (c == '/' && next == '*') {
        end = blockCommentEnd(sql, i, dialect == Dialect.POSTGRESQL);
        kind = Kind.COMMENT;
      } else if (c == '\'') {
        end = quoteEnd(sql, i, '\'', mysql);
        kind = Kind.STRING;
      } else if (c == '"' || (c == '`' && mysql)) {
        end = quoteEnd(sql, i, c, false);
        kind = Kind.QUOTED;
      } else if (c == '[' && dialect == Dialect.SQLSERVER) {
        int close = sql.indexOf(']', i + 1);
        end = close < 0 ? n : close + 1;
        kind = Kind.QUOTED;
      } else if (c == '$' && dialect == Dialect.POSTGRESQL && dollarTag(sql, i) != null) {
        String tag = dollarTag(sql, i);
        int close = sql.indexOf(tag, i + tag.length());
        end = close < 0 ? n : close + tag.length();
        kind = Kind.STRING;
      } else if (Character.isLetter(c) || c == '_' || (c == '#' && dialect == Dialect.SQLSERVER)) {
        end = i + 1;
        while (end < n && isWordPart(sql.charAt(end))) {
          end++;
        }
        kind = Kind.WORD;
      } else if (Character.isDigit(c)) {
        end = i + 1;
        while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
          end++;
        }
        kind = Kind.NUMBER;
      } else {
        end = i + 1;
        kind = Kind.PUNCT;
      }
      out.add(new Token(kind, i, end, sql.substring(i, end)));
      i = end;
    }
    return out;
  }

  /** The tokens without comments: what the statement's grammar sees. */
  static List<Token> code(String sql, Dialect dialect) {
    List<Token> all = all(sql, dialect);
    all.removeIf(t -> t.kind() == Kind.COMMENT);
    return all;
  }

  /** A statement's code tokens (unmodifiable) and where its names are. */
  record Coded(List<Token> tokens, IdentifierPositions names) {}

  /** The last statement coded on a thread: its owner, text (compared by identity) and dialect. */
  private record Memo(Thread owner, String sql, Dialect dialect, Coded coded) {}

  /** A few slots, one per thread as far as their hashes spread; a slot is only read by its owner. */
  private static final AtomicReferenceArray<Memo> LAST = new AtomicReferenceArray<>(16);

  /**
   * The code tokens of {@code sql} and its name positions. The same text (the same string) asked
   * for again on the same thread is not read twice: {@link KeywordQuoting} reads a statement, and
   * when it quotes nothing, {@link ParseSanity} reads the very string that was parsed.
   */
  static Coded coded(String sql, Dialect dialect) {
    Thread me = Thread.currentThread();
    int slot = System.identityHashCode(me) & (LAST.length() - 1);
    Memo last = LAST.get(slot);
    if (last != null && last.owner() == me && last.sql() == sql && last.dialect() == dialect) {
      return last.coded();
    }
    List<Token> tokens = Collections.unmodifiableList(code(sql, dialect));
    Coded coded = new Coded(tokens, IdentifierPositions.of(tokens));
    LAST.set(slot, new Memo(me, sql, dialect, coded));
    return coded;
  }

  /**
   * Whether {@code text} holds {@code word} in any case: true wherever a case-blind regular
   * expression could find the word, so that a false answer lets the expression be skipped.
   */
  static boolean mayContain(String text, String word) {
    int last = text.length() - word.length();
    char first = word.charAt(0);
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == first || c > 127 || Character.toUpperCase(c) == first) && text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static int lineEnd(String sql, int from) {
    int end = from;
    while (end < sql.length() && sql.charAt(end) != '\n' && sql.charAt(end) != '\r') {
      end++;
    }
    return end;
  }

  private static int blockCommentEnd(String sql, int from, boolean nested) {
    int depth = 0;
    int i = from;
    while (i + 1 < sql.length()) {
      if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
        depth = nested || depth == 0 ? depth + 1 : depth;
        i += 2;
      } else if (sql.charAt(i) == '*' && sql.charAt(i + 1) == '/') {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  /** The end of a quoted run: the quote doubled is an escape, and so is a backslash where allowed. */
  private static int quoteEnd(String sql, int from, char quote, boolean backslash) {
    int i = from + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslash && c == '\\') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  /** The dollar-quote tag ({@code $$} or {@code $body$}) starting at {@code at}, or null. */
  private static String dollarTag(String sql, int at) {
    int i = at + 1;
    while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
      i++;
    }
    if (i < sql.length() && sql.charAt(i) == '$' && (i == at + 1 || !Character.isDigit(sql.charAt(at + 1)))) {
      return sql.substring(at, i + 1);
    }
    return null;
  }
}
