package io.github.schemadrift.migration;

import java.util.List;

/**
 * PostgreSQL scripts: nested block comments, {@code E'...'} strings with backslash escapes,
 * and {@code $tag$...$tag$} dollar quotes.
 */
final class PostgresScriptFamily extends ScriptFamily {

  @Override
  boolean nestedComments() {
    return true;
  }

  @Override
  boolean backslashEscapes(ScriptLexer lexer, int quoteAt) {
    String text = lexer.text();
    char before = quoteAt > 0 ? text.charAt(quoteAt - 1) : '\0';
    return (before == 'E' || before == 'e')
        && (quoteAt < 2 || !ScriptLexer.isIdentifierChar(text.charAt(quoteAt - 2)));
  }

  @Override
  int specialConstructEnd(ScriptLexer lexer, int i) {
    return lexer.text().charAt(i) == '$' ? lexer.dollarQuotedEnd(i, true) : ScriptLexer.NO_CONSTRUCT;
  }

  @Override
  List<FlywayParsing.Piece> plainCut(ScriptLexer lexer, Dialect dialect) {
    return PlainDollarScriptCut.cut(lexer.text(), true);
  }
}
