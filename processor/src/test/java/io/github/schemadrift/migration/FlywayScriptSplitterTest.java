package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.migration.FlywayScriptSplitter.SplitProblem;
import io.github.schemadrift.migration.FlywayScriptSplitter.SplitResult;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Golden tests for {@link FlywayScriptSplitter}: per dialect, a realistic script and the exact
 * statements, lines and columns Flyway's parser yields for it; then malformed scripts, which must
 * give problems rather than exceptions, and the real-world corpus.
 */
class FlywayScriptSplitterTest {

  @Test
  void postgresqlKeepsDollarBodiesDoBlocksAndCopyStatementsWhole() {
    String script =
        """
        -- V1__init.sql: schema for the dreamwork service
        /* multi-line
           header comment */
        CREATE TABLE dreamwork_tasks (
          id BIGSERIAL PRIMARY KEY,
          prompt TEXT NOT NULL, -- the user's text; may contain ';'
          input_image BYTEA
        );

        CREATE FUNCTION touch_updated_at() RETURNS trigger AS $$
        BEGIN
          NEW.updated_at := now();
          RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;

        DO $do$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'task_state') THEN
            CREATE TYPE task_state AS ENUM ('new', 'done');
          END IF;
        END
        $do$;

        COPY dreamwork_tasks (id, prompt) FROM stdin;
        1\tpaint a cat; then a dog
        2\t\\N
        \\.

        INSERT INTO dreamwork_tasks (prompt) VALUES ('it''s; fine'), (E'a\\'b;c');
          ALTER TABLE ${schema}.dreamwork_tasks ADD COLUMN state task_state
        """;

    SplitResult result = FlywayScriptSplitter.split(script, Dialect.POSTGRESQL, "V1__init.sql");

    assertThat(result.problems()).isEmpty();
    assertThat(result.statements())
        .containsExactly(
            statement(
                4,
                1,
                """
                CREATE TABLE dreamwork_tasks (
                  id BIGSERIAL PRIMARY KEY,
                  prompt TEXT NOT NULL, -- the user's text; may contain ';'
                  input_image BYTEA
                )"""),
            statement(
                10,
                1,
                """
                CREATE FUNCTION touch_updated_at() RETURNS trigger AS $$
                BEGIN
                  NEW.updated_at := now();
                  RETURN NEW;
                END;
                $$ LANGUAGE plpgsql"""),
            statement(
                17,
                1,
                """
                DO $do$
                BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'task_state') THEN
                    CREATE TYPE task_state AS ENUM ('new', 'done');
                  END IF;
                END
                $do$"""),
            statement(25, 1, "COPY dreamwork_tasks (id, prompt) FROM stdin"),
            statement(
                30, 1, "INSERT INTO dreamwork_tasks (prompt) VALUES ('it''s; fine'), (E'a\\'b;c')"),
            statement(31, 3, "ALTER TABLE ${schema}.dreamwork_tasks ADD COLUMN state task_state"));
  }

  private static final String MYSQL_DUMP =
      """
      /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
      /*!40101 SET NAMES utf8 */;
      USE catalogdb;

      # Table structure for `service recipe`
      CREATE TABLE `service recipe` (
        `id` int(11) NOT NULL AUTO_INCREMENT,
        `action` varchar(50) DEFAULT 'a;b',
        PRIMARY KEY (`id`)
      ) ENGINE=InnoDB DEFAULT CHARSET=latin1;

      DELIMITER $$
      CREATE PROCEDURE add_column_if_missing()
      BEGIN
        IF (SELECT COUNT(*) FROM columns_view WHERE name = 'x') = 0 THEN
          ALTER TABLE `service recipe` ADD COLUMN x INT;
        END IF;
      END $$
      DELIMITER ;

      CALL add_column_if_missing(); -- trailing comment
      INSERT INTO `service recipe` (`action`) VALUES ("say \\"hi\\"; bye");
      """;

  private static final List<SqlStatementText> MYSQL_DUMP_STATEMENTS =
      List.of(
          statement(1, 1, "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */"),
          statement(2, 1, "/*!40101 SET NAMES utf8 */"),
          statement(3, 1, "USE catalogdb"),
          statement(
              6,
              1,
              """
              CREATE TABLE `service recipe` (
                `id` int(11) NOT NULL AUTO_INCREMENT,
                `action` varchar(50) DEFAULT 'a;b',
                PRIMARY KEY (`id`)
              ) ENGINE=InnoDB DEFAULT CHARSET=latin1"""),
          statement(
              13,
              1,
              """
              CREATE PROCEDURE add_column_if_missing()
              BEGIN
                IF (SELECT COUNT(*) FROM columns_view WHERE name = 'x') = 0 THEN
                  ALTER TABLE `service recipe` ADD COLUMN x INT;
                END IF;
              END"""),
          statement(21, 1, "CALL add_column_if_missing()"),
          statement(
              22, 1, "INSERT INTO `service recipe` (`action`) VALUES (\"say \\\"hi\\\"; bye\")"));

  @Test
  void mysqlFollowsDelimiterCommandsAndKeepsVersionComments() {
    SplitResult result = FlywayScriptSplitter.split(MYSQL_DUMP, Dialect.MYSQL, "V1__dump.sql");

    assertThat(result.problems()).isEmpty();
    assertThat(result.statements()).containsExactlyElementsOf(MYSQL_DUMP_STATEMENTS);
  }

  @Test
  void mariadbSplitsLikeMysqlAndKeepsBeginNotAtomicBlocks() {
    String script =
        MYSQL_DUMP
            + """
              BEGIN NOT ATOMIC
                DECLARE n INT;
                SELECT COUNT(*) INTO n FROM `service recipe`;
              END;
              """;

    SplitResult result = FlywayScriptSplitter.split(script, Dialect.MARIADB, "V1__dump.sql");

    List<SqlStatementText> expected = new ArrayList<>(MYSQL_DUMP_STATEMENTS);
    expected.add(
        statement(
            23,
            1,
            """
            BEGIN NOT ATOMIC
              DECLARE n INT;
              SELECT COUNT(*) INTO n FROM `service recipe`;
            END"""));
    assertThat(result.problems()).isEmpty();
    assertThat(result.statements()).containsExactlyElementsOf(expected);
  }

  @Test
  void oracleEndsPlsqlBlocksAtSlashLines() {
    String script =
        """
        -- Oracle schema
        CREATE TABLE dreamwork_tasks (id NUMBER(19) NOT NULL, prompt VARCHAR2(4000));

        CREATE SEQUENCE task_seq START WITH 1;

        BEGIN
          EXECUTE IMMEDIATE 'DROP TABLE old_tasks';
        EXCEPTION
          WHEN OTHERS THEN
            IF SQLCODE != -942 THEN RAISE; END IF;
        END;
        /

        CREATE OR REPLACE TRIGGER dreamwork_tasks_bi
        BEFORE INSERT ON dreamwork_tasks
        FOR EACH ROW
        BEGIN
          SELECT task_seq.NEXTVAL INTO :new.id FROM dual;
        END;
        /
        INSERT INTO dreamwork_tasks (id, prompt) VALUES (1, q'[it's; fine]');
        """;

    SplitResult result = FlywayScriptSplitter.split(script, Dialect.ORACLE, "V1__oracle.sql");

    assertThat(result.problems()).isEmpty();
    assertThat(result.statements())
        .containsExactly(
            statement(
                2,
                1,
                "CREATE TABLE dreamwork_tasks (id NUMBER(19) NOT NULL, prompt VARCHAR2(4000))"),
            statement(4, 1, "CREATE SEQUENCE task_seq START WITH 1"),
            statement(
                6,
                1,
                """
                BEGIN
                  EXECUTE IMMEDIATE 'DROP TABLE old_tasks';
                EXCEPTION
                  WHEN OTHERS THEN
                    IF SQLCODE != -942 THEN RAISE; END IF;
                END;"""),
            statement(
                14,
                1,
                """
                CREATE OR REPLACE TRIGGER dreamwork_tasks_bi
                BEFORE INSERT ON dreamwork_tasks
                FOR EACH ROW
                BEGIN
                  SELECT task_seq.NEXTVAL INTO :new.id FROM dual;
                END;"""),
            statement(
                21, 1, "INSERT INTO dreamwork_tasks (id, prompt) VALUES (1, q'[it's; fine]')"));
  }

  @Test
  void h2KeepsDollarQuotedJavaSourceWhole() {
    String script =
        """
        -- H2 baseline
        CREATE TABLE `sp_action` (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(64));
        CREATE ALIAS IF NOT EXISTS REVERSE_TEXT AS $$
        String reverse(String s) { return new StringBuilder(s).reverse().toString(); }
        $$;
        /* block */ INSERT INTO sp_action (name) VALUES ('a;b');
        """;

    SplitResult result = FlywayScriptSplitter.split(script, Dialect.H2, "B1__baseline.sql");

    assertThat(result.problems()).isEmpty();
    assertThat(result.statements())
        .containsExactly(
            statement(
                2,
                1,
                "CREATE TABLE `sp_action` (id BIGINT AUTO_INCREMENT PRIMARY KEY, name"
                    + " VARCHAR(64))"),
            statement(
                3,
                1,
                """
                CREATE ALIAS IF NOT EXISTS REVERSE_TEXT AS $$
                String reverse(String s) { return new StringBuilder(s).reverse().toString(); }
                $$"""),
            statement(6, 13, "INSERT INTO sp_action (name) VALUES ('a;b')"));
  }

  @Test
  void sqlServerSplitsGoBatchesThenSemicolonsOutsideBlocks() {
    String script =
        """
        -- SQL Server
        CREATE TABLE [dbo].[cohort] ([id] INT NOT NULL, [name;x] NVARCHAR(255));
        GO

        IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'ix_cohort_name')
        BEGIN
          CREATE INDEX ix_cohort_name ON [dbo].[cohort] ([name;x]);
          PRINT 'created; done';
        END;
        ALTER TABLE [dbo].[cohort] ADD [created] DATETIME;
        go 2

        /* this comment holds a GO line
        GO
        */
        CREATE PROCEDURE [dbo].[rename_cohorts] AS
          SET NOCOUNT ON;
          UPDATE [dbo].[cohort] SET [name;x] = [name;x] + N'; copy';
        GO

        begin tran;
        UPDATE [dbo].[cohort] SET [name;x] = 'x
        GO
        ' WHERE id = CASE WHEN 1 = 1 THEN 1 END;
        commit;
        GO
        """;

    SplitResult result = FlywayScriptSplitter.split(script, Dialect.SQLSERVER, "V1__mssql.sql");

    assertThat(result.problems()).isEmpty();
    assertThat(result.statements())
        .containsExactly(
            statement(
                2, 1, "CREATE TABLE [dbo].[cohort] ([id] INT NOT NULL, [name;x] NVARCHAR(255))"),
            statement(
                5,
                1,
                """
                IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'ix_cohort_name')
                BEGIN
                  CREATE INDEX ix_cohort_name ON [dbo].[cohort] ([name;x]);
                  PRINT 'created; done';
                END"""),
            statement(10, 1, "ALTER TABLE [dbo].[cohort] ADD [created] DATETIME"),
            statement(
                16,
                1,
                """
                CREATE PROCEDURE [dbo].[rename_cohorts] AS
                  SET NOCOUNT ON;
                  UPDATE [dbo].[cohort] SET [name;x] = [name;x] + N'; copy'"""),
            statement(21, 1, "begin tran"),
            statement(
                22,
                1,
                """
                UPDATE [dbo].[cohort] SET [name;x] = 'x
                GO
                ' WHERE id = CASE WHEN 1 = 1 THEN 1 END"""),
            statement(25, 1, "commit"));
  }

  @Test
  void byteOrderMarkIsNotPartOfTheFirstStatementOrItsColumn() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "\uFEFFCREATE TABLE a (id INT);\nSELECT 1;", Dialect.H2, "V1__bom.sql");

    assertThat(result.problems()).isEmpty();
    assertThat(result.statements())
        .containsExactly(statement(1, 1, "CREATE TABLE a (id INT)"), statement(2, 1, "SELECT 1"));
  }

  @Test
  void byteOrderMarkBeforeALeadingCommentIsStripped() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "\uFEFF-- created by hand\n  ALTER TABLE a ADD b INT;", Dialect.POSTGRESQL, "V2.sql");

    assertThat(result.problems()).isEmpty();
    assertThat(result.statements()).containsExactly(statement(2, 3, "ALTER TABLE a ADD b INT"));
  }

  @Test
  void crlfLineEndsAreNotPartOfStatements() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "CREATE TABLE a (id INT);\r\n\r\n-- c\r\nINSERT INTO a\r\nVALUES (1);\r\n",
            Dialect.POSTGRESQL,
            "V1.sql");

    assertThat(result.problems()).isEmpty();
    assertThat(result.statements())
        .containsExactly(
            statement(1, 1, "CREATE TABLE a (id INT)"),
            statement(4, 1, "INSERT INTO a\r\nVALUES (1)"));
  }

  @Test
  void unterminatedStringIsReportedWhereItOpens() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "CREATE TABLE a (id INT);\nINSERT INTO a VALUES ('oops);\nSELECT 1;\n",
            Dialect.POSTGRESQL,
            "V3.sql");

    assertThat(result.statements()).containsExactly(statement(1, 1, "CREATE TABLE a (id INT)"));
    assertThat(result.problems())
        .containsExactly(
            new SplitProblem(2, 23, "unterminated string literal runs to the end of the file"));
  }

  @Test
  void unterminatedDollarQuoteIsReportedWhereItOpens() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "CREATE TABLE a (id INT);\n\nCREATE FUNCTION f() RETURNS int AS $body$\n"
                + "BEGIN RETURN 1; END;\n",
            Dialect.POSTGRESQL,
            "V4.sql");

    assertThat(result.statements()).containsExactly(statement(1, 1, "CREATE TABLE a (id INT)"));
    assertThat(result.problems())
        .containsExactly(
            new SplitProblem(
                3, 36, "unterminated dollar-quoted string $body$ runs to the end of the file"));
  }

  @Test
  void unterminatedCommentBetweenStatementsIsReported() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "CREATE TABLE a (id INT);\n  /* unterminated\nSELECT 1;\n", Dialect.MYSQL, "V5.sql");

    assertThat(result.statements()).containsExactly(statement(1, 1, "CREATE TABLE a (id INT)"));
    assertThat(result.problems())
        .containsExactly(
            new SplitProblem(2, 3, "unterminated comment runs to the end of the file"));
  }

  @Test
  void unterminatedCommentInsideAStatementIsReported() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "SELECT 1;\nSELECT 2 /* note\n;\nSELECT 3;", Dialect.ORACLE, "V6.sql");

    assertThat(result.statements()).containsExactly(statement(1, 1, "SELECT 1"));
    assertThat(result.problems())
        .containsExactly(
            new SplitProblem(2, 10, "unterminated comment runs to the end of the file"));
  }

  @Test
  void unterminatedMysqlStringWithBackslashEscapeIsReported() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "SELECT 1;\nINSERT INTO t VALUES ('a\\');\n", Dialect.MARIADB, "V7.sql");

    assertThat(result.statements()).containsExactly(statement(1, 1, "SELECT 1"));
    assertThat(result.problems())
        .containsExactly(
            new SplitProblem(2, 23, "unterminated string literal runs to the end of the file"));
  }

  @Test
  void unterminatedSqlServerStringSwallowsLaterBatchesAndIsReported() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "SELECT 1\nGO\nSELECT 2; SELECT 'abc\nGO\nSELECT 3\n", Dialect.SQLSERVER, "V8.sql");

    assertThat(result.statements())
        .containsExactly(statement(1, 1, "SELECT 1"), statement(3, 1, "SELECT 2"));
    assertThat(result.problems())
        .containsExactly(
            new SplitProblem(3, 18, "unterminated string literal runs to the end of the file"));
  }

  @Test
  void unclosedParenthesisIsReportedAtItsStatement() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "SELECT 1;\nCREATE TABLE a (id INT;\nSELECT 2;\n", Dialect.POSTGRESQL, "V9.sql");

    assertThat(result.statements()).containsExactly(statement(1, 1, "SELECT 1"));
    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().get(0).line()).isEqualTo(2);
    assertThat(result.problems().get(0).column()).isEqualTo(1);
  }

  @Test
  void incompletePlsqlBlockIsAFlywayErrorReportedAsAProblem() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "CREATE TABLE a (id INT);\n\nBEGIN\n  NULL;\n", Dialect.ORACLE, "V10.sql");

    assertThat(result.statements()).containsExactly(statement(1, 1, "CREATE TABLE a (id INT)"));
    assertThat(result.problems()).hasSize(1);
    SplitProblem problem = result.problems().get(0);
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo(1);
    assertThat(problem.message())
        .startsWith("statement cannot be split by Flyway's oracle parser: Incomplete statement");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void copyDataWithoutEndMarkerIsReportedInsteadOfHanging() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "SELECT 1;\nCOPY t (a) FROM stdin;\n1\n2\n", Dialect.POSTGRESQL, "V11.sql");

    assertThat(result.statements()).containsExactly(statement(1, 1, "SELECT 1"));
    assertThat(result.problems())
        .containsExactly(new SplitProblem(2, 1, "COPY data is not ended by a '\\.' line"));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void bareDelimiterCommandAtTheEndIsReportedInsteadOfHanging() {
    SplitResult result = FlywayScriptSplitter.split("SELECT 1;\nDELIMITER", Dialect.MYSQL, "V12");

    assertThat(result.statements()).containsExactly(statement(1, 1, "SELECT 1"));
    assertThat(result.problems()).extracting(SplitProblem::line).containsExactly(2);
  }

  @Test
  void textTakenAsCopyDataOnTheCopyLineIsReported() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "COPY t (a) FROM stdin; DELETE FROM t;\n1\n\\.\nSELECT 2;\n",
            Dialect.POSTGRESQL,
            "V13.sql");

    assertThat(result.statements())
        .containsExactly(statement(1, 1, "COPY t (a) FROM stdin"), statement(4, 1, "SELECT 2"));
    assertThat(result.problems())
        .containsExactly(
            new SplitProblem(
                1, 24, "text between statements was not split into a statement: 'DELETE FROM t;'"));
  }

  @Test
  void placeholdersStayInTheStatementsButDoNotConfuseTheParser() {
    SplitResult result =
        FlywayScriptSplitter.split(
            "ALTER TABLE ${ohdsiSchema}.cca ADD x INT;\nUPDATE ${ohdsiSchema}.cca SET x = 1;\n",
            Dialect.POSTGRESQL,
            "V14.sql");

    assertThat(result.problems()).isEmpty();
    assertThat(result.statements())
        .containsExactly(
            statement(1, 1, "ALTER TABLE ${ohdsiSchema}.cca ADD x INT"),
            statement(2, 1, "UPDATE ${ohdsiSchema}.cca SET x = 1"));
  }

  @Test
  void emptyAndCommentOnlyScriptsHaveNoStatementsAndNoProblems() {
    for (Dialect dialect : Dialect.values()) {
      assertThat(FlywayScriptSplitter.split("", dialect, "V1.sql"))
          .isEqualTo(new SplitResult(List.of(), List.of()));
      assertThat(FlywayScriptSplitter.split("-- nothing\n/* yet */\n", dialect, "V1.sql"))
          .isEqualTo(new SplitResult(List.of(), List.of()));
    }
  }

  @Test
  void worksWhenTheContextClassLoaderSeesNoneOfItsClasses() throws Exception {
    SplitResult result =
        withUnrelatedContextClassLoader(
            () -> FlywayScriptSplitter.split("SELECT 1;\nSELECT 2;", Dialect.MYSQL, "V1.sql"));

    assertThat(result.statements())
        .containsExactly(statement(1, 1, "SELECT 1"), statement(2, 1, "SELECT 2"));
  }

  @Test
  void firstUseInAFreshClassLoaderWorksWhenTheContextClassLoaderSeesNoneOfItsClasses()
      throws Exception {
    URL[] classPath =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(FlywayScriptSplitterTest::toUrl)
            .toArray(URL[]::new);
    try (URLClassLoader isolated =
        new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
      Class<?> splitter = isolated.loadClass(FlywayScriptSplitter.class.getName());
      assertThat(splitter).isNotSameAs(FlywayScriptSplitter.class);
      @SuppressWarnings({"unchecked", "rawtypes"})
      Object oracle = Enum.valueOf((Class) isolated.loadClass(Dialect.class.getName()), "ORACLE");
      Method split = splitter.getMethod("split", String.class, oracle.getClass(), String.class);

      Object result =
          withUnrelatedContextClassLoader(
              () ->
                  split.invoke(null, "BEGIN\n  NULL;\nEND;\n/\nSELECT 1 FROM dual;", oracle, "V1"));

      assertThat(result.toString())
          .isEqualTo(
              "SplitResult[statements=[SqlStatementText[sql=BEGIN\n"
                  + "  NULL;\n"
                  + "END;, line=1, column=1], SqlStatementText[sql=SELECT 1 FROM dual, line=5,"
                  + " column=1]], problems=[]]");
    }
  }

  /** The real migrations under /work/shared/corpus/sql: one folder per dialect. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void splitsEveryCorpusFileWithoutProblems() throws IOException {
    Path corpus = Path.of("/work/shared/corpus/sql");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus not present");
    Map<String, Dialect> dialects =
        Map.of(
            "postgresql", Dialect.POSTGRESQL,
            "mysql", Dialect.MYSQL,
            "mariadb", Dialect.MARIADB,
            "h2", Dialect.H2,
            "oracle", Dialect.ORACLE,
            "sqlserver", Dialect.SQLSERVER);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(path -> path.toString().endsWith(".sql")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(900);

    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      Dialect dialect = dialects.get(file.getParent().getFileName().toString());
      String script = Files.readString(file, StandardCharsets.UTF_8);
      String name = corpus.relativize(file).toString();
      SplitResult result;
      try {
        result = FlywayScriptSplitter.split(script, dialect, name);
      } catch (RuntimeException e) {
        failures.add(name + ": " + e);
        continue;
      }
      if (result.statements().isEmpty() && !script.isBlank()) {
        failures.add(name + ": no statements");
      }
      for (SplitProblem problem : result.problems()) {
        failures.add(
            name + ":" + problem.line() + ":" + problem.column() + " " + problem.message());
      }
    }
    assertThat(failures).isEmpty();
  }

  private static SqlStatementText statement(int line, int column, String sql) {
    return new SqlStatementText(sql, line, column);
  }

  private static <T> T withUnrelatedContextClassLoader(Callable<T> action) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    try (URLClassLoader unrelated = new URLClassLoader(new URL[0], null)) {
      thread.setContextClassLoader(unrelated);
      return action.call();
    } finally {
      thread.setContextClassLoader(saved);
    }
  }

  private static URL toUrl(String path) {
    try {
      return Path.of(path).toUri().toURL();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
