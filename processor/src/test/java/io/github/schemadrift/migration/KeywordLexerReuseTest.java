package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserTokenManager;
import net.sf.jsqlparser.parser.SimpleCharStream;
import net.sf.jsqlparser.parser.StringProvider;
import org.junit.jupiter.api.Test;

/**
 * {@link KeywordQuoting} reuses one JSqlParser lexer per thread, re-initialised for each word; this
 * proves that it classifies every word exactly as a fresh lexer does (the way it was done before):
 * every word of every corpus file, every literal token of JSqlParser's grammar, and words the lexer
 * rejects, in shuffled orders, so that a word's answer never depends on the word lexed before it.
 */
class KeywordLexerReuseTest {

  @Test
  void aReusedLexerClassifiesEveryWordAsAFreshOne() throws IOException {
    List<String> words = new ArrayList<>(words());
    assertThat(words).hasSizeGreaterThan(5_000);
    long keywords = words.stream().filter(KeywordLexerReuseTest::freshLexerSaysKeyword).count();
    assertThat(keywords).isGreaterThan(300); // both answers occur often: the comparison can fail
    for (long seed = 1; seed <= 3; seed++) {
      Collections.shuffle(words, new Random(seed));
      for (String word : words) {
        assertThat(KeywordQuoting.lexesAsKeyword(word)).as(word).isEqualTo(freshLexerSaysKeyword(word));
      }
    }
  }

  private static Set<String> words() throws IOException {
    Set<String> words = new LinkedHashSet<>();
    for (String image : CCJSqlParserTokenManager.jjstrLiteralImages) {
      if (image != null && !image.isEmpty()) {
        words.add(image.toUpperCase(Locale.ROOT));
      }
    }
    // text the lexer has no token for, or reads as more than one token
    words.addAll(List.of("ABC$", "A#B", "`X", "\"Y", "'Z", "1ABC", "_X", "X.Y", "$$", "@P", "ÄRGER", "SELECT1", "ROWID_"));
    Path corpus = RealWorldCorpusTest.corpus();
    if (corpus != null && Files.isDirectory(corpus)) {
      try (Stream<Path> walk = Files.walk(corpus)) {
        for (Path file : walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
          for (String word : Files.readString(file, StandardCharsets.UTF_8).split("[^\\p{L}\\p{N}_$]+")) {
            if (!word.isEmpty() && word.length() < 64) {
              words.add(word.toUpperCase(Locale.ROOT));
            }
          }
        }
      }
    }
    assumeTrue(words.size() > 5_000, "real-world corpus not found; skipping");
    return words;
  }

  /** The classification as it was before the reuse: a new lexer for the word. */
  private static boolean freshLexerSaysKeyword(String word) {
    try {
      CCJSqlParserTokenManager lexer = new CCJSqlParserTokenManager(new SimpleCharStream(new StringProvider(word)));
      net.sf.jsqlparser.parser.Token first = lexer.getNextToken();
      net.sf.jsqlparser.parser.Token second = lexer.getNextToken();
      return second.kind == CCJSqlParserConstants.EOF
          && first.kind != CCJSqlParserConstants.S_IDENTIFIER
          && first.kind != CCJSqlParserConstants.EOF;
    } catch (RuntimeException | Error e) {
      return false;
    }
  }
}
