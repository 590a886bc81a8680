package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small, targeted rewrites of common DDL that JSqlParser 5.4 cannot parse, into an equivalent form
 * it can, and regular-expression readers for a few statements it has no grammar for at all. Each
 * one is listed in docs/engine.md ("What the migration engine replays") and has its own test.
 */
final class DdlRewriter {

  /** {@code ALTER COLUMN x SET DATA TYPE t} (PostgreSQL, H2, DB2) means {@code ALTER COLUMN x TYPE t}. */
  private static final Pattern SET_DATA_TYPE = Pattern.compile("(?i)\\bSET\\s+DATA\\s+TYPE\\b");

  /** MySQL's {@code DROP FOREIGN KEY fk} names a constraint like {@code DROP CONSTRAINT fk}. */
  private static final Pattern DROP_FOREIGN_KEY = Pattern.compile("(?i)\\bDROP\\s+FOREIGN\\s+KEY\\b");

  /** MySQL's {@code DROP KEY ix} is {@code DROP INDEX ix}. */
  private static final Pattern DROP_KEY = Pattern.compile("(?i)(\\bDROP\\s+)KEY\\b");

  /** H2's {@code ALTER COLUMN x RENAME TO y} is {@code RENAME COLUMN x TO y}. */
  private static final Pattern ALTER_COLUMN_RENAME =
      Pattern.compile("(?i)\\bALTER\\s+COLUMN\\s+(\\S+)\\s+RENAME\\s+TO\\b");

  /** H2's {@code ALTER COLUMN x SET NULL} is {@code ALTER COLUMN x DROP NOT NULL}. */
  private static final Pattern ALTER_COLUMN_SET_NULL =
      Pattern.compile("(?i)\\b(ALTER\\s+COLUMN\\s+\\S+\\s+)SET\\s+NULL\\b");

  /** MySQL's {@code CHANGE old new type}: JSqlParser needs the optional COLUMN keyword. */
  private static final Pattern CHANGE_WITHOUT_COLUMN =
      Pattern.compile("(?is)((?:^ALTER\\s+(?:ONLINE\\s+|IGNORE\\s+)*TABLE\\s+(?:IF\\s+EXISTS\\s+)?[^\\s(]+\\s+|,\\s*)CHANGE\\s+)(?!COLUMN\\b)");

  /** PostgreSQL's {@code DROP INDEX CONCURRENTLY ix}: JSqlParser reads CONCURRENTLY as the name. */
  private static final Pattern DROP_INDEX_CONCURRENTLY =
      Pattern.compile("(?i)^(DROP\\s+INDEX\\s+)CONCURRENTLY\\s+");

  /** Oracle's and H2's {@code DROP TABLE t CASCADE CONSTRAINTS}. */
  private static final Pattern CASCADE_CONSTRAINTS =
      Pattern.compile("(?i)\\s+CASCADE\\s+CONSTRAINTS?\\s*(PURGE\\s*)?$");

  /** MySQL's executable comment {@code /*!40101 SET ... *}{@code /} around a whole statement. */
  private static final Pattern MYSQL_EXECUTABLE_COMMENT =
      Pattern.compile("(?s)^/\\*!\\d*\\s*(.*?)\\s*\\*/$");

  /**
   * H2's {@code RESTART WITH (SELECT ...)} of a sequence or identity column, as a fix migration
   * writes it to restart after the largest id: the value depends on rows, so it is replayed as a
   * restart at 1, which JSqlParser reads.
   */
  private static final Pattern RESTART_WITH_QUERY = Pattern.compile("(?is)\\bRESTART\\s+WITH\\s*\\(\\s*SELECT\\b.*\\)\\s*$");

  /** {@code CREATE SEQUENCE IF NOT EXISTS}, which JSqlParser's grammar lacks. */
  private static final Pattern SEQUENCE_IF_NOT_EXISTS =
      Pattern.compile("(?i)^(CREATE\\s+SEQUENCE\\s+)IF\\s+NOT\\s+EXISTS\\s+");

  /**
   * SQL Server storage clauses after a CREATE TABLE's column list or a constraint:
   * {@code ON [PRIMARY]}, {@code TEXTIMAGE_ON [PRIMARY]}, {@code WITH (PAD_INDEX = OFF, ...)}.
   */
  private static final Pattern TSQL_STORAGE =
      Pattern.compile(
          "(?i)\\)\\s*(?:WITH\\s*\\((?:[^()]|\\([^()]*\\))*\\)\\s*)?(?:(?:TEXTIMAGE_ON|ON)\\s+(?:\\[[^]]+]|\"[^\"]+\"|\\w+)\\s*)+");

  /** Oracle's {@code ENABLE}/{@code USING INDEX ...} after constraints, and table storage options. */
  private static final Pattern TSQL_CLUSTERED = Pattern.compile("(?i)\\b(?:NON)?CLUSTERED\\b");

  static final Pattern DROP_TYPE =
      Pattern.compile("(?is)^DROP\\s+TYPE\\s+(?:IF\\s+EXISTS\\s+)?(.+?)(?:\\s+(?:CASCADE|RESTRICT))?\\s*$");

  static final Pattern SP_RENAME =
      Pattern.compile(
          "(?is)^EXEC(?:UTE)?\\s+(?:\\[?dbo]?\\.)?\\[?sp_rename]?\\s+(?:@objname\\s*=\\s*)?N?'([^']+)'\\s*,\\s*(?:@newname\\s*=\\s*)?N?'([^']+)'\\s*(?:,\\s*(?:@objtype\\s*=\\s*)?N?'(\\w+)')?\\s*;?\\s*$");

  static final Pattern CREATE_VIEW =
      Pattern.compile(
          "(?is)^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:OR\\s+ALTER\\s+)?(?:FORCE\\s+|NOFORCE\\s+)?(?:(?:ALGORITHM\\s*=\\s*\\w+|DEFINER\\s*=\\s*\\S+|SQL\\s+SECURITY\\s+\\w+)\\s+)*VIEW\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([^\\s(]+)\\s*(?:\\(([^)]*)\\))?\\s*AS\\b.*");

  /** The result of a rewrite: the text to parse and what the rewrite took out. */
  record Rewritten(String sql, boolean ifNotExists) {}

  private DdlRewriter() {}

  static Rewritten rewrite(String sql, Dialect dialect) {
    String out = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB ? withoutHashComments(sql, dialect) : sql;
    Matcher executable = MYSQL_EXECUTABLE_COMMENT.matcher(out);
    if (executable.matches()) {
      out = executable.group(1);
    }
    String head = out.length() > 40 ? out.substring(0, 40) : out;
    String upperHead = head.toUpperCase(Locale.ROOT);
    boolean ifNotExists = false;
    if (upperHead.startsWith("DROP")) {
      // read as CASCADE, which H2 makes of it too: the dependent foreign keys and views go
      out = replaceAll(CASCADE_CONSTRAINTS, out, "CONSTRAINT", " CASCADE");
      out = DROP_INDEX_CONCURRENTLY.matcher(out).replaceFirst("$1");
    }
    if (upperHead.startsWith("ALTER")) {
      out = replaceAll(SET_DATA_TYPE, out, "DATA", "TYPE");
      out = replaceAll(ALTER_COLUMN_RENAME, out, "RENAME", "RENAME COLUMN $1 TO");
      out = replaceAll(ALTER_COLUMN_SET_NULL, out, "SET", "$1DROP NOT NULL");
      if (dialect == Dialect.MYSQL || dialect == Dialect.MARIADB) {
        out = replaceAll(CHANGE_WITHOUT_COLUMN, out, "CHANGE", "$1COLUMN ");
      }
      out = replaceAll(DROP_FOREIGN_KEY, out, "FOREIGN", "DROP CONSTRAINT");
      if (SqlTokens.mayContain(out, "RESTART")) {
        out = RESTART_WITH_QUERY.matcher(out).replaceFirst("RESTART WITH 1");
      }
      if (dialect == Dialect.MYSQL || dialect == Dialect.MARIADB) {
        out = replaceAll(DROP_KEY, out, "KEY", "$1INDEX");
      }
    } else if (upperHead.startsWith("CREATE")) {
      Matcher m = SEQUENCE_IF_NOT_EXISTS.matcher(out);
      if (m.find()) {
        out = m.replaceFirst("$1");
        ifNotExists = true;
      }
    }
    if (dialect == Dialect.SQLSERVER && (upperHead.startsWith("CREATE") || upperHead.startsWith("ALTER"))) {
      out = TSQL_STORAGE.matcher(out).replaceAll(") ");
      out = TSQL_CLUSTERED.matcher(out).replaceAll("");
    }
    if (upperHead.startsWith("CREATE") || upperHead.startsWith("ALTER") || upperHead.startsWith("DROP")
        || upperHead.startsWith("RENAME")) {
      out = KeywordQuoting.quote(out, dialect);
    }
    return new Rewritten(out, ifNotExists);
  }

  /**
   * {@code pattern}'s replacement in {@code sql}, tried only when the text holds {@code word}, a word
   * every match of the case-blind pattern contains: a text without it is returned as it is, which
   * is what the replacement returns when nothing matches.
   */
  private static String replaceAll(Pattern pattern, String sql, String word, String replacement) {
    return SqlTokens.mayContain(sql, word) ? pattern.matcher(sql).replaceAll(replacement) : sql;
  }

  /**
   * The statement with MySQL's {@code #} line comments blanked out (JSqlParser has no grammar for
   * them); a {@code #} inside a string or a quoted name stays, and the line breaks stay where they
   * were, so the places reported still match the file.
   */
  static String withoutHashComments(String sql, Dialect dialect) {
    if (sql.indexOf('#') < 0) {
      return sql;
    }
    StringBuilder out = null;
    for (SqlTokens.Token token : SqlTokens.all(sql, dialect)) {
      if (token.kind() == SqlTokens.Kind.COMMENT && token.text().startsWith("#")) {
        if (out == null) {
          out = new StringBuilder(sql);
        }
        for (int i = token.start(); i < token.end(); i++) {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out == null ? sql : out.toString();
  }

  /**
   * The statement with the word at a parse error quoted, when that word is a plain identifier that
   * JSqlParser takes for a keyword ({@code active}, {@code file}, {@code visible}); the quoted form
   * is folded the way the dialect folds it, so it still names the same column. Null when the word
   * is not such an identifier.
   */
  static String quoteKeywordAt(String sql, int line, int column, Dialect dialect) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      int nl = sql.indexOf('\n', offset);
      if (nl < 0) {
        return null;
      }
      offset = nl + 1;
    }
    offset += column - 1;
    if (offset < 0 || offset >= sql.length() || !Character.isLetter(sql.charAt(offset))) {
      return null;
    }
    int end = offset;
    while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
      end++;
    }
    String word = sql.substring(offset, end);
    if (offset > 0 && (Character.isLetterOrDigit(sql.charAt(offset - 1)) || sql.charAt(offset - 1) == '_')) {
      return null;
    }
    String folded =
        switch (dialect.fold()) {
          case LOWER -> word.toLowerCase(Locale.ROOT);
          case UPPER -> word.toUpperCase(Locale.ROOT);
          default -> word;
        };
    String quoted =
        dialect == Dialect.MYSQL || dialect == Dialect.MARIADB ? "`" + folded + "`" : "\"" + folded + "\"";
    String result = sql.substring(0, offset) + quoted + sql.substring(end);
    return keepsShape(sql, offset, result, dialect) ? result : null;
  }

  /**
   * Whether quoting the word at {@code offset} leaves the statement's shape as it was: quoting
   * {@code COLUMN} in {@code ADD COLUMN script text} would make it a column named "column" of type
   * {@code script}, so a word that stands where the grammar wants a keyword and would stand where a
   * name goes once quoted is not quoted.
   */
  private static boolean keepsShape(String sql, int offset, String quoted, Dialect dialect) {
    List<SqlTokens.Token> tokens = SqlTokens.code(sql, dialect);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == offset) {
        if (IdentifierPositions.of(tokens).isName(i)) {
          return true;
        }
        List<SqlTokens.Token> after = SqlTokens.code(quoted, dialect);
        return after.size() != tokens.size() || !IdentifierPositions.of(after).isName(i);
      }
    }
    return true;
  }

  /** The names in a {@code DROP TYPE a, b} statement, or an empty list when it is not one. */
  static List<String> dropTypeNames(String sql) {
    Matcher m = DROP_TYPE.matcher(sql);
    if (!m.matches()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String part : m.group(1).split(",")) {
      names.add(part.trim());
    }
    return names;
  }
}
