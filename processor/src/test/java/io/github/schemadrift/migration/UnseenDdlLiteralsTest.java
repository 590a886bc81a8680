package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link UnseenDdl} reads string literals and an {@code EXECUTE}'s argument by loops that replaced
 * two patterns whose loops recursed once per character (the fuzzer overflowed the stack with a
 * literal of a few thousand characters). The loops must find exactly what the patterns found.
 */
class UnseenDdlLiteralsTest {

  private static final String ALPHABET = "''''\"\"\\\\;;\n\rab \u2028";

  /** The pattern {@code literals} used before. */
  private static String literalsByPattern(String text, char quote) {
    StringBuilder out = new StringBuilder();
    Matcher m = Pattern.compile(quote + "((?:[^" + quote + "\\\\]|\\\\.|" + quote + quote + ")*)" + quote).matcher(text);
    while (m.find()) {
      out.append(m.group(1)).append(" \u0001 ");
    }
    return out.toString();
  }

  /** The end of the argument the {@code EXECUTE} pattern's group took before. */
  private static int argumentEndByPattern(String text, int start) {
    Matcher m = Pattern.compile("((?:'(?:[^']|'')*'|[^;'])*)").matcher(text);
    m.region(start, text.length());
    assertThat(m.lookingAt()).isTrue();
    return m.end(1);
  }

  @Test
  void literalsAreWhatThePatternFoundOnRandomText() {
    Random random = new Random(42);
    for (int i = 0; i < 50_000; i++) {
      String text = randomText(random, 1 + random.nextInt(24));
      assertThat(UnseenDdl.literals(text, '\'')).as("%s", text).isEqualTo(literalsByPattern(text, '\''));
      assertThat(UnseenDdl.literals(text, '"')).as("%s", text).isEqualTo(literalsByPattern(text, '"'));
    }
  }

  @Test
  void anArgumentEndsWhereThePatternEndedItOnRandomText() {
    Random random = new Random(7);
    for (int i = 0; i < 50_000; i++) {
      String text = randomText(random, 1 + random.nextInt(24));
      int start = random.nextInt(text.length() + 1);
      assertThat(UnseenDdl.argumentEnd(text, start)).as("%s from %d", text, start).isEqualTo(argumentEndByPattern(text, start));
    }
  }

  @Test
  void handPickedLiteralsAndArguments() {
    assertThat(UnseenDdl.literals("'a''b' || 'c'", '\'')).isEqualTo("a''b \u0001 c \u0001 ");
    assertThat(UnseenDdl.literals("'a'' x", '\'')).isEqualTo("a \u0001 "); // left open: ends at the doubled quote
    assertThat(UnseenDdl.literals("'a\\'b'", '\'')).isEqualTo("a\\'b \u0001 ");
    assertThat(UnseenDdl.argumentEnd("EXECUTE 'ALTER TABLE t ADD c int; x'; y", 8)).isEqualTo(36);
    assertThat(UnseenDdl.argumentEnd("EXECUTE 'open ; y", 8)).isEqualTo(8);
  }

  @Test
  void aLiteralOfAMillionCharactersNeedsNoDeepStack() throws InterruptedException {
    String inner = "x".repeat(1_000_000);
    String body = "DO $$ BEGIN EXECUTE 'ALTER TABLE t ADD COLUMN c int' || '" + inner + "'; END $$";
    AtomicReference<Object> result = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set(UnseenDdl.inProcedural(body, 1).size() + " " + UnseenDdl.literals(body, '\'').length());
              } catch (Throwable e) {
                result.set(e);
              }
            },
            "small-stack",
            256 * 1024);
    thread.start();
    thread.join();
    assertThat(result.get()).isEqualTo("1 " + ("ALTER TABLE t ADD COLUMN c int".length() + inner.length() + 6));
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
