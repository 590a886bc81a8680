package io.github.schemadrift.hibernateproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.schemadrift.dbproof.LocalMariaDb;
import io.github.schemadrift.dbproof.LocalPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hibernate 5.6's own schema validator on real PostgreSQL 15 and MariaDB 10.11 servers (the
 * dbproof helpers start them): it accepts 5.6's DDL of {@code hibernateproof.h5}, which schemadrift
 * reads clean under the Hibernate 5 mode, and rejects each drift of {@link Hibernate5ProofTest#drifts()}
 * on that dialect that it checks (types, sequences), which schemadrift reports as one error at the field.
 */
class Hibernate5DatabaseProofTest {

  /** Each drift of the dialect that 5.6's validator checks, applied to a database of its own; null: accepted. */
  static Map<String, String> verdicts(Hibernate5Ddl.Dialect dialect, Database db) throws Exception {
    String ddl = Hibernate5ProofTest.ddl(dialect);
    Map<String, String> verdicts = new LinkedHashMap<>();
    verdicts.put("clean", db.validate("clean", ddl));
    List<Hibernate5ProofTest.Drift> drifts = Hibernate5ProofTest.drifts().filter(d -> d.dialect() == dialect)
        .filter(d -> !d.rule().equals("generation") || d.to().isEmpty()).toList();
    assertThat(drifts).hasSizeGreaterThan(1);
    int i = 0;
    for (Hibernate5ProofTest.Drift drift : drifts) {
      verdicts.put(drift.toString(), db.validate("drift" + i++, ddl.replace(drift.from(), drift.to())));
    }
    return verdicts;
  }

  static void assertVerdicts(Map<String, String> verdicts) {
    verdicts.forEach((name, verdict) -> System.out.println("[hibernate5-validate] " + name + ": " + verdict));
    assertThat(verdicts.get("clean")).as("5.6's validator on 5.6's own DDL").isNull();
    verdicts.forEach((name, verdict) -> {
      if (!name.equals("clean")) {
        assertThat(verdict).as(name).startsWith("SchemaManagementException: Schema-validation: ");
      }
    });
  }

  /** A server: creates a database, runs the DDL in it, and lets 5.6's validator judge it. */
  interface Database {
    String validate(String name, String ddl) throws Exception;
  }

  static void run(String adminUrl, String url, String user, String ddl) throws Exception {
    try (Connection c = DriverManager.getConnection(adminUrl, user, ""); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + url.substring(url.lastIndexOf('/') + 1));
    }
    try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
      for (String sql : Hibernate5ProofTest.statements(ddl)) {
        s.execute(sql);
      }
    }
  }

  @Test
  void postgresql() throws Exception {
    Optional<Path> bin = LocalPostgres.binaries();
    assumeTrue(bin.isPresent(), "no PostgreSQL binaries under /usr/lib/postgresql; skipping");
    try (LocalPostgres pg = LocalPostgres.start(bin.get())) {
      assertVerdicts(verdicts(Hibernate5Ddl.Dialect.POSTGRESQL, (name, ddl) -> {
        String url = pg.url("h5_" + name);
        run(pg.url(), url, "postgres", ddl);
        return Hibernate5Ddl.forPackage(Hibernate5ProofTest.PACKAGE)
            .validate(Hibernate5Ddl.Dialect.POSTGRESQL, "org.postgresql.Driver", url, "postgres", "", Map.of());
      }));
    }
  }

  @Test
  void mariadb() throws Exception {
    Optional<LocalMariaDb.Binaries> bin = LocalMariaDb.binaries();
    assumeTrue(bin.isPresent(), "no MariaDB server binaries; skipping");
    try (LocalMariaDb maria = LocalMariaDb.start(bin.get())) {
      assertVerdicts(verdicts(Hibernate5Ddl.Dialect.MARIADB, (name, ddl) -> {
        String url = "jdbc:mariadb://127.0.0.1:" + maria.port + "/h5_" + name;
        run("jdbc:mariadb://127.0.0.1:" + maria.port + "/", url, "root", ddl);
        return Hibernate5Ddl.forPackage(Hibernate5ProofTest.PACKAGE)
            .validate(Hibernate5Ddl.Dialect.MARIADB, "org.mariadb.jdbc.Driver", url, "root", "", Map.of());
      }));
    }
  }
}
