package io.github.schemadrift.migration;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.configuration.ClassicConfiguration;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.extensibility.Plugin;
import org.flywaydb.core.internal.database.h2.H2Parser;
import org.flywaydb.core.internal.parser.Parser;
import org.flywaydb.core.internal.parser.ParserContext;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.flywaydb.core.internal.parser.PeekingReader;
import org.flywaydb.core.internal.parser.Token;
import org.flywaydb.core.internal.plugin.PluginRegister;
import org.flywaydb.core.internal.sqlscript.ParsedSqlStatement;
import org.flywaydb.core.internal.sqlscript.SqlStatement;
import org.flywaydb.core.internal.sqlscript.SqlStatementIterator;
import org.flywaydb.database.mysql.MySQLParser;
import org.flywaydb.database.mysql.mariadb.MariaDBParser;
import org.flywaydb.database.oracle.OracleParser;
import org.flywaydb.database.postgresql.PostgreSQLCopyParsedStatement;
import org.flywaydb.database.postgresql.PostgreSQLParser;

/**
 * Cuts a migration script into statements exactly where Flyway would cut it, so that a replay sees
 * the statements the database saw. This is the only class that touches Flyway's internal parser API
 * ({@code org.flywaydb.core.internal.parser}); when Flyway changes it, only this class changes.
 *
 * <p>Each dialect uses Flyway's own parser, built directly rather than through {@code Flyway} or a
 * database type: {@link PostgreSQLParser} ({@code $$} bodies, {@code DO} blocks, {@code COPY ...
 * FROM STDIN} data), {@link MySQLParser} and {@link MariaDBParser} ({@code DELIMITER}, backticks,
 * and MySQL's executable {@code /*!} comments, which stay statements because MySQL runs them),
 * {@link OracleParser} (PL/SQL blocks ended by {@code /}) and {@link H2Parser}. The configuration
 * is built once per class loader, with Flyway's placeholder replacement off and a plugin register
 * that offers no plugins: nothing here runs a {@code ServiceLoader} scan or reads the thread
 * context class loader, which inside javac belongs to someone else, and nothing depends on Flyway's
 * package name, which the processor jar relocates.
 *
 * <p>Placeholders are left in the statements, to be resolved by a later stage, but Flyway's parsers
 * must not see them: Flyway replaces them before parsing, and the PostgreSQL parser takes the
 * {@code $} of {@code ${schema}} for a dollar quote that swallows the file. So the parsers read a
 * copy in which every {@code ${...}} is masked by underscores of the same length; offsets stay
 * valid and statement text is cut from the original.
 *
 * <p>SQL Server has no Flyway parser at this version ({@code flyway-sqlserver} stops before 13), so
 * its scripts are first cut into batches at {@code GO} lines (a line holding only {@code GO}, in
 * any case, optionally followed by a repeat count or a {@code --} comment; {@code GO} inside
 * strings and comments does not count), and each batch is then split on {@code ;} by Flyway's base
 * parser, taught T-SQL's {@code [bracketed]} names and {@code BEGIN}/{@code END} and {@code
 * CASE}/{@code END} nesting so that procedural blocks stay whole. A batch that defines a procedure,
 * function, trigger or view stays one statement, because T-SQL requires such a definition to fill
 * its batch and its body need not be wrapped in {@code BEGIN}/{@code END}. T-SQL statements that
 * are not ended by {@code ;} inside one batch stay together in one statement; telling them apart
 * needs a grammar, which is the next stage's job.
 *
 * <p>Flyway reads unterminated strings, dollar quotes and comments to the end of the file without
 * complaint. This class reports them: when the last statement runs to the end of the script without
 * a delimiter, that statement is parsed again followed by a delimiter and a sentinel statement; if
 * Flyway does not return the sentinel on its own, the statement swallowed the rest of the file, is
 * dropped, and a problem names the quote or comment that was left open. Two Flyway 13.12.1 failure
 * modes are bounded instead of trusted: reading past the end of the input (an endless loop on
 * {@code COPY} data without {@code \.} or a bare {@code DELIMITER}) and the Oracle parser's
 * quadratic pattern matching on huge statements.
 *
 * <p>Finally, every stretch of the script between two statements must hold only whitespace,
 * comments, delimiters and the lines Flyway consumes itself ({@code DELIMITER} commands, Oracle's
 * {@code /}, {@code GO} lines, {@code COPY} data). This check is linear in the length of the gaps
 * and makes sure no text was dropped silently; anything else found there becomes a problem at its
 * position.
 */
public final class FlywayScriptSplitter {

  /** The statements of one script in file order, and what went wrong while splitting it. */
  public record SplitResult(List<SqlStatementText> statements, List<SplitProblem> problems) {
    public SplitResult {
      statements = List.copyOf(statements);
      problems = List.copyOf(problems);
    }
  }

  /** Something that kept part of a script from being split, at a 1-based line and column. */
  public record SplitProblem(int line, int column, String message) {}

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final int NO_CONSTRUCT = -2;
  private static final int UNTERMINATED = -1;
  private static final String SENTINEL = "SELECT 4711";
  private static final Pattern FLYWAY_POSITION = Pattern.compile(" at line (\\d+) col (\\d+)");
  private static final Pattern TSQL_MODULE_DEFINITION =
      Pattern.compile(
          "(?:CREATE\\s+(?:OR\\s+ALTER\\s+)?|ALTER\\s+)(?:PROC|PROCEDURE|FUNCTION|TRIGGER|VIEW)\\b",
          Pattern.CASE_INSENSITIVE);

  private FlywayScriptSplitter() {}

  /** Splits one script; never throws for bad SQL content, reports instead. */
  public static SplitResult split(String script, Dialect dialect, String fileName) {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(fileName, "fileName");
    String text =
        !script.isEmpty() && script.charAt(0) == BYTE_ORDER_MARK ? script.substring(1) : script;
    return new Splitting(text, dialect, fileName).run();
  }

  /** A statement as a range of the script, with the delimiter Flyway saw after it. */
  private record Piece(int start, int end, String delimiter, boolean copyFromStdin) {}

  /** The state of one {@link #split} call. */
  private static final class Splitting {
    /** The script as given, minus a byte order mark: statements are cut from it. */
    private final String original;

    /** The script with placeholders masked: parsing and scanning read this one. */
    private final String text;

    private final Dialect dialect;
    private final String fileName;
    private final boolean mysqlFamily;
    private final int[] lineStarts;
    private final List<Piece> pieces = new ArrayList<>();
    private final List<SplitProblem> problems = new ArrayList<>();

    /** Ranges lost to a reported problem, as start and end pairs; coverage skips them. */
    private final List<int[]> lostRanges = new ArrayList<>();

    private Parser parser;
    private String constructKind = "";

    Splitting(String text, Dialect dialect, String fileName) {
      this.original = text;
      this.text = maskPlaceholders(text);
      this.dialect = dialect;
      this.fileName = fileName;
      this.mysqlFamily = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
      this.lineStarts = lineStarts(text);
    }

    SplitResult run() {
      if (dialect == Dialect.SQLSERVER) {
        splitBatches();
      } else {
        int before = pieces.size();
        if (parse(0, text.length()) && pieces.size() > before) {
          dropIfUnterminated(pieces.get(pieces.size() - 1), text.length());
        }
      }
      checkCoverage();
      List<SqlStatementText> statements = new ArrayList<>(pieces.size());
      for (Piece piece : pieces) {
        statements.add(
            new SqlStatementText(
                original.substring(piece.start(), piece.end()),
                lineOf(piece.start()),
                columnOf(piece.start())));
      }
      return new SplitResult(statements, problems);
    }

    /**
     * Runs Flyway's parser over {@code text[from, to)} and adds its statements. On a Flyway error
     * it records a problem at the failing statement, marks the rest of the region as lost and
     * returns false.
     */
    private boolean parse(int from, int to) {
      String region = text.substring(from, to);
      if (parser == null) {
        parser = newParser(dialect, new ParsingContext(), new TokenBudget(text.length()));
      }
      try (SqlStatementIterator statements = parser.parse(resource(region))) {
        while (statements.hasNext()) {
          Piece piece = toPiece(statements.next(), region, from);
          if (piece != null) {
            pieces.add(piece);
          }
        }
        return true;
      } catch (RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
          root = root.getCause();
        }
        int offset = flywayOffset(e.getMessage(), from);
        if (root instanceof StatementTooLargeException) {
          addProblem(
              offset,
              "Flyway's " + dialect.optionValue() + " parser cannot split this statement in reasonable"
                  + " time or memory, so it is skipped; a quote or comment that is never closed can"
                  + " cause this");
        } else if (root instanceof ReadPastEndException) {
          addProblem(
              offset,
              text.regionMatches(true, offset, "COPY", 0, 4)
                  ? "COPY data is not ended by a '\\.' line"
                  : "statement never ends: Flyway's parser kept reading past the end of the file");
        } else {
          String detail = FLYWAY_POSITION.matcher(firstLine(root.getMessage())).replaceAll("");
          if (detail.length() > 120) {
            detail = detail.substring(0, 117) + "...";
          }
          addProblem(
              offset,
              "statement cannot be split by Flyway's "
                  + dialect.optionValue()
                  + " parser: "
                  + detail);
        }
        lostRanges.add(new int[] {offset, to});
        return false;
      }
    }

    /**
     * Turns Flyway's statement into a range of the script. Flyway gives the offset of the first
     * token after leading comments, and a text that may begin with those comments and ends where
     * the statement ends.
     */
    private Piece toPiece(SqlStatement statement, String region, int regionStart) {
      if (!(statement instanceof ParsedSqlStatement parsed)) {
        return null;
      }
      String sql = parsed.getSql();
      int pos = parsed.getPos();
      int lowest = Math.max(0, pos - sql.length());
      int recordedStart = pos;
      while (recordedStart >= lowest && !region.startsWith(sql, recordedStart)) {
        recordedStart--;
      }
      int end = recordedStart >= lowest ? recordedStart + sql.length() : pos + sql.strip().length();
      end = Math.min(end, region.length());
      while (end > pos && Character.isWhitespace(region.charAt(end - 1))) {
        end--;
      }
      if (end <= pos) {
        return null;
      }
      boolean copy = parsed instanceof PostgreSQLCopyParsedStatement;
      String delimiter = copy ? "" : parsed.getDelimiter().strip();
      return new Piece(regionStart + pos, regionStart + end, delimiter, copy);
    }

    /**
     * Drops the last statement and reports the construct left open if the statement runs to {@code
     * limit} without a delimiter and Flyway would let it swallow a following statement.
     */
    private void dropIfUnterminated(Piece last, int limit) {
      if (last.copyFromStdin() || !isBlank(last.end(), limit) || closesCleanly(last)) {
        return;
      }
      pieces.remove(pieces.size() - 1);
      lostRanges.add(new int[] {last.start(), limit});
      int open = findOpenConstruct(last.start(), limit);
      if (open >= 0) {
        addProblem(open, "unterminated " + constructKind + " runs to the end of the file");
      } else {
        addProblem(
            last.start(), "statement is not terminated: a quote or comment in it is never closed");
      }
    }

    /**
     * Whether Flyway, given the statement followed by its delimiter and a sentinel statement,
     * returns the sentinel on its own, that is, whether nothing in the statement is left open.
     */
    private boolean closesCleanly(Piece last) {
      String delimiter = last.delimiter().isEmpty() ? ";" : last.delimiter();
      StringBuilder probe = new StringBuilder(last.end() - last.start() + 40);
      if (mysqlFamily && !delimiter.equals(";")) {
        probe.append("DELIMITER ").append(delimiter).append('\n');
      }
      probe.append(text, last.start(), last.end());
      probe.append('\n').append(delimiter).append('\n').append(SENTINEL).append('\n');
      try (SqlStatementIterator statements =
          newParser(dialect, new ParsingContext(), new TokenBudget(probe.length())).parse(resource(probe.toString()))) {
        int count = 0;
        String lastSql = "";
        while (statements.hasNext()) {
          lastSql = statements.next().getSql().strip();
          count++;
        }
        return count >= 2 && lastSql.equals(SENTINEL);
      } catch (RuntimeException e) {
        return false;
      }
    }

    /** Cuts a SQL Server script at {@code GO} lines and splits each batch. */
    private void splitBatches() {
      int length = text.length();
      int batchStart = 0;
      int i = 0;
      while (i < length) {
        if (i == 0 || text.charAt(i - 1) == '\n') {
          int goEnd = goLineEnd(i);
          if (goEnd >= 0) {
            splitBatch(batchStart, i);
            i = goEnd;
            batchStart = i;
            continue;
          }
        }
        int end = constructEnd(i);
        if (end == UNTERMINATED) {
          String kind = constructKind;
          int before = pieces.size();
          splitBatch(batchStart, i);
          int lostFrom = i;
          if (pieces.size() > before && isBlank(pieces.get(pieces.size() - 1).end(), i)) {
            lostFrom = pieces.remove(pieces.size() - 1).start();
          }
          lostRanges.add(new int[] {lostFrom, length});
          addProblem(i, "unterminated " + kind + " runs to the end of the file");
          return;
        }
        i = end == NO_CONSTRUCT ? i + 1 : end;
      }
      splitBatch(batchStart, length);
    }

    private void splitBatch(int from, int to) {
      if (isBlankOrComment(from, to)) {
        return;
      }
      int first = pieces.size();
      parse(from, to);
      if (pieces.size() - first > 1) {
        Piece head = pieces.get(first);
        Matcher module = TSQL_MODULE_DEFINITION.matcher(text).region(head.start(), head.end());
        if (module.lookingAt()) {
          Piece tail = pieces.get(pieces.size() - 1);
          pieces.subList(first, pieces.size()).clear();
          pieces.add(new Piece(head.start(), tail.end(), tail.delimiter(), false));
        }
      }
    }

    /** The offset after a {@code GO} line starting at {@code lineStart}, or -1. */
    private int goLineEnd(int lineStart) {
      int length = text.length();
      int i = skipBlanks(lineStart);
      if (i + 2 > length
          || Character.toUpperCase(text.charAt(i)) != 'G'
          || Character.toUpperCase(text.charAt(i + 1)) != 'O') {
        return -1;
      }
      i += 2;
      int afterGo = i;
      i = skipBlanks(i);
      if (i > afterGo) {
        while (i < length && Character.isDigit(text.charAt(i))) {
          i++;
        }
        i = skipBlanks(i);
      }
      if (text.startsWith("--", i)) {
        i = lineEnd(i);
      }
      if (i < length && text.charAt(i) == '\r') {
        i++;
      }
      if (i == length) {
        return i;
      }
      return text.charAt(i) == '\n' ? i + 1 : -1;
    }

    /** Checks that the text between statements holds nothing a database would run. */
    private void checkCoverage() {
      int from = 0;
      Piece previous = null;
      for (Piece piece : pieces) {
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
    private boolean checkGap(int from, int to, Piece previous) {
      if (previous != null && previous.copyFromStdin()) {
        int copyLineEnd = Math.min(lineEnd(from), to);
        return checkGapText(from, copyLineEnd, null)
            && checkGapText(copyDataEnd(Math.min(copyLineEnd + 1, to), to), to, null);
      }
      return checkGapText(from, to, previous);
    }

    private boolean checkGapText(int from, int to, Piece previous) {
      int i = from;
      boolean delimiterAllowed = previous != null && !previous.delimiter().isEmpty();
      while (i < to) {
        int lostEnd = skipLost(i);
        if (lostEnd > i) {
          i = lostEnd;
          continue;
        }
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || c == ';') {
          i++;
          continue;
        }
        if (isComment(i)) {
          int end = constructEnd(i);
          if (end == UNTERMINATED) {
            addProblem(i, "unterminated comment runs to the end of the file");
            return false;
          }
          i = end;
          continue;
        }
        if (c == '/' && dialect == Dialect.ORACLE) {
          i++;
          continue;
        }
        if (delimiterAllowed && text.startsWith(previous.delimiter(), i)) {
          i += previous.delimiter().length();
          delimiterAllowed = false;
          continue;
        }
        if (mysqlFamily && startsWithWord(i, "DELIMITER")) {
          i = lineEnd(i);
          continue;
        }
        if (dialect == Dialect.SQLSERVER && (c == 'G' || c == 'g')) {
          int goEnd = goLineEnd(lineStartOf(i));
          if (goEnd >= 0) {
            i = goEnd;
            continue;
          }
        }
        int snippetEnd = Math.min(lineEnd(i), Math.min(to, i + 40));
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
        int end = lineEnd(lineStart);
        if (text.substring(lineStart, end).strip().equals("\\.")) {
          return end;
        }
        lineStart = end + 1;
      }
      return to;
    }

    private boolean isComment(int i) {
      char c = text.charAt(i);
      if (c == '-') {
        return text.startsWith("--", i);
      }
      if (c == '#') {
        return mysqlFamily;
      }
      return text.startsWith("/*", i) && !(mysqlFamily && text.startsWith("/*!", i));
    }

    /** The first quote, dollar quote or comment in {@code text[from, to)} that is not closed. */
    private int findOpenConstruct(int from, int to) {
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

    /**
     * If a string, quoted name or comment of this dialect starts at {@code i}, the offset after it,
     * or {@link #UNTERMINATED} if it is never closed (its kind is left in {@link #constructKind});
     * {@link #NO_CONSTRUCT} otherwise.
     */
    private int constructEnd(int i) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
      char before = i > 0 ? text.charAt(i - 1) : '\0';
      if ((c == '-' && next == '-') || (c == '#' && mysqlFamily)) {
        return lineEnd(i);
      }
      if (c == '/' && next == '*') {
        constructKind = "comment";
        return blockCommentEnd(i);
      }
      if (c == '\'') {
        constructKind = "string literal";
        boolean backslashEscapes =
            mysqlFamily
                || (dialect == Dialect.POSTGRESQL
                    && (before == 'E' || before == 'e')
                    && (i < 2 || !isIdentifierChar(text.charAt(i - 2))));
        return quotedEnd(i, '\'', backslashEscapes);
      }
      if (c == '"') {
        constructKind = mysqlFamily ? "string literal" : "quoted identifier";
        return quotedEnd(i, '"', mysqlFamily);
      }
      if (c == '`' && (mysqlFamily || dialect == Dialect.H2)) {
        constructKind = "quoted identifier";
        return quotedEnd(i, '`', false);
      }
      if (c == '[' && dialect == Dialect.SQLSERVER) {
        constructKind = "bracketed identifier";
        return quotedEnd(i, ']', false);
      }
      if (c == '$' && (dialect == Dialect.POSTGRESQL || dialect == Dialect.H2)) {
        return dollarQuotedEnd(i, before);
      }
      if ((c == 'q' || c == 'Q')
          && next == '\''
          && dialect == Dialect.ORACLE
          && (!isIdentifierChar(before) || before == 'n' || before == 'N')
          && i + 2 < text.length()) {
        constructKind = "quoted string literal";
        char open = text.charAt(i + 2);
        int closeIndex = "([{<".indexOf(open);
        char close = closeIndex >= 0 ? ")]}>".charAt(closeIndex) : open;
        int end = text.indexOf(close + "'", i + 3);
        return end < 0 ? UNTERMINATED : end + 2;
      }
      return NO_CONSTRUCT;
    }

    private int quotedEnd(int i, char quote, boolean backslashEscapes) {
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
      boolean nests = dialect == Dialect.POSTGRESQL || dialect == Dialect.SQLSERVER;
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

    private int dollarQuotedEnd(int i, char before) {
      if (isIdentifierChar(before) || before == '$') {
        return NO_CONSTRUCT;
      }
      int j = i + 1;
      if (dialect == Dialect.POSTGRESQL) {
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

    private static boolean isIdentifierChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_';
    }

    private boolean startsWithWord(int i, String word) {
      int end = i + word.length();
      return text.regionMatches(true, i, word, 0, word.length())
          && (end == text.length() || Character.isWhitespace(text.charAt(end)));
    }

    private boolean isBlank(int from, int to) {
      for (int i = from; i < to; i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private boolean isBlankOrComment(int from, int to) {
      int i = from;
      while (i < to) {
        if (Character.isWhitespace(text.charAt(i))) {
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

    private int skipBlanks(int i) {
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      return i;
    }

    /** The offset of the line break ending the line at {@code i}, or the text's length. */
    private int lineEnd(int i) {
      int end = text.indexOf('\n', i);
      return end < 0 ? text.length() : end;
    }

    private int lineStartOf(int offset) {
      return lineStarts[lineIndex(offset)];
    }

    private int lineOf(int offset) {
      return lineIndex(offset) + 1;
    }

    private int columnOf(int offset) {
      return offset - lineStartOf(offset) + 1;
    }

    private int lineIndex(int offset) {
      int index = Arrays.binarySearch(lineStarts, offset);
      return index >= 0 ? index : -index - 2;
    }

    /** The script offset of the first "at line L col C" in a Flyway message about a region. */
    private int flywayOffset(String message, int regionStart) {
      Matcher position = FLYWAY_POSITION.matcher(message == null ? "" : message);
      if (!position.find()) {
        return regionStart;
      }
      int regionLine = lineIndex(regionStart);
      int line = regionLine + Integer.parseInt(position.group(1)) - 1;
      int column = Integer.parseInt(position.group(2));
      if (line >= lineStarts.length) {
        return regionStart;
      }
      int lineStart = line == regionLine ? regionStart : lineStarts[line];
      return Math.min(lineStart + Math.max(column, 1) - 1, text.length());
    }

    private void addProblem(int offset, String message) {
      problems.add(new SplitProblem(lineOf(offset), columnOf(offset), message));
    }

    private LoadableResource resource(String content) {
      return new LoadableResource() {
        @Override
        public Reader read() {
          return new ScriptReader(content);
        }

        @Override
        public String getAbsolutePath() {
          return fileName;
        }

        @Override
        public String getAbsolutePathOnDisk() {
          return fileName;
        }

        @Override
        public String getFilename() {
          return fileName;
        }

        @Override
        public String getRelativePath() {
          return fileName;
        }
      };
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

    private static String firstLine(String message) {
      if (message == null) {
        return "";
      }
      int end = message.indexOf('\n');
      return (end < 0 ? message : message.substring(0, end)).strip();
    }
  }

  /**
   * Reads a script to Flyway's parser. Flyway 13.12.1 asks for more input forever when {@code COPY
   * ... FROM STDIN} data has no {@code \.} line or a script ends in a bare {@code DELIMITER};
   * rather than hang javac, this reader fails once it has answered end-of-input far more often than
   * any finite parse needs.
   */
  private static final class ScriptReader extends Reader {
    private static final int END_OF_INPUT_ANSWERS = 10_000;
    private final String content;
    private int next;
    private int endOfInputAnswers;

    ScriptReader(String content) {
      this.content = content;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws ReadPastEndException {
      if (length == 0) {
        return 0;
      }
      if (next >= content.length()) {
        if (++endOfInputAnswers > END_OF_INPUT_ANSWERS) {
          throw new ReadPastEndException();
        }
        return -1;
      }
      int count = Math.min(length, content.length() - next);
      content.getChars(next, next + count, buffer, offset);
      next += count;
      return count;
    }

    @Override
    public void close() {}
  }

  /** Flyway's Oracle parser was stopped by {@link BoundedOracleParser}. */
  private static final class StatementTooLargeException extends RuntimeException {
    StatementTooLargeException() {
      super("statement too large", null, false, false);
    }
  }

  /** Flyway's parser kept reading after the end of the script. */
  private static final class ReadPastEndException extends IOException {
    ReadPastEndException() {
      super("read past the end of the script");
    }
  }

  private static Parser newParser(Dialect dialect, ParsingContext context, TokenBudget budget) {
    Configuration configuration = SharedConfiguration.INSTANCE;
    return switch (dialect) {
      case POSTGRESQL -> new SplittingPostgreSQLParser(configuration, context, budget);
      case MYSQL -> new BudgetedMySQLParser(configuration, context, budget);
      case MARIADB -> new BudgetedMariaDBParser(configuration, context, budget);
      case H2 -> new BudgetedH2Parser(configuration, context, budget);
      case ORACLE -> new BoundedOracleParser(configuration, context, budget);
      case SQLSERVER -> new TransactSqlBatchParser(configuration, context, budget);
    };
  }

  /**
   * How many tokens Flyway's parser may produce for one script. Every real token consumes at
   * least one character, so a parser that produces far more tokens than the script has
   * characters is looping without reading: a fuzzed script made Flyway 13.12.1 add tokens until
   * the heap ran out. Such a parse is stopped and reported like a statement too large to split.
   */
  private static final class TokenBudget {
    private final long allowed;
    private long spent;

    TokenBudget(int scriptLength) {
      this.allowed = 4L * scriptLength + 100_000;
    }

    void spend() {
      if (++spent > allowed) {
        throw new StatementTooLargeException();
      }
    }
  }

  private static final class BudgetedMySQLParser extends MySQLParser {
    private final TokenBudget budget;

    BudgetedMySQLParser(Configuration configuration, ParsingContext parsingContext, TokenBudget budget) {
      super(configuration, parsingContext);
      this.budget = budget;
    }

    @Override
    protected boolean shouldDiscard(Token token, boolean nonCommentPartSeen) {
      budget.spend();
      return super.shouldDiscard(token, nonCommentPartSeen);
    }
  }

  private static final class BudgetedMariaDBParser extends MariaDBParser {
    private final TokenBudget budget;

    BudgetedMariaDBParser(Configuration configuration, ParsingContext parsingContext, TokenBudget budget) {
      super(configuration, parsingContext);
      this.budget = budget;
    }

    @Override
    protected boolean shouldDiscard(Token token, boolean nonCommentPartSeen) {
      budget.spend();
      return super.shouldDiscard(token, nonCommentPartSeen);
    }
  }

  private static final class BudgetedH2Parser extends H2Parser {
    private final TokenBudget budget;

    BudgetedH2Parser(Configuration configuration, ParsingContext parsingContext, TokenBudget budget) {
      super(configuration, parsingContext);
      this.budget = budget;
    }

    @Override
    protected boolean shouldDiscard(Token token, boolean nonCommentPartSeen) {
      budget.spend();
      return super.shouldDiscard(token, nonCommentPartSeen);
    }
  }

  /**
   * Flyway's Oracle parser, stopped before its quadratic corner can stall javac. For some keywords
   * the parser matches a pattern against every earlier token of the statement; when a lost quote
   * turns the rest of a large data script into one statement full of prose, that costs minutes. The
   * parser is stopped once such matching has visited more tokens in one script than any real script
   * needs: the largest script in the test corpus visits under half a million.
   */
  private static final class BoundedOracleParser extends OracleParser {
    private static final long VISITED_TOKENS_ALLOWED = 200_000_000L;
    private long visitedTokens;
    private final TokenBudget budget;

    BoundedOracleParser(Configuration configuration, ParsingContext parsingContext, TokenBudget budget) {
      super(configuration, parsingContext);
      this.budget = budget;
    }

    @Override
    protected boolean shouldDiscard(Token token, boolean nonCommentPartSeen) {
      budget.spend();
      return super.shouldDiscard(token, nonCommentPartSeen);
    }

    @Override
    protected boolean doTokensMatchPattern(
        List<Token> previousTokens, Token current, Pattern regex) {
      visitedTokens += previousTokens.size();
      if (visitedTokens > VISITED_TOKENS_ALLOWED) {
        throw new StatementTooLargeException();
      }
      return super.doTokensMatchPattern(previousTokens, current, regex);
    }
  }

  /**
   * Flyway's PostgreSQL parser without its per-statement transaction check. That check asks the
   * (absent) database for its version, so every statement throws, catches and logs a
   * NullPointerException: a 50 MB data script spent most of a minute there. Whether a statement
   * may run in a transaction plays no part in where it ends, so the base parser's answer is used.
   */
  private static final class SplittingPostgreSQLParser extends PostgreSQLParser {
    private final TokenBudget budget;

    SplittingPostgreSQLParser(Configuration configuration, ParsingContext parsingContext, TokenBudget budget) {
      super(configuration, parsingContext);
      this.budget = budget;
    }

    @Override
    protected boolean shouldDiscard(Token token, boolean nonCommentPartSeen) {
      budget.spend();
      return super.shouldDiscard(token, nonCommentPartSeen);
    }

    @Override
    protected Boolean detectCanExecuteInTransaction(String simplifiedStatement, List<Token> keywords) {
      return Boolean.TRUE;
    }
  }

  /** Flyway configuration for parsing only, built on first use and read-only afterwards. */
  private static final class SharedConfiguration {
    static final Configuration INSTANCE = create();

    private static Configuration create() {
      FlywayLogging.silence(); // before Flyway logs anything: its default log is a static list
      ClassicConfiguration configuration =
          new ClassicConfiguration(FlywayScriptSplitter.class.getClassLoader());
      configuration.setPlaceholderReplacement(false);
      configuration.setPluginRegister(new NoPluginRegister());
      return configuration;
    }
  }

  /**
   * Offers no plugins. Parsing asks for resource type plugins only to fill the unused {@code
   * ${flyway:filename}} placeholder; answering empty avoids a {@code ServiceLoader} scan.
   */
  private static final class NoPluginRegister extends PluginRegister {
    @Override
    public <T extends Plugin> List<T> getInstancesOf(Class<T> type) {
      return List.of();
    }
  }

  /**
   * Flyway's base parser with what T-SQL needs to split a batch on {@code ;}: bracketed names, and
   * {@code BEGIN}/{@code END} and {@code CASE}/{@code END} nesting so that semicolons inside blocks
   * do not split. {@code BEGIN TRAN[SACTION]} opens no block.
   */
  private static final class TransactSqlBatchParser extends Parser {
    private final TokenBudget budget;

    TransactSqlBatchParser(Configuration configuration, ParsingContext parsingContext, TokenBudget budget) {
      super(configuration, parsingContext, 3);
      this.budget = budget;
    }

    @Override
    protected boolean shouldDiscard(Token token, boolean nonCommentPartSeen) {
      budget.spend();
      return super.shouldDiscard(token, nonCommentPartSeen);
    }

    @Override
    protected char getOpeningIdentifierSymbol() {
      return '[';
    }

    @Override
    protected char getClosingIdentifierSymbol() {
      return ']';
    }

    @Override
    protected void adjustBlockDepth(
        ParserContext context, List<Token> tokens, Token keyword, PeekingReader reader) {
      String word = keyword.getText().toUpperCase(Locale.ROOT);
      if (word.equals("BEGIN") || word.equals("CASE")) {
        context.increaseBlockDepth(word);
      } else if (context.getBlockDepth() > 0
          && (word.equals("END")
              || ((word.equals("TRAN") || word.equals("TRANSACTION"))
                  && (lastTokenIs(tokens, keyword.getParensDepth(), "BEGIN")
                      || lastTokenIs(tokens, keyword.getParensDepth(), "DISTRIBUTED"))))) {
        context.decreaseBlockDepth();
      }
    }
  }
}
