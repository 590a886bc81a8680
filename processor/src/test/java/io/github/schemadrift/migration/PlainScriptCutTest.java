package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plain cut ({@link PlainScriptCut}) cuts every script exactly where Flyway's parser does, or
 * leaves it to Flyway's parser: same statements, same lines and columns, same problems, on every
 * file of the real-world corpus, on every SQL file of the test resources and on thousands of
 * mutations of them (quotes, comments, parentheses and semicolons inserted, files truncated).
 */
class PlainScriptCutTest {

  private static final Map<String, Dialect> DIALECTS =
      Map.of(
          "postgresql", Dialect.POSTGRESQL,
          "mysql", Dialect.MYSQL,
          "mariadb", Dialect.MARIADB,
          "h2", Dialect.H2,
          "oracle", Dialect.ORACLE,
          "sqlserver", Dialect.SQLSERVER);

  private static final String NOISE = "'\";()-#/*$\\\n `!E ";

  @Test
  void cutsPlainScriptsAndLeavesTheRestToFlyway() {
    assertThat(plain("CREATE TABLE a (id int, n varchar(9) DEFAULT 'x;y');\n-- done;\nINSERT INTO a VALUES (1, 'a''b');\n", Dialect.POSTGRESQL))
        .extracting(SqlStatementText::sql, SqlStatementText::line, SqlStatementText::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CREATE TABLE a (id int, n varchar(9) DEFAULT 'x;y')", 1, 1),
            org.assertj.core.groups.Tuple.tuple("INSERT INTO a VALUES (1, 'a''b')", 3, 1));
    assertThat(plain("/*!40101 SET NAMES utf8 */;\n  # note\n  ALTER TABLE `a` ADD `b` int;", Dialect.MYSQL))
        .extracting(SqlStatementText::sql)
        .containsExactly("/*!40101 SET NAMES utf8 */", "ALTER TABLE `a` ADD `b` int");
    // a block, a dollar quote, a delimiter change, a missing last ';', Oracle: Flyway's parser decides
    assertThat(plain("CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql;", Dialect.POSTGRESQL)).isNull();
    assertThat(plain("DO $$ BEGIN NULL; END $$;", Dialect.POSTGRESQL)).isNull();
    assertThat(plain("DELIMITER //\nCREATE TABLE a (id int)//", Dialect.MYSQL)).isNull();
    assertThat(plain("CREATE TABLE a (id int);\nCREATE TABLE b (id int)", Dialect.POSTGRESQL)).isNull();
    assertThat(plain("CREATE TABLE a (id int);", Dialect.ORACLE)).isNull();
    assertThat(plain("CREATE TABLE a (id int, n varchar(9) DEFAULT 'x);", Dialect.POSTGRESQL)).isNull();
  }

  @Test
  void cutsEveryCorpusFileAsFlywayDoes() throws IOException {
    Path corpus = RealWorldCorpusTest.corpus();
    assumeTrue(corpus != null && Files.isDirectory(corpus), "real-world corpus not found; skipping");
    int plainFiles = 0;
    int files = 0;
    for (Path file : sqlFiles(corpus)) {
      Dialect dialect = DIALECTS.get(file.getParent().getFileName().toString());
      if (dialect == null) {
        continue;
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertSameCut(text, dialect, file.toString());
      files++;
      plainFiles += plain(text, dialect) != null ? 1 : 0;
    }
    assertThat(files).isGreaterThan(900);
    // the plain cut does serve most files: it is not a path that never runs
    assertThat(plainFiles).isGreaterThan(files / 3);
  }

  @Test
  void cutsMutatedScriptsAsFlywayDoes() throws IOException {
    List<Path> sources = new ArrayList<>(sqlFiles(Path.of("src/test/resources")));
    Path corpus = RealWorldCorpusTest.corpus();
    if (corpus != null && Files.isDirectory(corpus)) {
      sources.addAll(sqlFiles(corpus).stream().filter(p -> p.toFile().length() < 8_000).toList());
    }
    assertThat(sources).isNotEmpty();
    Random random = new Random(18);
    Dialect[] dialects = {Dialect.POSTGRESQL, Dialect.MYSQL, Dialect.MARIADB, Dialect.H2};
    for (int round = 0; round < 3_000; round++) {
      Path source = sources.get(random.nextInt(sources.size()));
      String text = Files.readString(source, StandardCharsets.UTF_8);
      String mutated = mutate(text, random);
      Dialect dialect = dialects[random.nextInt(dialects.length)];
      assertSameCut(mutated, dialect, source + " (mutation " + round + ", " + dialect + ")");
    }
  }

  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && out.length() > 0; e++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> out.setLength(at);
        case 1 -> out.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
        case 2 -> out.insert(at, ";");
        default -> out.deleteCharAt(at);
      }
    }
    return out.toString();
  }

  private static void assertSameCut(String text, Dialect dialect, String what) {
    FlywayScriptSplitter.SplitResult flyway = new ScriptSplitting(text, dialect, "V1__x.sql", false).run();
    FlywayScriptSplitter.SplitResult ours = new ScriptSplitting(text, dialect, "V1__x.sql", true).run();
    assertThat(ours.statements()).as(what).isEqualTo(flyway.statements());
    assertThat(ours.problems()).as(what).isEqualTo(flyway.problems());
  }

  private static List<SqlStatementText> plain(String text, Dialect dialect) {
    ScriptLexer lexer = new ScriptLexer(text, ScriptFamily.of(dialect));
    List<FlywayParsing.Piece> pieces = PlainScriptCut.cut(lexer, ScriptFamily.of(dialect), dialect);
    if (pieces == null) {
      return null;
    }
    return pieces.stream()
        .map(p -> new SqlStatementText(text.substring(p.start(), p.end()), lexer.lineOf(p.start()), lexer.columnOf(p.start())))
        .toList();
  }

  private static List<Path> sqlFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
  }
}
