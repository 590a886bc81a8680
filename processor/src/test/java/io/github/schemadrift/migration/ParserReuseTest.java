package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import org.junit.jupiter.api.Test;

/**
 * {@link ParserReuse} hands out one JSqlParser again and again; this proves that each time it is in
 * the state of a new parser, field by field (the parser, its character stream, its lexer, the
 * lookahead tables, the tree builder, the feature configuration), after parses that succeeded,
 * failed in the grammar, failed in the lexer or were interrupted, and that it parses every
 * statement of the corpus to the same result as a new parser.
 */
class ParserReuseTest {

  private static final List<String> HARD =
      List.of(
          "CREATE TABLE t (a int, b varchar(10) DEFAULT 'x', CONSTRAINT c CHECK (CASE WHEN a > 0 THEN (a + (1)) ELSE 2 END > 0))",
          "ALTER TABLE t ADD COLUMN c int CHECK (coalesce(a, b, lower(c)) IS NOT NULL",
          "CREATE VIEW v AS SELECT t.*, f(g(h(1)), t.a) FROM t WHERE a IN (SELECT b FROM u WHERE (c = CASE d WHEN 1 THEN 2 END))",
          "ALTER TABLE t ADD COLUMN c int DEFAULT (((((1)))) + ",
          "CREATE TABLE t (a int) ` unterminated",
          "CREATE TABLE \u0001t (a int)",
          "ALTER TABLE t ALTER COLUMN a TYPE numeric(10, 2) USING a::numeric ? 1 : 2",
          "CREATE TABLE t (m map<varchar, int>, a int[] DEFAULT ARRAY[1, 2])",
          "DROP TABLE t CASCADE",
          "CREATE TABLE t (a int);;",
          "CREATE TABLE t (a int) garbage after it");

  @Test
  void aReusedParserIsInTheStateOfANewOneAndParsesTheSame() throws Exception {
    assertThat(ParserReuse.enabled()).isTrue();
    List<String> statements = new ArrayList<>(HARD);
    statements.addAll(corpusStatements());
    ParserReuse reuse = new ParserReuse();
    int compared = 0;
    for (int i = 0; i < statements.size(); i++) {
      String sql = statements.get(i);
      // the hand-picked statements in both modes, the corpus's in turns (halves the test's time)
      for (boolean complex : i < HARD.size() ? new boolean[] {false, true} : new boolean[] {i % 2 == 1}) {
        CCJSqlParser fresh = configure(CCJSqlParserUtil.newParser(sql), complex);
        CCJSqlParser reused = configure(reuse.take(sql), complex);
        assertSameState(fresh, reused, "parser", sql);
        assertThat(outcome(reused)).as(sql).isEqualTo(outcome(fresh));
        reused.interrupted = compared % 7 == 0; // as a parse given up on leaves it
        reuse.giveBack(reused);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(HARD.size() * 2);
  }

  @Test
  void aParserGivenBackIsHandedOutAgainAndNoOtherIsShared() {
    ParserReuse reuse = new ParserReuse();
    CCJSqlParser first = reuse.take("DROP TABLE a");
    CCJSqlParser second = reuse.take("DROP TABLE b"); // the first is still out: a new one
    assertThat(second).isNotSameAs(first);
    reuse.giveBack(first);
    assertThat(reuse.take("DROP TABLE c")).isSameAs(first);
    assertThat(reuse.take("DROP TABLE d")).isNotSameAs(first).isNotSameAs(second);
  }

  private static CCJSqlParser configure(CCJSqlParser parser, boolean complex) {
    return parser.withAllowComplexParsing(complex).withSquareBracketQuotation(false).withBackslashEscapeCharacter(false);
  }

  private static String outcome(CCJSqlParser parser) {
    try {
      Statement statement = parser.Statement();
      return statement.getClass().getSimpleName() + " " + statement + " rest " + parser.getNextToken();
    } catch (Throwable e) {
      return e.getClass().getSimpleName() + " " + e.getMessage();
    }
  }

  /** Every instance field equal, recursively through JSqlParser's own objects; arrays and collections by content. */
  private static void assertSameState(Object fresh, Object reused, String path, String sql) throws IllegalAccessException {
    if (fresh == null || reused == null) {
      if (fresh != reused) {
        fail(path + " differs in " + sql + ": " + reused + " instead of " + fresh);
      }
      return;
    }
    if (fresh.getClass() != reused.getClass()) {
      fail(path + " is a " + reused.getClass() + " instead of a " + fresh.getClass());
    }
    Class<?> type = fresh.getClass();
    if (type.isArray() && type.getComponentType().isPrimitive()) {
      if (!Objects.deepEquals(fresh, reused)) {
        fail(path + " differs in " + sql);
      }
    } else if (type.isArray()) {
      assertThat(Array.getLength(reused)).as(path).isEqualTo(Array.getLength(fresh));
      for (int i = 0; i < Array.getLength(fresh); i++) {
        assertSameState(Array.get(fresh, i), Array.get(reused, i), path + "[" + i + "]", sql);
      }
    } else if (fresh instanceof Collection<?> || fresh instanceof Map<?, ?>) {
      assertThat(reused).as(path + " in " + sql).isEqualTo(fresh);
    } else if (!type.getName().startsWith(CCJSqlParser.class.getPackageName())) {
      if (!fresh.equals(reused)) { // strings and numbers; StringBuilders are compared by content below
        fail(path + " differs in " + sql + ": " + reused + " instead of " + fresh);
      }
    } else {
      for (Field f : FIELDS.get(type)) {
          Object a = f.get(fresh);
          Object b = f.get(reused);
          if (a instanceof StringBuilder sa && b instanceof StringBuilder sb) {
            assertThat(sb.toString()).as(path + "." + f.getName()).isEqualTo(sa.toString());
          } else {
            assertSameState(a, b, path + "." + f.getName(), sql);
          }
      }
    }
  }

  /** The instance fields of a class and its superclasses, accessible. */
  private static final ClassValue<List<Field>> FIELDS =
      new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
          List<Field> fields = new ArrayList<>();
          for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
              if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                fields.add(f);
              }
            }
          }
          return fields;
        }
      };

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
