package io.github.schemadrift.migration;

import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
 * The only class that touches Flyway's internal parser API ({@code org.flywaydb.core.internal.parser});
 * when Flyway changes it, only this class changes. Each dialect uses Flyway's own parser, built
 * directly rather than through {@code Flyway} or a database type: {@link PostgreSQLParser}, {@link
 * MySQLParser}, {@link MariaDBParser}, {@link OracleParser} and {@link H2Parser}; SQL Server has no
 * Flyway parser at this version, so its batches go to Flyway's base parser taught T-SQL's nesting.
 * The configuration is built once per class loader, with Flyway's placeholder replacement off and
 * a plugin register that offers no plugins: nothing here runs a {@code ServiceLoader} scan or reads
 * the thread context class loader, which inside javac belongs to someone else, and nothing depends
 * on Flyway's package name, which the processor jar relocates.
 */
final class FlywayParsing {

  /** A statement as a range of the script, with the delimiter Flyway saw after it. */
  record Piece(int start, int end, String delimiter, boolean copyFromStdin) {}

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final Dialect dialect;
  private final String fileName;
  private Parser parser;

  FlywayParsing(Dialect dialect, String fileName) {
    this.dialect = dialect;
    this.fileName = fileName;
  }

  /**
   * Runs Flyway's parser over {@code region}, which starts at {@code regionStart} of a script of
   * {@code scriptLength} characters, and hands each statement to {@code into}. Flyway's errors
   * are thrown as they come; {@link #tooLarge} and {@link #readPastEnd} classify their causes.
   */
  void parse(String region, int regionStart, int scriptLength, Consumer<Piece> into) {
    if (parser == null) {
      parser = newParser(dialect, new ParsingContext(), new TokenBudget(scriptLength));
    }
    StringBuilder bomFree = new StringBuilder();
    int[] passedOn = passedOn(region, bomFree);
    String read = passedOn == null ? region : bomFree.toString();
    try (SqlStatementIterator statements = parser.parse(resource(region))) {
      while (statements.hasNext()) {
        Piece piece = toPiece(statements.next(), read, 0);
        if (piece != null) {
          int start = passedOn == null ? piece.start() : passedOn[piece.start()];
          int end = passedOn == null ? piece.end() : passedOn[piece.end() - 1] + 1;
          into.accept(new Piece(regionStart + start, regionStart + end, piece.delimiter(), piece.copyFromStdin()));
        }
      }
    }
  }

  /**
   * The offset in {@code region} of each character Flyway's reader passes on (appended to {@code
   * read}), or null if that is every one. Its {@code BomStrippingReader} drops a byte order mark
   * wherever it stands (files joined by {@code cat}), and passes on the character after it as it
   * is, a second mark too; Flyway's offsets count only what it passed on.
   */
  private static int[] passedOn(String region, StringBuilder read) {
    if (region.indexOf(BYTE_ORDER_MARK) < 0) {
      return null;
    }
    int[] offsets = new int[region.length()];
    int count = 0;
    for (int i = 0; i < region.length(); i++) {
      if (region.charAt(i) == BYTE_ORDER_MARK && ++i >= region.length()) {
        break;
      }
      read.append(region.charAt(i));
      offsets[count++] = i;
    }
    return offsets;
  }

  /** The text of each statement a fresh parser finds in {@code script}, stripped, in order. */
  List<String> statementTexts(String script) {
    List<String> texts = new java.util.ArrayList<>();
    try (SqlStatementIterator statements =
        newParser(dialect, new ParsingContext(), new TokenBudget(script.length())).parse(resource(script))) {
      while (statements.hasNext()) {
        texts.add(statements.next().getSql().strip());
      }
    }
    return texts;
  }

  /** Whether a parse failure was this adapter stopping a parse that would not end in reasonable time. */
  static boolean tooLarge(Throwable root) {
    return root instanceof StatementTooLargeException;
  }

  /** Whether a parse failure was Flyway's parser reading on after the end of the script. */
  static boolean readPastEnd(Throwable root) {
    return root instanceof BoundedScriptReader.ReadPastEndException;
  }

  /**
   * Turns Flyway's statement into a range of the script. Flyway gives the offset of the first
   * token after leading comments, and a text that may begin with those comments and ends where
   * the statement ends.
   */
  private static Piece toPiece(SqlStatement statement, String region, int regionStart) {
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

  private LoadableResource resource(String content) {
    return new LoadableResource() {
      @Override
      public Reader read() {
        return new BoundedScriptReader(content);
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

  /** Flyway's parser was stopped by a {@link TokenBudget} or {@link BoundedOracleParser}. */
  private static final class StatementTooLargeException extends RuntimeException {
    StatementTooLargeException() {
      super("statement too large", null, false, false);
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
          new ClassicConfiguration(FlywayParsing.class.getClassLoader());
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
