package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bound on one statement's parse time, its worker thread, and a replay bug kept to one file. */
class ParseBoundTest {

  /** A grammar entry that never finishes by itself: it waits for JSqlParser's interrupt flag. */
  private static final StatementParser.Entry UNTIL_INTERRUPTED =
      parser -> {
        while (!parser.interrupted) {
          Thread.onSpinWait();
        }
        throw new ParseException("interrupted");
      };

  private static List<Thread> parserThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("schemadrift-sql-parser") && t.isAlive())
        .toList();
  }

  private static void awaitNoParserThreads() throws InterruptedException {
    for (Thread t : parserThreads()) {
      t.join(TimeUnit.SECONDS.toMillis(10));
    }
  }

  @Test
  void aStatementThatParsesTooLongIsASqlParseProblemAtItsLineNamingTheLimit() throws InterruptedException {
    awaitNoParserThreads();
    try (MigrationReplayer replayer =
        new MigrationReplayer(
            Dialect.POSTGRESQL,
            Placeholders.none(Dialect.POSTGRESQL),
            new StatementParser(Dialect.POSTGRESQL, 50, UNTIL_INTERRUPTED))) {
      replayer.replayScript("V1__slow.sql", "-- first\nCREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\n");
      SchemaModel model = replayer.toModel(List.of());

      assertThat(model.tables()).isEmpty();
      assertThat(model.problems()).hasSize(2);
      assertThat(model.problems().get(0).place()).isEqualTo("V1__slow.sql:2:1");
      assertThat(model.problems().get(0).ruleId()).isEqualTo("sql-parse");
      assertThat(model.problems().get(0).message())
          .isEqualTo("parsing the statement took longer than 50 ms, so it was stopped; raise -Aschemadrift.parseTimeoutMillis if the statement is correct");
      assertThat(model.problems().get(1).place()).isEqualTo("V1__slow.sql:3:1");
      assertThat(parserThreads()).as("one reused worker").hasSizeLessThanOrEqualTo(1);
    }
    awaitNoParserThreads();
    assertThat(parserThreads()).isEmpty();
  }

  @Test
  void aParseThatIgnoresTheInterruptIsAbandonedAndTheNextStatementGetsAFreshWorker() throws InterruptedException {
    awaitNoParserThreads();
    CountDownLatch release = new CountDownLatch(1);
    List<Thread> used = new ArrayList<>();
    StatementParser.Entry stubborn =
        parser -> {
          used.add(Thread.currentThread());
          if (used.size() == 1) {
            try {
              release.await();
            } catch (InterruptedException e) {
              // shutdownNow interrupts; keep waiting as a parser deaf to it would
              try {
                release.await();
              } catch (InterruptedException again) {
                Thread.currentThread().interrupt();
              }
            }
          }
          return parser.Statement();
        };
    try (StatementParser parser = new StatementParser(Dialect.POSTGRESQL, 20, stubborn)) {
      assertThat(parser.parse("CREATE TABLE a (id INT)").timedOut()).isTrue();
      StatementParser.Parsed next = parser.parse("CREATE TABLE b (id INT)");
      assertThat(next.ok()).isTrue();
      assertThat(used.get(1)).isNotSameAs(used.get(0));
    } finally {
      release.countDown();
    }
    awaitNoParserThreads();
    assertThat(parserThreads()).isEmpty();
  }

  @Test
  void onTheCallingThreadTheWatchdogStopsAParseThatTakesTooLong() {
    List<Thread> used = new ArrayList<>();
    StatementParser parser =
        StatementParser.onCallingThread(Dialect.POSTGRESQL, 50, p -> {
          used.add(Thread.currentThread());
          return UNTIL_INTERRUPTED.parse(p);
        });

    StatementParser.Parsed parsed = parser.parse("CREATE TABLE a (id INT)");

    assertThat(parsed.timedOut()).isTrue();
    assertThat(parsed.error())
        .isEqualTo("parsing the statement took longer than 50 ms, so it was stopped; raise -Aschemadrift.parseTimeoutMillis if the statement is correct");
    assertThat(used).containsExactly(Thread.currentThread());
    assertThat(parser.parse("CREATE TABLE b (id INT)").timedOut()).as("a fresh deadline per statement").isTrue();
  }

  @Test
  void onTheCallingThreadAParseWithinTheBoundIsNotStopped() {
    StatementParser parser = StatementParser.onCallingThread(Dialect.POSTGRESQL, 60_000);

    StatementParser.Parsed parsed = parser.parse("CREATE TABLE a (id INT)");

    assertThat(parsed.ok()).isTrue();
    assertThat(parsed.statement().toString()).isEqualTo("CREATE TABLE a (id INT)");
    assertThat(parser.stuck()).isFalse();
  }

  @Test
  void aPreparingThreadStuckInAParseThatIgnoresTheWatchdogDoesNotHangTheReplay(@TempDir Path dir)
      throws IOException, InterruptedException {
    awaitNoParserThreads();
    CountDownLatch release = new CountDownLatch(1);
    List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    StatementParser.Entry deafOnTableStuck =
        parser -> {
          if ("stuck".equals(parser.getToken(3).image)) {
            threads.add(Thread.currentThread().getName());
            boolean released = false;
            while (!released) {
              try {
                released = release.await(1, TimeUnit.DAYS);
              } catch (InterruptedException ignored) {
                // deaf to interrupts and to JSqlParser's flag, as a parser bug would be
              }
            }
          }
          return parser.Statement();
        };
    Path v1 = Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE a (id INT);\nCREATE TABLE stuck (id INT);\nCREATE TABLE c (id INT);\n");
    Path v2 = Files.writeString(dir.resolve("V2__b.sql"), "CREATE TABLE d (id INT);\n");
    List<MigrationFile> files =
        List.of(
            new MigrationFile(v1, "V1__a.sql", MigrationFile.Kind.VERSIONED, "1", "a"),
            new MigrationFile(v2, "V2__b.sql", MigrationFile.Kind.VERSIONED, "2", "b"));

    try (ParallelPreparation preparation =
        new ParallelPreparation(files, Dialect.POSTGRESQL, Placeholders.none(Dialect.POSTGRESQL), 50, 2, deafOnTableStuck)) {
      MigrationReplayer.PreparedScript first = preparation.get(0);
      MigrationReplayer.PreparedScript second = preparation.get(1);

      List<String> outcomes =
          first.statements().stream()
              .map(statement -> {
                StatementParser.Parsed parsed = first.parsed().get(statement).parsed();
                return parsed.ok() ? parsed.statement().toString() : parsed.error();
              })
              .toList();
      assertThat(outcomes)
          .containsExactly(
              "CREATE TABLE a (id INT)",
              "parsing the statement took longer than 50 ms, so it was stopped; raise -Aschemadrift.parseTimeoutMillis if the statement is correct",
              "CREATE TABLE c (id INT)");
      assertThat(threads)
          .as("stuck first on a preparing thread, then on the replay's abandoned worker")
          .containsExactly("schemadrift-migration-reader", "schemadrift-sql-parser");
      assertThat(second.parsed().values()).singleElement().satisfies(o -> assertThat(o.parsed().ok()).isTrue());
    } finally {
      release.countDown();
    }
    awaitNoParserThreads();
  }

  @Test
  void withoutABoundTheParseRunsOnTheCallingThread() {
    List<Thread> used = new ArrayList<>();
    StatementParser parser =
        new StatementParser(Dialect.POSTGRESQL, 0, p -> {
          used.add(Thread.currentThread());
          return p.Statement();
        });
    assertThat(parser.parse("CREATE TABLE a (id INT)").ok()).isTrue();
    assertThat(used).containsExactly(Thread.currentThread());
  }

  @Test
  void aReplayBugIsReportedPerFileAndTheNextFileIsStillReplayed(@TempDir Path dir) throws IOException {
    Path v1 = Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE a (id INT);\n\nCREATE TABLE ${boom} (id INT);\n");
    Path v2 = Files.writeString(dir.resolve("V2__b.sql"), "CREATE TABLE b (id INT);\n");
    List<MigrationFile> files =
        List.of(
            new MigrationFile(v1, "V1__a.sql", MigrationFile.Kind.VERSIONED, "1", "a"),
            new MigrationFile(v2, "V2__b.sql", MigrationFile.Kind.VERSIONED, "2", "b"));
    List<String> failures = new ArrayList<>();

    SchemaModel model =
        MigrationReplayer.replay(
            files,
            Dialect.POSTGRESQL,
            null, // missing placeholders make every file's replay throw, as a bug would
            0,
            (at, e) -> failures.add(at + " " + e.getClass().getSimpleName()));

    assertThat(failures).containsExactly("V1__a.sql:1 NullPointerException", "V2__b.sql:1 NullPointerException");
    assertThat(model.migrations()).hasSize(2);
  }
}
