package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of one {@link FlywayScriptSplitter#split} call: the statements Flyway's parser cut,
 * the problems found, and the checks that nothing was swallowed or dropped silently.
 */
final class ScriptSplitting {

  private static final String SENTINEL = "SELECT 4711";
  private static final Pattern FLYWAY_POSITION = Pattern.compile(" at line (\\d+) col (\\d+)");

  /** The script as given, minus a byte order mark: statements are cut from it. */
  private final String original;

  /** The script with placeholders masked: parsing and scanning read this one. */
  private final String text;

  private final Dialect dialect;
  private final ScriptFamily family;
  private final ScriptLexer lexer;
  private final String fileName;

  /** Built on first use: a script the plain cut takes loads none of Flyway's parser classes. */
  private FlywayParsing flyway;
  private final List<FlywayParsing.Piece> pieces = new ArrayList<>();
  private final List<FlywayScriptSplitter.SplitProblem> problems = new ArrayList<>();

  /** Ranges lost to a reported problem, as start and end pairs; coverage skips them. */
  private final List<int[]> lostRanges = new ArrayList<>();

  /** Whether a plain script may be cut without Flyway's parser ({@link PlainScriptCut}). */
  private final boolean plainCut;

  ScriptSplitting(String original, Dialect dialect, String fileName) {
    this(original, dialect, fileName, true);
  }

  ScriptSplitting(String original, Dialect dialect, String fileName, boolean plainCut) {
    this.plainCut = plainCut;
    this.original = original;
    this.text = maskPlaceholders(original);
    this.dialect = dialect;
    this.family = ScriptFamily.of(dialect);
    this.lexer = new ScriptLexer(text, family);
    this.fileName = fileName;
  }

  FlywayScriptSplitter.SplitResult run() {
    family.split(this);
    checkCoverage();
    List<SqlStatementText> statements = new ArrayList<>(pieces.size());
    for (FlywayParsing.Piece piece : pieces) {
      statements.add(
          new SqlStatementText(
              original.substring(piece.start(), piece.end()),
              lexer.lineOf(piece.start()),
              lexer.columnOf(piece.start())));
    }
    return new FlywayScriptSplitter.SplitResult(statements, problems);
  }

  ScriptLexer lexer() {
    return lexer;
  }

  /** The statements cut so far, in order; a family may merge them. */
  List<FlywayParsing.Piece> pieces() {
    return pieces;
  }

  /** Marks {@code text[from, to)} as lost to a problem already reported. */
  void lose(int from, int to) {
    lostRanges.add(new int[] {from, to});
  }

  /** Parses the whole script, then drops a last statement that swallowed the rest of it. */
  void splitWhole() {
    List<FlywayParsing.Piece> plain = plainCut && pieces.isEmpty() ? family.plainCut(lexer, dialect) : null;
    if (plain != null) {
      pieces.addAll(plain);
      return;
    }
    int before = pieces.size();
    if (parse(0, text.length()) && pieces.size() > before) {
      dropIfUnterminated(pieces.get(pieces.size() - 1), text.length());
    }
  }

  /**
   * Runs Flyway's parser over {@code text[from, to)} and adds its statements. On a Flyway error
   * it records a problem at the failing statement, marks the rest of the region as lost and
   * returns false.
   */
  boolean parse(int from, int to) {
    try {
      flyway().parse(text.substring(from, to), from, text.length(), pieces::add);
      return true;
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      int offset = flywayOffset(e.getMessage(), from);
      addProblem(offset, failure(root, offset));
      lose(offset, to);
      return false;
    }
  }

  private FlywayParsing flyway() {
    if (flyway == null) {
      flyway = new FlywayParsing(dialect, fileName);
    }
    return flyway;
  }

  private String failure(Throwable root, int offset) {
    if (FlywayParsing.tooLarge(root)) {
      return "Flyway's " + dialect.optionValue() + " parser cannot split this statement in reasonable"
          + " time or memory, so it is skipped; a quote or comment that is never closed can"
          + " cause this";
    }
    if (FlywayParsing.readPastEnd(root)) {
      return text.regionMatches(true, offset, "COPY", 0, 4)
          ? "COPY data is not ended by a '\\.' line"
          : "statement never ends: Flyway's parser kept reading past the end of the file";
    }
    String detail = FLYWAY_POSITION.matcher(firstLine(root.getMessage())).replaceAll("");
    if (detail.length() > 120) {
      detail = detail.substring(0, 117) + "...";
    }
    return "statement cannot be split by Flyway's " + dialect.optionValue() + " parser: " + detail;
  }

  /**
   * Drops the last statement and reports the construct left open if the statement runs to {@code
   * limit} without a delimiter and Flyway would let it swallow a following statement.
   */
  private void dropIfUnterminated(FlywayParsing.Piece last, int limit) {
    if (last.copyFromStdin() || !lexer.isBlank(last.end(), limit) || closesCleanly(last)) {
      return;
    }
    pieces.remove(pieces.size() - 1);
    lose(last.start(), limit);
    int open = lexer.findOpenConstruct(last.start(), limit);
    if (open >= 0) {
      addProblem(open, "unterminated " + lexer.constructKind() + " runs to the end of the file");
    } else {
      addProblem(last.start(), "statement is not terminated: a quote or comment in it is never closed");
    }
  }

  /**
   * Whether Flyway, given the statement followed by its delimiter and a sentinel statement,
   * returns the sentinel on its own, that is, whether nothing in the statement is left open.
   */
  private boolean closesCleanly(FlywayParsing.Piece last) {
    String delimiter = last.delimiter().isEmpty() ? ";" : last.delimiter();
    StringBuilder probe = new StringBuilder(last.end() - last.start() + 40);
    probe.append(family.probePrefix(delimiter));
    probe.append(text, last.start(), last.end());
    probe.append('\n').append(delimiter).append('\n').append(SENTINEL).append('\n');
    try {
      List<String> statements = flyway().statementTexts(probe.toString());
      return statements.size() >= 2 && statements.get(statements.size() - 1).equals(SENTINEL);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Checks that the text between statements holds nothing a database would run. */
  private void checkCoverage() {
    int from = 0;
    FlywayParsing.Piece previous = null;
    for (FlywayParsing.Piece piece : pieces) {
      if (!checkGap(from, piece.start(), previous)) {
        return;
      }
      from = piece.end();
      previous = piece;
    }
    checkGap(from, text.length(), previous);
  }

  /** The end of the lost range holding {@code offset}, or {@code offset} if none does. */
  private int skipLost(int offset) {
    for (int[] range : lostRanges) {
      if (offset >= range[0] && offset < range[1]) {
        return range[1];
      }
    }
    return offset;
  }

  /**
   * Checks one stretch between statements, after {@code previous}; returns false if the check
   * cannot go on because a comment runs to the end of the file.
   */
  private boolean checkGap(int from, int to, FlywayParsing.Piece previous) {
    if (previous != null && previous.copyFromStdin()) {
      int copyLineEnd = Math.min(lexer.lineEnd(from), to);
      return checkGapText(from, copyLineEnd, null)
          && checkGapText(copyDataEnd(Math.min(copyLineEnd + 1, to), to), to, null);
    }
    return checkGapText(from, to, previous);
  }

  private boolean checkGapText(int from, int to, FlywayParsing.Piece previous) {
    int i = from;
    boolean delimiterAllowed = previous != null && !previous.delimiter().isEmpty();
    while (i < to) {
      int lostEnd = skipLost(i);
      if (lostEnd > i) {
        i = lostEnd;
        continue;
      }
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == ';' || c == '\uFEFF') { // Flyway's reader drops a mark
        i++;
        continue;
      }
      if (lexer.isComment(i)) {
        int end = lexer.constructEnd(i);
        if (end == ScriptLexer.UNTERMINATED) {
          addProblem(i, "unterminated comment runs to the end of the file");
          return false;
        }
        i = end;
        continue;
      }
      if (delimiterAllowed && text.startsWith(previous.delimiter(), i)) {
        i += previous.delimiter().length();
        delimiterAllowed = false;
        continue;
      }
      int consumed = family.consumedBetweenStatements(lexer, i);
      if (consumed >= 0) {
        i = consumed;
        continue;
      }
      int snippetEnd = Math.min(lexer.lineEnd(i), Math.min(to, i + 40));
      addProblem(
          i,
          "text between statements was not split into a statement: '"
              + original.substring(i, snippetEnd).strip()
              + "'");
      return true;
    }
    return true;
  }

  /** The offset after the {@code \.} line that ends {@code COPY ... FROM STDIN} data. */
  private int copyDataEnd(int from, int to) {
    int lineStart = from;
    while (lineStart < to) {
      int end = lexer.lineEnd(lineStart);
      if (text.substring(lineStart, end).strip().equals("\\.")) {
        return end;
      }
      lineStart = end + 1;
    }
    return to;
  }

  /** The script offset of the first "at line L col C" in a Flyway message about a region. */
  private int flywayOffset(String message, int regionStart) {
    Matcher position = FLYWAY_POSITION.matcher(message == null ? "" : message);
    if (!position.find()) {
      return regionStart;
    }
    int regionLine = lexer.lineIndex(regionStart);
    int line = regionLine + Integer.parseInt(position.group(1)) - 1;
    int column = Integer.parseInt(position.group(2));
    int start = lexer.lineStart(line);
    if (start < 0) {
      return regionStart;
    }
    int lineStart = line == regionLine ? regionStart : start;
    return Math.min(lineStart + Math.max(column, 1) - 1, text.length());
  }

  void addProblem(int offset, String message) {
    problems.add(new FlywayScriptSplitter.SplitProblem(lexer.lineOf(offset), lexer.columnOf(offset), message));
  }

  /**
   * The script with each {@code ${placeholder}} overwritten by underscores of the same length.
   * Flyway replaces placeholders before it parses, and some parsers misread them (PostgreSQL
   * takes {@code $} for the start of a dollar quote); a same-length mask splits like the replaced
   * text would, while every offset still points into the original.
   */
  private static String maskPlaceholders(String script) {
    int start = script.indexOf("${");
    if (start < 0) {
      return script;
    }
    char[] chars = script.toCharArray();
    while (start >= 0) {
      int end = script.indexOf('}', start + 2);
      int lineEnd = script.indexOf('\n', start);
      if (end < 0) {
        break;
      }
      if (lineEnd < 0 || end < lineEnd) {
        Arrays.fill(chars, start, end + 1, '_');
        start = script.indexOf("${", end + 1);
      } else {
        start = script.indexOf("${", start + 2);
      }
    }
    return new String(chars);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
