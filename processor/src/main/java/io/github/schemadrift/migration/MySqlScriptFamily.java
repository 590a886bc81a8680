package io.github.schemadrift.migration;

/**
 * MySQL and MariaDB scripts: {@code #} comments, executable {@code /*!} comments (statements,
 * since MySQL runs them), backslash escapes in {@code '...'} and {@code "..."} strings, backtick
 * names, and {@code DELIMITER} lines, which Flyway's parser consumes itself.
 */
final class MySqlScriptFamily extends ScriptFamily {

  @Override
  boolean hashComments() {
    return true;
  }

  @Override
  boolean executableComments() {
    return true;
  }

  @Override
  boolean backslashEscapes(ScriptLexer lexer, int quoteAt) {
    return true;
  }

  @Override
  boolean doubleQuotedStrings() {
    return true;
  }

  @Override
  int specialConstructEnd(ScriptLexer lexer, int i) {
    if (lexer.text().charAt(i) == '`') {
      lexer.constructKind("quoted identifier");
      return lexer.quotedEnd(i, '`', false);
    }
    return ScriptLexer.NO_CONSTRUCT;
  }

  @Override
  int consumedBetweenStatements(ScriptLexer lexer, int i) {
    return lexer.startsWithWord(i, "DELIMITER") ? lexer.lineEnd(i) : -1;
  }

  @Override
  String probePrefix(String delimiter) {
    return delimiter.equals(";") ? "" : "DELIMITER " + delimiter + "\n";
  }
}
