package io.github.schemadrift.fixproof;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.schemadrift.dbproof.LocalPostgres;
import io.github.schemadrift.migration.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link FixProof} for every case on a real PostgreSQL server: one server, one database per case. */
class PostgresFixProofTest {

  private static LocalPostgres server;

  @TempDir Path dir;

  static List<FixProofCase> cases() {
    return FixProofCases.selected();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fixRunsOnRowsAndValidates(FixProofCase proofCase) throws Exception {
    Optional<Path> bin = LocalPostgres.binaries();
    assumeTrue(bin.isPresent(), "no PostgreSQL binaries under /usr/lib/postgresql (.ci/run installs them); skipping");
    if (server == null) {
      server = LocalPostgres.start(bin.get());
    }
    String database = "fix_" + proofCase.name().replace('-', '_');
    try (Connection c = DriverManager.getConnection(server.url(), "postgres", ""); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    String url = server.url(database);
    FixProof.verify(proofCase, new FixProof.Database(Dialect.POSTGRESQL, url, url, "postgres", "public"), dir);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
