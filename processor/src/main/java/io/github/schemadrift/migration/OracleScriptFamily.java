package io.github.schemadrift.migration;

/** Oracle scripts: {@code q'[...]'} quoted strings and the {@code /} that ends a PL/SQL block. */
final class OracleScriptFamily extends ScriptFamily {

  @Override
  int specialConstructEnd(ScriptLexer lexer, int i) {
    String text = lexer.text();
    char c = text.charAt(i);
    char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
    char before = i > 0 ? text.charAt(i - 1) : '\0';
    if ((c == 'q' || c == 'Q')
        && next == '\''
        && (!ScriptLexer.isIdentifierChar(before) || before == 'n' || before == 'N')
        && i + 2 < text.length()) {
      lexer.constructKind("quoted string literal");
      char open = text.charAt(i + 2);
      int closeIndex = "([{<".indexOf(open);
      char close = closeIndex >= 0 ? ")]}>".charAt(closeIndex) : open;
      int end = text.indexOf(close + "'", i + 3);
      return end < 0 ? ScriptLexer.UNTERMINATED : end + 2;
    }
    return ScriptLexer.NO_CONSTRUCT;
  }

  @Override
  int consumedBetweenStatements(ScriptLexer lexer, int i) {
    return lexer.text().charAt(i) == '/' ? i + 1 : -1;
  }
}
