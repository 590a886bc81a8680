package io.github.schemadrift.dbproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.SchemaModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every word a database accepts unquoted as a column or table name replays, in every statement
 * form ({@link KeywordForms}). The words come from the live server's own keyword list (PostgreSQL's
 * {@code pg_get_keywords()}, MariaDB's {@code information_schema.KEYWORDS}, H2's driver metadata)
 * joined with every keyword of JSqlParser; the server runs each statement and keeps those it
 * accepts; the replay of the accepted statements must then agree with the server field by field
 * ({@link SchemaComparison}). Oracle and SQL Server have no server here: their published
 * reserved-word lists decide which of JSqlParser's keywords are names there, and the replay alone
 * is checked against the state the statements describe.
 */
class KeywordReplayProofTest {

  /**
   * CONSTRAINT starts a table constraint in every CREATE TABLE grammar, so no database takes it as
   * an unquoted column name (PostgreSQL, MariaDB and H2 all refuse it); Oracle's published list
   * leaves it out only because it lists reserved words, not keywords with a fixed place.
   */
  private static final Set<String> STARTS_A_CONSTRAINT = Set.of("constraint");

  /** The names {@link KeywordForms} gives its own columns; a keyword of the same name would clash. */
  private static final Set<String> FIXED_NAMES = Set.of("id", "other", "extra", "more", "kp");

  @Test
  void everyPostgresqlKeywordThatNamesAColumnReplays() throws Exception {
    Optional<Path> bin = LocalPostgres.binaries();
    assumeTrue(bin.isPresent(), "no PostgreSQL binaries under /usr/lib/postgresql (.ci/run installs them); skipping");
    try (LocalPostgres pg = LocalPostgres.start(bin.get());
        Connection db = DriverManager.getConnection(pg.url(), "postgres", "")) {
      Set<String> columnNames = new TreeSet<>();
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery("SELECT word FROM pg_get_keywords() WHERE catcode IN ('U', 'C')")) {
        while (rs.next()) {
          columnNames.add(rs.getString(1));
        }
      }
      assertThat(columnNames).hasSizeGreaterThan(300);
      Set<String> words = new TreeSet<>(columnNames);
      words.addAll(KeywordForms.parserKeywords());
      Proof proof = runAll(db, Dialect.POSTGRESQL, words);
      // PostgreSQL's grammar takes every unreserved and column-name keyword as a column name
      assertThat(proof.columnWords()).containsAll(columnNames);
      assertReplayAgrees(proof.script(), Dialect.POSTGRESQL, db, "public");
    }
  }

  @Test
  void everyMariadbKeywordThatNamesAColumnReplays() throws Exception {
    Optional<LocalMariaDb.Binaries> bin = LocalMariaDb.binaries();
    assumeTrue(bin.isPresent(), "no MariaDB server binaries installed (.ci/run installs mariadb-server); skipping");
    try (LocalMariaDb mariadb = LocalMariaDb.start(bin.get());
        Connection db = DriverManager.getConnection(mariadb.url(), "root", "")) {
      Set<String> words = new TreeSet<>();
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT WORD FROM information_schema.KEYWORDS")) {
        while (rs.next()) {
          String word = rs.getString(1).toLowerCase(Locale.ROOT);
          if (word.matches("[a-z_][a-z0-9_]*")) {
            words.add(word);
          }
        }
      }
      assertThat(words).hasSizeGreaterThan(500);
      words.addAll(KeywordForms.parserKeywords());
      // Flyway's own MySQL/MariaDB parser takes the word DELIMITER for a delimiter change wherever
      // it stands, so Flyway could not run a migration with a column named delimiter either
      words.remove("delimiter");
      Proof proof = runAll(db, Dialect.MARIADB, words);
      assertThat(proof.columnWords()).hasSizeGreaterThan(500);
      assertReplayAgrees(proof.script(), Dialect.MARIADB, db, LocalMariaDb.DATABASE);
    }
  }

  @Test
  void everyH2KeywordThatNamesAColumnReplays() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:keywords;DB_CLOSE_DELAY=-1", "sa", "")) {
      Set<String> words = new TreeSet<>(KeywordForms.parserKeywords());
      for (String word : db.getMetaData().getSQLKeywords().split(",")) {
        words.add(word.strip().toLowerCase(Locale.ROOT));
      }
      Proof proof = runAll(db, Dialect.H2, words);
      assertThat(proof.columnWords()).hasSizeGreaterThan(400);
      assertReplayAgrees(proof.script(), Dialect.H2, db, "PUBLIC");
    }
  }

  @Test
  void everyJsqlparserKeywordThatOracleDoesNotReserveReplays() throws Exception {
    Set<String> excluded = new TreeSet<>(KeywordForms.publishedList("oracle-reserved.txt"));
    // Flyway's own OracleParser counts BEGIN, CASE, END, IF and LOOP as PL/SQL block words, so
    // Flyway could not run a migration with a column of these names either (its splitter fails)
    excluded.addAll(List.of("begin", "case", "end", "if", "loop"));
    excluded.addAll(STARTS_A_CONSTRAINT);
    assertReplayWithoutServer(Dialect.ORACLE, excluded);
  }

  @Test
  void everyJsqlparserKeywordThatSqlServerDoesNotReserveReplays() throws Exception {
    Set<String> excluded = new TreeSet<>(KeywordForms.publishedList("sqlserver-reserved.txt"));
    excluded.addAll(STARTS_A_CONSTRAINT);
    assertReplayWithoutServer(Dialect.SQLSERVER, excluded);
  }

  private static final int CHUNK = 25;

  /**
   * Asks the server which words name a column (a CREATE TABLE it parses; MariaDB only prepares it,
   * which parses without the cost of creating), then runs the column forms in chunks of those
   * words and the table forms of every word, keeping what the server accepts.
   */
  private static Proof runAll(Connection db, Dialect dialect, Set<String> candidates) throws Exception {
    Set<String> words = new TreeSet<>(candidates);
    words.removeAll(FIXED_NAMES);
    List<String> columnWords = new ArrayList<>();
    try (Statement s = db.createStatement()) {
      for (String word : words) {
        try {
          if (dialect == Dialect.MARIADB) {
            s.execute("PREPARE kp FROM 'CREATE TABLE kp (" + word + " INT)'");
          } else {
            s.execute("CREATE TABLE kp (" + word + " INT)");
            s.execute("DROP TABLE kp");
          }
          columnWords.add(word);
        } catch (java.sql.SQLException refused) {
          // not a column name on this server
        }
      }
    }
    List<String> statements = new ArrayList<>();
    for (int n = 0; n * CHUNK < columnWords.size(); n++) {
      statements.addAll(KeywordForms.columnForms(
          dialect, columnWords.subList(n * CHUNK, Math.min(columnWords.size(), (n + 1) * CHUNK)), n));
    }
    int i = 0;
    for (String word : words) {
      statements.addAll(KeywordForms.tableForms(dialect, word, i++));
    }
    KeywordForms.Script script = KeywordForms.run(db, statements);
    System.out.printf("KEYWORDS %s words=%d columnNames=%d statements=%d accepted=%d refused=%d%n",
        dialect, words.size(), columnWords.size(), statements.size(), script.accepted().size(), script.refused().size());
    script.refused().stream().filter(r -> r.startsWith("ALTER TABLE kc_") || r.startsWith("CREATE TABLE kc_"))
        .forEach(r -> System.out.println("  REFUSED " + r));
    return new Proof(script, Set.copyOf(columnWords));
  }

  /** What a server ran and the words it took as column names. */
  private record Proof(KeywordForms.Script script, Set<String> columnWords) {}

  private static void assertReplayAgrees(KeywordForms.Script script, Dialect dialect, Connection db, String schema)
      throws Exception {
    SchemaModel replay = replay(dialect, script.text());
    List<String> differences = new ArrayList<>();
    replay.problems().forEach(p -> differences.add("replay problem at " + p.location() + ": " + p.message()
        + " [" + script.accepted().get(p.location().line() - 1) + "]"));
    differences.addAll(SchemaComparison.compare(replay, db, schema));
    assertThat(differences).isEmpty();
  }

  private static SchemaModel replay(Dialect dialect, String script) {
    try (MigrationReplayer replayer = new MigrationReplayer(dialect)) {
      replayer.replayScript("V1__keywords.sql", script);
      return replayer.toModel(List.of());
    }
  }

  /**
   * Without a server: every JSqlParser keyword that the dialect's published list does not reserve
   * is a name there; all forms are replayed and the end state checked table by table.
   */
  private static void assertReplayWithoutServer(Dialect dialect, Set<String> reserved) {
    List<String> names = new ArrayList<>();
    for (String word : KeywordForms.parserKeywords()) {
      if (!reserved.contains(word) && !FIXED_NAMES.contains(word)) {
        names.add(word);
      }
    }
    assertThat(names).hasSizeGreaterThan(300);
    List<String> statements = new ArrayList<>();
    for (int n = 0; n * CHUNK < names.size(); n++) {
      statements.addAll(KeywordForms.columnForms(dialect, chunk(names, n), n));
    }
    for (int i = 0; i < names.size(); i++) {
      statements.addAll(KeywordForms.tableForms(dialect, names.get(i), i));
    }
    SchemaModel replay = replay(dialect, new KeywordForms.Script(statements, List.of()).text());
    assertThat(replay.problems().stream().map(p -> p.location() + ": " + p.message() + " ["
        + statements.get(p.location().line() - 1) + "]")).isEmpty();
    List<String> wrong = new ArrayList<>();
    for (int n = 0; n * CHUNK < names.size(); n++) {
      List<String> columns = new ArrayList<>(List.of("id"));
      columns.addAll(chunk(names, n));
      columns.add("other");
      expect(replay, dialect, "kc_" + n, columns, wrong);
      expect(replay, dialect, "kc_" + n + "_c", columns.subList(0, columns.size() - 1), wrong);
      if (replay.view("kc_" + n + "_v", false).isEmpty()) {
        wrong.add("view kc_" + n + "_v missing");
      }
      var table = replay.table("kc_" + n, false);
      for (String w : chunk(names, n)) {
        if (table.isPresent() && table.get().uniques().stream().noneMatch(u -> u.columns().equals(List.of(dialect.key(w, false))))) {
          wrong.add("kc_" + n + ": unique (" + w + ") missing");
        }
      }
    }
    for (int i = 0; i < names.size(); i++) {
      if (i % 2 == 0) {
        expect(replay, dialect, names.get(i), List.of("id", "extra", "more"), wrong);
      } else if (replay.table(names.get(i), false).isPresent()) {
        wrong.add("table " + names.get(i) + " was dropped");
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static List<String> chunk(List<String> words, int n) {
    return words.subList(n * CHUNK, Math.min(words.size(), (n + 1) * CHUNK));
  }

  private static void expect(SchemaModel replay, Dialect dialect, String table, List<String> columns, List<String> wrong) {
    var found = replay.table(table, false);
    List<String> want = columns.stream().map(c -> dialect.key(c, false)).toList();
    List<String> got = found.map(t -> t.columns().stream().map(c -> dialect.key(c.name(), c.quoted())).toList()).orElse(null);
    if (!want.equals(got)) {
      wrong.add(table + ": columns " + got + ", expected " + want);
    }
  }
}
