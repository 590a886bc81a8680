package io.github.schemadrift.migration;

import io.github.schemadrift.migration.SqlTokens.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserTokenManager;
import net.sf.jsqlparser.parser.SimpleCharStream;

/**
 * Quotes the names that JSqlParser would read as keywords. JSqlParser 5.4 reserves hundreds of
 * words that databases take as plain names ({@code script}, {@code sample}, {@code settings},
 * {@code action}), and in some places ({@code DROP COLUMN x}) it takes none of its keywords as a
 * name. Every word that JSqlParser's own lexer does not read as a plain identifier and that stands
 * where {@link IdentifierPositions} finds a name is quoted before the statement is parsed, so the
 * dialect's reserved words need not be known: a name the database accepted unquoted is quoted
 * here, and one it would have refused never reaches a valid migration.
 *
 * <p>The quoted name keeps the identity the unquoted one had: it is folded as the dialect folds
 * unquoted names (lower case for PostgreSQL, upper case for H2 and Oracle, as written where names
 * compare without case), and quoted with the dialect's own quote (backticks for MySQL and MariaDB).
 */
final class KeywordQuoting {

  private static final Map<String, Boolean> KEYWORDS = new ConcurrentHashMap<>();

  /** The same answers by the word as written, so that a word seen before is not upper-cased again. */
  private static final Map<String, Boolean> AS_WRITTEN = new ConcurrentHashMap<>();

  /** The calling thread's JSqlParser lexer, reused from word to word. */
  private static final ThreadLocal<CCJSqlParserTokenManager> LEXER = new ThreadLocal<>();

  private KeywordQuoting() {}

  /** The statement with every JSqlParser keyword in a name position quoted; the same string when none is. */
  static String quote(String sql, Dialect dialect) {
    SqlTokens.Coded coded = SqlTokens.coded(sql, dialect);
    List<Token> tokens = coded.tokens();
    if (tokens.isEmpty()) {
      return sql;
    }
    IdentifierPositions names = coded.names();
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind() == SqlTokens.Kind.WORD && names.isName(i) && isParserKeyword(token.text())) {
        if (out == null) {
          out = new StringBuilder(sql.length() + 16);
        }
        out.append(sql, copied, token.start()).append(quoted(token.text(), dialect));
        copied = token.end();
      }
    }
    return out == null ? sql : out.append(sql, copied, sql.length()).toString();
  }

  /**
   * The offsets of the words in {@code sql} that stand where a name goes, so that a rewrite which
   * removes keywords ({@code DEFERRABLE}) leaves a column of that name alone.
   */
  static java.util.Set<Integer> nameOffsets(String sql, Dialect dialect) {
    List<Token> tokens = SqlTokens.code(sql, dialect);
    IdentifierPositions names = IdentifierPositions.of(tokens);
    java.util.Set<Integer> offsets = new java.util.HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (names.isName(i)) {
        offsets.add(tokens.get(i).start());
      }
    }
    return offsets;
  }

  /** Whether JSqlParser's lexer reads {@code word} as one of its keywords rather than a name. */
  static boolean isParserKeyword(String word) {
    Boolean known = AS_WRITTEN.get(word);
    if (known == null) {
      known = KEYWORDS.computeIfAbsent(word.toUpperCase(Locale.ROOT), KeywordQuoting::lexesAsKeyword);
      AS_WRITTEN.putIfAbsent(word, known);
    }
    return known;
  }

  static boolean lexesAsKeyword(String word) {
    // one lexer per thread, re-initialised for each word: a new one costs a feature configuration
    // and 40 KB of buffers, which a folder of migrations paid for each of its hundreds of names
    SimpleCharStream stream = new SimpleCharStream(new SqlTextProvider(word), 1, 1, word.length() + 16);
    CCJSqlParserTokenManager lexer = LEXER.get();
    if (lexer == null) {
      lexer = new CCJSqlParserTokenManager(stream);
      LEXER.set(lexer);
    } else {
      lexer.ReInit(stream);
    }
    try {
      net.sf.jsqlparser.parser.Token first = lexer.getNextToken();
      net.sf.jsqlparser.parser.Token second = lexer.getNextToken();
      return second.kind == CCJSqlParserConstants.EOF
          && first.kind != CCJSqlParserConstants.S_IDENTIFIER
          && first.kind != CCJSqlParserConstants.EOF;
    } catch (RuntimeException | Error e) {
      LEXER.remove(); // the next word gets a fresh lexer, whatever state this one was left in
      // the lexer throws an Error for text it has no token for; such a word is no keyword of it
      if (e instanceof Error && !e.getClass().getSimpleName().startsWith("TokenMgr")) {
        throw (Error) e;
      }
      return false;
    }
  }

  /** The word as a quoted name that the dialect folds to the same identity as the word unquoted. */
  static String quoted(String word, Dialect dialect) {
    return switch (dialect) {
      case MYSQL, MARIADB -> "`" + word + "`";
      case POSTGRESQL -> "\"" + word.toLowerCase(Locale.ROOT) + "\"";
      case H2, ORACLE -> "\"" + word.toUpperCase(Locale.ROOT) + "\"";
      case SQLSERVER -> "[" + word + "]";
    };
  }
}
