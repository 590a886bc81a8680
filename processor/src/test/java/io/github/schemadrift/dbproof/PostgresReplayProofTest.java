package io.github.schemadrift.dbproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.EnumTypeDef;
import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.SchemaModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The replay against a real PostgreSQL server: Flyway migrates it with the same files, and the two
 * schemas must agree table by table and column by column, enum types and views included.
 */
class PostgresReplayProofTest {

  @Test
  void replayMatchesPostgresqlAfterFlywayMigrate() throws Exception {
    Optional<Path> bin = LocalPostgres.binaries();
    assumeTrue(bin.isPresent(), "no PostgreSQL binaries under /usr/lib/postgresql (.ci/run installs them); skipping");
    Path dir = H2ReplayProofTest.migrations("postgresql");
    try (LocalPostgres pg = LocalPostgres.start(bin.get())) {
      // without the transactional lock, CREATE INDEX CONCURRENTLY does not wait for Flyway's own lock
      org.flywaydb.core.api.configuration.FluentConfiguration flyway =
          Flyway.configure().dataSource(pg.url(), "postgres", "").locations("filesystem:" + dir);
      flyway.getConfigurationExtension(org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension.class)
          .setTransactionalLock(false);
      flyway.load().migrate();

      SchemaModel replay =
          MigrationReplayer.replay(MigrationDiscovery.discover(List.of(dir)).migrations(), Dialect.POSTGRESQL);
      assertThat(replay.problems()).isEmpty();
      assertThat(replay.stats().notUnderstood()).isZero();
      assertThat(replay.stats().replayed()).isGreaterThanOrEqualTo(150);

      try (Connection db = DriverManager.getConnection(pg.url(), "postgres", "")) {
        assertThat(SchemaComparison.compare(replay, db, "public")).isEmpty();
        List<String> labels = new ArrayList<>();
        try (Statement s = db.createStatement();
            ResultSet rs = s.executeQuery(
                "SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'mood' ORDER BY e.enumsortorder")) {
          while (rs.next()) {
            labels.add(rs.getString(1));
          }
        }
        EnumTypeDef mood = replay.enumType("mood", false).orElseThrow();
        assertThat(mood.values()).isEqualTo(labels);
        assertThat(replay.enumType("scratch_kind", false)).isEmpty();
        try (Statement s = db.createStatement();
            ResultSet rs = s.executeQuery("SELECT increment_by FROM pg_sequences WHERE sequencename = 'ticket_seq'")) {
          assertThat(rs.next()).isTrue();
          assertThat(replay.sequence("ticket_seq", false).orElseThrow().increment()).isEqualTo(rs.getLong(1));
        }
      }
    }
  }

  private static LocalPostgres shared;

  /**
   * The replay semantics of issue 15, one case per folder under {@code dbproof/postgresql-items}:
   * each migrates its own fresh database and must agree with the replay field by field (checks,
   * sequences, views, referenced columns and fractional seconds included); {@code refused.sql}
   * holds the statements PostgreSQL refuses without CASCADE.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "item04-rename-column-retargets-foreign-keys",
    "item05-cascade-and-refusal",
    "item06-time-precision",
    "item07-deferrable",
    "item08-renames",
    "item09-default-null",
    "item10-implicit-check-names",
    "item11-serial-owned-sequences",
    "item11b-sequence-defaults"
  })
  void replaySemanticsAgreeWithPostgresql(String item) throws Exception {
    Optional<Path> bin = LocalPostgres.binaries();
    assumeTrue(bin.isPresent(), "no PostgreSQL binaries under /usr/lib/postgresql (.ci/run installs them); skipping");
    if (shared == null) {
      shared = LocalPostgres.start(bin.get());
    }
    String database = item.replace('-', '_');
    try (Connection c = DriverManager.getConnection(shared.url(), "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    Path dir = H2ReplayProofTest.migrations("postgresql-items/" + item);
    assertThat(ItemProofs.differences(dir, Dialect.POSTGRESQL, shared.url(database), "postgres", "public")).isEmpty();
  }

  @AfterAll
  static void stopShared() throws Exception {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }
}
