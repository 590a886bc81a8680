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
 * The plain cuts ({@link PlainScriptCut}, and {@link PlainDollarScriptCut} for PostgreSQL and H2)
 * cut every script exactly where Flyway's parser does, or leave it to Flyway's parser: same
 * statements, same lines and columns, same problems, on every file of the real-world corpus, on
 * every file of the generated large project where it has been generated, on every SQL file of the
 * test resources and on thousands of mutations of them (quotes, dollar quotes and tags, {@code $1}
 * parameters, comments, parentheses and semicolons inserted, inside strings and comments too;
 * files truncated).
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

  /** Fragments Flyway's PostgreSQL and H2 parsers read in a way of their own. */
  private static final String[] FRAGMENTS = {
    "$$", "$", "$a$", "$body$", "$1", "$2$", "x$1", ".$1", "1$", "E'", "e'", "B'", "X'", "U&'", "\\'",
    "''", "--", "\r", "/*", "*/", "/*/", "\"", "`", ".", "..", "ATOMIC", "copy", "BEGIN ATOMIC",
    "\u00a0", "\u2028", "\u0001", "\u0000", "\u0663", "(", ")", ";", "\n", "$$;", "; $$",
    "-- $$\n", "/* $a$ */", "'$$'", "\"$$\"", "$y$", "x.$y$", "a.b.c.", "-- $y$\n", "e'\\'", "E'\\'", "\uFEFF"
  };

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
    assertThat(plain("CREATE FUNCTION f() RETURNS INT BEGIN RETURN 1; END;", Dialect.MYSQL)).isNull();
    assertThat(plain("DELIMITER //\nCREATE TABLE a (id int)//", Dialect.MYSQL)).isNull();
    assertThat(plain("CREATE TABLE a (id int);\nCREATE TABLE b (id int", Dialect.MYSQL)).isNull();
    // a last statement without ';' is kept as Flyway keeps it; a column named function is no block
    for (String script : List.of(
        "CREATE TABLE a (id int);\nCREATE TABLE b (id int) -- done\n",
        "ALTER TABLE a MODIFY function varchar(9);\nSELECT s.FUNCTION FROM s")) {
      assertSameCut(script, Dialect.MARIADB, script);
      assertThat(plain(script, Dialect.MARIADB)).as(script).hasSize(2);
    }
    assertThat(plain("CREATE TABLE a (id int);", Dialect.ORACLE)).isNull();
    assertThat(plain("CREATE TABLE a (id int, n varchar(9) DEFAULT 'x);", Dialect.POSTGRESQL)).isNull();
  }

  @Test
  void cutsPostgresDollarQuotesAsFlywayDoes() {
    String function =
        "CREATE OR REPLACE FUNCTION clamp_1(a integer, b integer) RETURNS integer AS $$\n"
            + "DECLARE\n    total integer;\nBEGIN\n    total := a + b;\n    IF total > 100 THEN\n"
            + "        total := 100;\n    END IF;\n    RETURN total;\nEND;\n$$ LANGUAGE plpgsql;\n\n"
            + "-- a trigger $$\nCREATE TRIGGER t BEFORE UPDATE ON a\n    FOR EACH ROW EXECUTE FUNCTION touch_1();\n"
            + "DO $body$ BEGIN RAISE NOTICE 'x;$$'; END $body$;\n"
            + "SELECT CASE WHEN x$1 > 0 THEN E'a\\';' ELSE 'b' END FROM a";
    assertThat(plain(function, Dialect.POSTGRESQL))
        .extracting(SqlStatementText::line)
        .containsExactly(1, 14, 16, 17);
    assertThat(plain(function, Dialect.POSTGRESQL).get(2).sql())
        .isEqualTo("DO $body$ BEGIN RAISE NOTICE 'x;$$'; END $body$");
    assertSameCut(function, Dialect.POSTGRESQL, "function");
    assertSameCut(function, Dialect.H2, "function");
    // what Flyway reads in a way of its own goes to Flyway's parser
    assertThat(plain("PREPARE p AS SELECT $1;\nSELECT 2;", Dialect.POSTGRESQL)).isNull();
    assertThat(plain("CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; END;", Dialect.POSTGRESQL)).isNull();
    assertThat(plain("COPY a FROM STDIN;\n1\n\\.\n", Dialect.POSTGRESQL)).isNull();
    assertThat(plain("SELECT $a$ x $b$;", Dialect.POSTGRESQL)).isNull();
    assertThat(plain("SELECT (1;", Dialect.POSTGRESQL)).isNull();
    assertThat(plain("SELECT (1", Dialect.POSTGRESQL)).isNull();
    // a tag spanning lines never ends in Flyway's eyes, even where it is repeated
    assertThat(plain("SELECT $1;\nSELECT $2;\nSELECT $1;\nSELECT $2;\n", Dialect.POSTGRESQL)).isNull();
    assertSameCut("SELECT $1;\nSELECT $2;\nSELECT $1;\nSELECT $2;\n", Dialect.POSTGRESQL, "tag over lines");
    // Flyway's rules where they differ from PostgreSQL's: e'...' takes no backslash escapes, a $
    // in a name's first three parts is part of it, one after them opens a dollar quote
    assertThat(plain("SELECT e'\\';\nSELECT E'\\';';\n", Dialect.POSTGRESQL))
        .extracting(SqlStatementText::sql)
        .containsExactly("SELECT e'\\'", "SELECT E'\\';'");
    assertThat(plain("SELECT x.$y$ FROM t; -- $y$\nSELECT 1;", Dialect.POSTGRESQL)).hasSize(2);
    assertThat(plain("SELECT a.b.c.$y$ FROM t; -- $y$\nSELECT 1;", Dialect.POSTGRESQL)).hasSize(1);
    for (String script : List.of(
        "SELECT e'\\';\nSELECT E'\\';';\n",
        "SELECT x.$y$ FROM t; -- $y$\nSELECT 1;",
        "SELECT a.b.c.$y$ FROM t; -- $y$\nSELECT 1;",
        "SELECT U&'d\\0061t';\nSELECT 2")) {
      assertSameCut(script, Dialect.POSTGRESQL, script);
      assertThat(plain(script, Dialect.POSTGRESQL)).as(script).isNotNull();
    }
    assertThat(plain("CREATE TABLE a (id int, n varchar(9) DEFAULT 'x);", Dialect.POSTGRESQL)).isNull();
  }

  @Test
  void readsPastAByteOrderMarkInsideAScriptAsFlywayDoes() {
    // files joined by cat: Flyway's reader drops every mark, and its offsets count without them
    String joined = "SELECT 1;\nSELECT \uFEFF2;\n\uFEFFSELECT 'a\uFEFF';\nSELECT 3;\n";
    for (Dialect dialect : List.of(Dialect.POSTGRESQL, Dialect.MYSQL, Dialect.H2, Dialect.ORACLE)) {
      FlywayScriptSplitter.SplitResult flyway = new ScriptSplitting(joined, dialect, "V1__x.sql", false).run();
      assertThat(flyway.problems()).as(dialect.toString()).isEmpty();
      assertThat(flyway.statements())
          .extracting(SqlStatementText::sql, SqlStatementText::line, SqlStatementText::column)
          .as(dialect.toString())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("SELECT 1", 1, 1),
              org.assertj.core.groups.Tuple.tuple("SELECT \uFEFF2", 2, 1),
              org.assertj.core.groups.Tuple.tuple("SELECT 'a\uFEFF'", 3, 2),
              org.assertj.core.groups.Tuple.tuple("SELECT 3", 4, 1));
      assertThat(plain(joined, dialect)).as(dialect.toString()).isNull();
      assertSameCut(joined, dialect, dialect.toString());
    }
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
  void cutsEveryFileOfTheLargeProjectAsFlywayDoes() throws IOException {
    Path large = largeProject();
    assumeTrue(large != null, "generated large project not found (bench/javac-bench.sh generates it); skipping");
    List<Path> files = sqlFiles(large);
    int plainFiles = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertSameCut(text, Dialect.POSTGRESQL, file.toString());
      plainFiles += plain(text, Dialect.POSTGRESQL) != null ? 1 : 0;
    }
    assertThat(plainFiles).isEqualTo(files.size());
  }

  @Test
  void cutsMutatedDollarQuotedScriptsAsFlywayDoes() throws IOException {
    List<Path> sources = new ArrayList<>(sqlFiles(Path.of("src/test/resources")));
    Path corpus = RealWorldCorpusTest.corpus();
    if (corpus != null && Files.isDirectory(corpus)) {
      sources.addAll(sqlFiles(corpus).stream().filter(p -> p.toFile().length() < 8_000).toList());
    }
    Path large = largeProject();
    if (large != null) {
      sources.addAll(sqlFiles(large).stream().filter(p -> p.toFile().length() < 3_000).limit(300).toList());
    }
    Random random = new Random(1697);
    int plainRounds = 0;
    for (int round = 0; round < 4_000; round++) {
      Path source = sources.get(random.nextInt(sources.size()));
      String text = Files.readString(source, StandardCharsets.UTF_8);
      StringBuilder out = new StringBuilder(text);
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = out.length() == 0 ? 0 : random.nextInt(out.length());
        if (random.nextInt(8) == 0) {
          out.setLength(at);
        } else {
          out.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
      }
      Dialect dialect = random.nextInt(4) == 0 ? Dialect.H2 : Dialect.POSTGRESQL;
      assertSameCut(out.toString(), dialect, source + " (dollar mutation " + round + ", " + dialect + ")");
      plainRounds += plain(out.toString(), dialect) != null ? 1 : 0;
    }
    // the mutations reach the plain cut, not only Flyway's parser
    assertThat(plainRounds).isGreaterThan(1_000);
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
    List<FlywayParsing.Piece> pieces = ScriptFamily.of(dialect).plainCut(lexer, dialect);
    if (pieces == null) {
      return null;
    }
    return pieces.stream()
        .map(p -> new SqlStatementText(text.substring(p.start(), p.end()), lexer.lineOf(p.start()), lexer.columnOf(p.start())))
        .toList();
  }

  /**
   * The generated large PostgreSQL project's migrations in this working tree ({@code
   * bench/javac-bench.sh} writes them), or null.
   */
  private static Path largeProject() {
    Path migrations =
        Path.of("").toAbsolutePath().getParent()
            .resolve("bench/target/projects/large-postgresql/src/main/resources/db/migration");
    return Files.isDirectory(migrations) ? migrations : null;
  }

  private static List<Path> sqlFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
  }
}
