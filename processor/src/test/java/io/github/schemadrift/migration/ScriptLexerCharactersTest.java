package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lexer's looked-up character classes answer as the JDK's predicates do, for every char. */
class ScriptLexerCharactersTest {

  @Test
  void everyCharIsClassedAsByTheJdk() {
    int identifiers = 0;
    int blanks = 0;
    for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean identifier = Character.isLetterOrDigit(c) || c == '_';
      assertThat(ScriptLexer.isIdentifierChar(c)).as("identifier U+%04X", i).isEqualTo(identifier);
      assertThat(ScriptLexer.isWhitespace(c)).as("white space U+%04X", i).isEqualTo(Character.isWhitespace(c));
      identifiers += identifier ? 1 : 0;
      blanks += Character.isWhitespace(c) ? 1 : 0;
    }
    assertThat(identifiers).isGreaterThan(40_000); // both answers occur, in and outside ASCII
    assertThat(blanks).isGreaterThan(20);
  }
}
