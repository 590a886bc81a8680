package io.github.schemadrift.fixproof;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.schemadrift.dbproof.LocalMariaDb;
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

/** {@link FixProof} for every case on a real MariaDB server: one server, one database per case. */
class MariaDbFixProofTest {

  private static LocalMariaDb server;

  @TempDir Path dir;

  static List<FixProofCase> cases() {
    return FixProofCases.selected();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fixRunsOnRowsAndValidates(FixProofCase proofCase) throws Exception {
    Optional<LocalMariaDb.Binaries> bin = LocalMariaDb.binaries();
    assumeTrue(bin.isPresent(), "no MariaDB server binaries (mariadbd, mariadb-install-db) installed; skipping");
    if (server == null) {
      server = LocalMariaDb.start(bin.get());
    }
    String database = "fix_" + proofCase.name().replace('-', '_');
    try (Connection c = DriverManager.getConnection(server.url(), "root", ""); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    String url = server.url(database);
    // Flyway looks its history table up per catalog: without MariaDB's schema term
    FixProof.verify(proofCase, new FixProof.Database(Dialect.MARIADB, url, url.replace("?useCatalogTerm=Schema", ""), "root", database), dir);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
