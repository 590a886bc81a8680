package io.github.schemadrift.dbproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The replay against a real MariaDB server: Flyway migrates it with the same files (MODIFY and
 * CHANGE, RENAME TABLE, DROP FOREIGN KEY, ENUM columns, AUTO_INCREMENT and the rest of MariaDB's
 * ALTER forms), and the two schemas must agree table by table and column by column, ENUM labels
 * included.
 */
class MariaDbReplayProofTest {

  private static final Pattern ENUM_LABEL = Pattern.compile("'((?:[^']|'')*)'");

  @Test
  void replayMatchesMariadbAfterFlywayMigrate() throws Exception {
    Path dir = H2ReplayProofTest.migrations("mariadb");
    SchemaModel replay =
        MigrationReplayer.replay(MigrationDiscovery.discover(List.of(dir)).migrations(), Dialect.MARIADB);
    assertThat(replay.stats().replayed()).isGreaterThanOrEqualTo(150);
    assertThat(differences(dir, replay, true)).isEmpty();
    assertThat(replay.stats().notUnderstood()).isZero();
  }

  /**
   * MariaDB forms that the proof above found the replay getting wrong, kept as their own set:
   * ADD COLUMN ... AFTER/FIRST, DROP INDEX of a UNIQUE KEY named inside CREATE TABLE, and DROP
   * FOREIGN KEY with the {@code <table>_ibfk_<n>} name InnoDB gives an unnamed foreign key.
   */
  @Test
  void knownGapsAgreeWithMariadb() throws Exception {
    Path dir = H2ReplayProofTest.migrations("mariadb-gaps");
    SchemaModel replay =
        MigrationReplayer.replay(MigrationDiscovery.discover(List.of(dir)).migrations(), Dialect.MARIADB);
    assertThat(differences(dir, replay, false)).isEmpty();
  }

  /**
   * Migrates a fresh server with the files in {@code dir} and lists every disagreement with the
   * replay: replay problems, the table-by-table comparison and, when asked, ENUM labels.
   */
  private static List<String> differences(Path dir, SchemaModel replay, boolean enums) throws Exception {
    Optional<LocalMariaDb.Binaries> bin = LocalMariaDb.binaries();
    assumeTrue(bin.isPresent(), "no MariaDB server binaries (mariadbd, mariadb-install-db) installed (.ci/run installs mariadb-server); skipping");
    // one list, so that a failure shows every disagreement at once
    List<String> differences = new ArrayList<>();
    replay.problems().forEach(p -> differences.add("replay problem at " + p.location() + ": " + p.message()));
    try (LocalMariaDb db = LocalMariaDb.start(bin.get())) {
      Flyway.configure().dataSource(db.url(), "root", "").locations("filesystem:" + dir).load().migrate();
      try (Connection c = DriverManager.getConnection(db.url(), "root", "")) {
        differences.addAll(SchemaComparison.compare(replay, c, LocalMariaDb.DATABASE));
        if (enums) {
          differences.addAll(enumDifferences(replay, c));
        }
      }
    }
    return differences;
  }

  /** Every ENUM column's labels, in order, from information_schema against the replay's. */
  private static List<String> enumDifferences(SchemaModel replay, Connection c) throws Exception {
    List<String> out = new ArrayList<>();
    int enums = 0;
    try (PreparedStatement s = c.prepareStatement(
        "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS"
            + " WHERE TABLE_SCHEMA = ? AND DATA_TYPE = 'enum' ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
      s.setString(1, LocalMariaDb.DATABASE);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          enums++;
          String where = rs.getString(1) + "." + rs.getString(2);
          List<String> labels = new ArrayList<>();
          Matcher m = ENUM_LABEL.matcher(rs.getString(3));
          while (m.find()) {
            labels.add(m.group(1).replace("''", "'"));
          }
          TableDef table = replay.tables().get(Dialect.MARIADB.key(rs.getString(1), false));
          Optional<ColumnDef> column =
              table == null ? Optional.empty() : table.column(Dialect.MARIADB, rs.getString(2), true);
          if (column.isPresent() && !column.get().enumValues().equals(labels)) {
            out.add(where + ": enum " + labels + " in the database, " + column.get().enumValues() + " in the replay");
          }
        }
      }
    }
    if (enums == 0) {
      out.add("the database has no ENUM column, so the migrations no longer prove ENUM replay");
    }
    return out;
  }

  private static LocalMariaDb shared;

  /**
   * The replay semantics of issue 15 that MariaDB has, one case per folder under {@code
   * dbproof/mariadb-items}: each migrates its own fresh database and must agree with the replay
   * field by field (check names, unique names, referenced columns, fractional seconds included).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "item03-index-guards-and-implicit-names",
    "item03b-change-column-position",
    "item04-rename-column-retargets-foreign-keys",
    "item06-time-precision",
    "item09-default-null",
    "item10-implicit-check-names"
  })
  void replaySemanticsAgreeWithMariadb(String item) throws Exception {
    Optional<LocalMariaDb.Binaries> bin = LocalMariaDb.binaries();
    assumeTrue(bin.isPresent(), "no MariaDB server binaries (mariadbd, mariadb-install-db) installed; skipping");
    if (shared == null) {
      shared = LocalMariaDb.start(bin.get());
    }
    String database = item.replace('-', '_');
    try (Connection c = DriverManager.getConnection(shared.url(), "root", "");
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    Path dir = H2ReplayProofTest.migrations("mariadb-items/" + item);
    assertThat(ItemProofs.differences(dir, Dialect.MARIADB, shared.url(database), "root", database)).isEmpty();
  }

  @AfterAll
  static void stopShared() throws Exception {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }
}
