package io.github.schemadrift.migration;

import java.util.List;

/**
 * What one dialect family changes in splitting a script: how it quotes and comments (for the
 * checks around Flyway's cuts), which lines its Flyway parser consumes itself between statements
 * ({@code DELIMITER}, Oracle's {@code /}, SQL Server's {@code GO}), and how the script reaches
 * Flyway's parser (whole, or SQL Server's batch by batch). One subclass per family.
 */
abstract class ScriptFamily {

  static ScriptFamily of(Dialect dialect) {
    return switch (dialect) {
      case POSTGRESQL -> new PostgresScriptFamily();
      case MYSQL, MARIADB -> new MySqlScriptFamily();
      case ORACLE -> new OracleScriptFamily();
      case H2 -> new H2ScriptFamily();
      case SQLSERVER -> new SqlServerScriptFamily();
    };
  }

  /** MySQL's {@code #} line comments. */
  boolean hashComments() {
    return false;
  }

  /** Whether block comments nest (PostgreSQL, SQL Server). */
  boolean nestedComments() {
    return false;
  }

  /** Whether {@code /*!} is an executable comment, a statement rather than a comment (MySQL). */
  boolean executableComments() {
    return false;
  }

  /** Whether the string literal opening at {@code quoteAt} takes backslash escapes. */
  boolean backslashEscapes(ScriptLexer lexer, int quoteAt) {
    return false;
  }

  /** Whether {@code "..."} is a string literal with backslash escapes (MySQL), not a quoted name. */
  boolean doubleQuotedStrings() {
    return false;
  }

  /**
   * The end of a construct only this family has (backticks, brackets, dollar quotes, Oracle's
   * {@code q'...'}) starting at {@code i}, as {@link ScriptLexer#constructEnd} answers.
   */
  int specialConstructEnd(ScriptLexer lexer, int i) {
    return ScriptLexer.NO_CONSTRUCT;
  }

  /**
   * Between statements, the offset after a line or token at {@code i} that this family's Flyway
   * parser consumes itself, or -1 when there is none.
   */
  int consumedBetweenStatements(ScriptLexer lexer, int i) {
    return -1;
  }

  /** What a probe of a statement ended by {@code delimiter} must start with to be read alike. */
  String probePrefix(String delimiter) {
    return "";
  }

  /**
   * The statements of the lexer's script cut without Flyway's parser where that is provably the
   * same cut, or null when the script must go to Flyway's parser.
   */
  List<FlywayParsing.Piece> plainCut(ScriptLexer lexer, Dialect dialect) {
    return PlainScriptCut.cut(lexer, this, dialect);
  }

  /** Hands the script to Flyway's parser; SQL Server's family cuts it into batches first. */
  void split(ScriptSplitting splitting) {
    splitting.splitWhole();
  }
}
