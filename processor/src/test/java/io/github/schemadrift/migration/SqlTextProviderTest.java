package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.Provider;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.statement.Statement;
import org.junit.jupiter.api.Test;

/**
 * {@link SqlTextProvider} gives JSqlParser the same characters as its {@link StringProvider} and
 * ends the text with a shared exception instead of -1: every statement of the corpus, and
 * statements that end inside a token or fail in the lexer, parse (or fail) exactly as before.
 */
class SqlTextProviderTest {

  private static final List<String> HARD =
      List.of(
          "CREATE TABLE t (a int) ` unterminated",
          "CREATE TABLE t (a varchar(10) DEFAULT 'unterminated",
          "ALTER TABLE t ADD COLUMN c int /* unterminated comment",
          "ALTER TABLE t ADD COLUMN c int -- a comment at the end",
          "CREATE TABLE \u0001t (a int)",
          "CREATE TABLE t (a int) garbage after it",
          "CREATE TABLE t (a int);;",
          "DROP TABLE",
          "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1",
          "x");

  @Test
  void itReadsTheSameCharactersInChunksOfAnySizeAndEndsWithAnExceptionWithoutAStackTrace() throws IOException {
    String text = "ALTER TABLE t ADD COLUMN c int";
    for (int size = 1; size <= text.length() + 1; size++) {
      int chunk = size;
      Provider ours = new SqlTextProvider(text);
      Provider theirs = new StringProvider(text);
      char[] a = new char[chunk + 3];
      char[] b = new char[chunk + 3];
      int n;
      while ((n = theirs.read(b, 3, chunk)) != -1) {
        assertThat(ours.read(a, 3, chunk)).isEqualTo(n);
        assertThat(new String(a, 3, n)).isEqualTo(new String(b, 3, n));
      }
      assertThatThrownBy(() -> ours.read(a, 3, chunk)).isInstanceOf(IOException.class)
          .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }
  }

  @Test
  void everyStatementParsesOrFailsExactlyAsWithJSqlParsersOwnProvider() throws IOException {
    List<String> statements = new ArrayList<>(HARD);
    statements.addAll(corpusStatements());
    for (String sql : statements) {
      for (boolean complex : HARD.contains(sql) ? new boolean[] {false, true} : new boolean[] {false}) {
        assertThat(outcome(new CCJSqlParser(new SqlTextProvider(sql)), complex))
            .as(sql)
            .isEqualTo(outcome(new CCJSqlParser(new StringProvider(sql)), complex));
      }
    }
    assertThat(statements).hasSizeGreaterThan(HARD.size());
  }

  private static String outcome(CCJSqlParser parser, boolean complex) {
    parser.withAllowComplexParsing(complex);
    StringBuilder out = new StringBuilder();
    try {
      Statement statement = parser.Statement();
      out.append(statement.getClass().getSimpleName()).append(' ').append(statement);
      for (int i = 0; i < 3; i++) {
        net.sf.jsqlparser.parser.Token next = parser.getNextToken();
        out.append(" | ").append(next.kind).append(' ').append(next.image).append(' ').append(next.beginLine).append(':')
            .append(next.beginColumn);
      }
    } catch (Throwable e) { // the parse errors, and the lexer's Error
      out.append(e.getClass().getSimpleName()).append(' ').append(e.getMessage());
      if (e instanceof net.sf.jsqlparser.parser.ParseException p && p.currentToken != null) {
        out.append(" at ").append(p.currentToken.beginLine).append(':').append(p.currentToken.beginColumn);
      }
    }
    return out.toString();
  }

  private static List<String> corpusStatements() throws IOException {
    Path corpus = RealWorldCorpusTest.corpus();
    assumeTrue(corpus != null && Files.isDirectory(corpus), "the shared corpus is not here");
    List<String> statements = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
        Dialect dialect = Dialect.valueOf(file.getParent().getFileName().toString().toUpperCase(Locale.ROOT));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (SqlStatementText statement : FlywayScriptSplitter.split(text, dialect, file.toString()).statements()) {
          String sql = statement.sql().strip();
          if (IgnoredStatements.needsParse(sql)) {
            statements.add(DdlRewriter.rewrite(sql, dialect).sql());
          }
        }
      }
    }
    return statements;
  }
}
