package io.github.schemadrift.dbproof;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.SchemaModel;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The replay against a real H2 (in process): Flyway migrates the database with the same files,
 * and the two schemas must agree table by table and column by column.
 */
class H2ReplayProofTest {

  static Path migrations(String dialect) throws Exception {
    return Paths.get(H2ReplayProofTest.class.getResource("/dbproof/" + dialect).toURI());
  }

  @Test
  void replayMatchesH2AfterFlywayMigrate() throws Exception {
    Path dir = migrations("h2");
    String url = "jdbc:h2:mem:proof;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + dir).load().migrate();

    MigrationDiscovery.Result found = MigrationDiscovery.discover(List.of(dir));
    SchemaModel replay = MigrationReplayer.replay(found.migrations(), Dialect.H2);
    assertThat(replay.problems()).isEmpty();
    assertThat(replay.stats().notUnderstood()).isZero();
    assertThat(replay.stats().replayed()).isGreaterThanOrEqualTo(150);

    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      assertThat(SchemaComparison.compare(replay, db, "PUBLIC")).isEmpty();
    }
  }
}
