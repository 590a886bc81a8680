package io.github.schemadrift.migration;

import java.util.List;

/** H2 scripts: backtick-quoted names and {@code $$...$$} quotes without a tag. */
final class H2ScriptFamily extends ScriptFamily {

  @Override
  int specialConstructEnd(ScriptLexer lexer, int i) {
    char c = lexer.text().charAt(i);
    if (c == '`') {
      lexer.constructKind("quoted identifier");
      return lexer.quotedEnd(i, '`', false);
    }
    return c == '$' ? lexer.dollarQuotedEnd(i, false) : ScriptLexer.NO_CONSTRUCT;
  }

  @Override
  List<FlywayParsing.Piece> plainCut(ScriptLexer lexer, Dialect dialect) {
    return PlainDollarScriptCut.cut(lexer.text(), false);
  }
}
