package io.github.schemadrift.dbproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.rules.Finding;
import io.github.schemadrift.rules.Severity;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The native-query rule against real databases: every query of the corpus runs on PostgreSQL (or
 * MariaDB for the MySQL-flavoured ones) after Flyway migrated the corpus' migrations, and the rule
 * finds nothing in it. Then each query gets one column name and one table name broken; every
 * mutation the database rejects as an unknown name must be reported by the rule, naming it.
 */
class NativeQueryCorpusTest {

  /**
   * Mutations that break a name the query defines itself: a CTE's column list and a derived
   * table's column read through its alias. The rule never reports those (its names, not the schema's).
   */
  private static final List<String> BY_DESIGN =
      List.of("WITH RECURSIVE path (id_x,", "SELECT p.id_x, p.title, similarity FROM (SELECT id, title");

  @Test
  void postgresqlCorpus() throws Exception {
    Optional<Path> bin = LocalPostgres.binaries();
    assumeTrue(bin.isPresent(), "no PostgreSQL binaries under /usr/lib/postgresql; skipping");
    NativeQueryCorpus corpus = new NativeQueryCorpus("postgresql", Dialect.POSTGRESQL);
    try (LocalPostgres pg = LocalPostgres.start(bin.get())) {
      Flyway.configure().dataSource(pg.url(), "postgres", "").locations("filesystem:" + corpus.migrations).load().migrate();
      try (Connection db = DriverManager.getConnection(pg.url(), "postgres", "")) {
        prove(corpus, db, 140);
      }
    }
  }

  @Test
  void mariadbCorpus() throws Exception {
    Optional<LocalMariaDb.Binaries> bin = LocalMariaDb.binaries();
    assumeTrue(bin.isPresent(), "no MariaDB binaries; skipping");
    NativeQueryCorpus corpus = new NativeQueryCorpus("mariadb", Dialect.MARIADB);
    try (LocalMariaDb maria = LocalMariaDb.start(bin.get())) {
      Flyway.configure().dataSource(maria.url(), "root", "").locations("filesystem:" + corpus.migrations).load().migrate();
      try (Connection db = DriverManager.getConnection(maria.url(), "root", "")) {
        prove(corpus, db, 35);
      }
    }
  }

  private static void prove(NativeQueryCorpus corpus, Connection db, int atLeast) throws Exception {
    assertThat(corpus.schema.problems()).isEmpty();
    assertThat(corpus.queries).hasSizeGreaterThanOrEqualTo(atLeast);
    List<String> invalid = new ArrayList<>();
    List<String> falsePositives = new ArrayList<>();
    for (int i = 0; i < corpus.queries.size(); i++) {
      String sql = corpus.queries.get(i);
      String failure = NativeQueryCorpus.execute(db, sql);
      if (NativeQueryCorpus.nameOrSyntaxError(failure)) {
        invalid.add(sql + "\n  " + failure);
      }
      List<Finding> findings = corpus.check(sql, "query " + (i + 1));
      if (!findings.isEmpty()) {
        falsePositives.add(sql + "\n  " + findings.stream().map(Finding::text).toList());
      }
    }
    assertThat(invalid).as("queries the database rejects").isEmpty();
    assertThat(falsePositives).as("findings on valid queries").isEmpty();

    int broken = 0;
    int harmless = 0;
    int byDesign = 0;
    List<String> missed = new ArrayList<>();
    for (Set<String> names : List.of(corpus.columnNames(), corpus.tableNames())) {
      for (String sql : corpus.queries) {
        NativeQueryCorpus.Mutation mutation = NativeQueryCorpus.breakFirst(sql, names, 0);
        if (mutation == null) {
          continue;
        }
        if (!NativeQueryCorpus.nameOrSyntaxError(NativeQueryCorpus.execute(db, mutation.sql()))) {
          harmless++; // the word was an alias or a name the query defines: the database does not mind
          continue;
        }
        if (BY_DESIGN.stream().anyMatch(mutation.sql()::startsWith)) {
          byDesign++;
          continue;
        }
        broken++;
        List<Finding> findings = corpus.check(mutation.sql(), "mutation");
        boolean reported = findings.stream()
            .anyMatch(f -> f.severity() == Severity.ERROR && f.message().contains("'" + mutation.brokenName() + "'")
                || f.message().contains("." + mutation.brokenName() + "'"));
        if (!reported) {
          missed.add(mutation.sql() + "\n  " + findings.stream().map(Finding::text).toList());
        }
      }
    }
    System.out.printf("[native-query corpus] %s: %d queries ran clean; %d mutations broke a name on the database, %d reported;"
        + " %d were harmless; %d by design not reported%n", corpus.dialect.optionValue(), corpus.queries.size(), broken,
        broken - missed.size(), harmless, byDesign);
    assertThat(missed).as("broken names the rule did not report").isEmpty();
    assertThat(broken).isGreaterThanOrEqualTo(atLeast);
  }
}
