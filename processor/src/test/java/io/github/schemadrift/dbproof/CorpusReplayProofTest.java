package io.github.schemadrift.dbproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.MigrationFile;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.Placeholders;
import io.github.schemadrift.migration.RealWorldCorpusTestAccess;
import io.github.schemadrift.migration.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The corpus proof (issue 15): every folder of {@code ../shared/corpus/sql} whose database can run
 * here is migrated by Flyway into a real database of its kind (PostgreSQL 15, MariaDB 10.11 for the
 * MySQL and MariaDB folders, H2 in process), replayed by schemadrift with the same files and
 * placeholders, and compared field by field ({@link SchemaComparison}). A folder's {@code
 * dbproof/corpus-java/<folder>} resource, when there is one, adds a Java migration's DDL written as
 * SQL, in both Flyway's locations and the replay's. The differences must be
 * exactly those listed, with their reason, in {@code dbproof/corpus-known-differences.txt} (and
 * docs/engine.md): a new difference, or a listed one that went away, fails. One server per kind
 * serves every folder, each in its own database. The Oracle and SQL Server folders have no server.
 */
class CorpusReplayProofTest {

  /** A corpus folder, its database, the Flyway target when the folder cannot run to its end here, and why. */
  enum Folder {
    DSPACE_H2("dspace/h2", Dialect.H2, "PUBLIC", "5.7.2017.04.11"),
    DSPACE_POSTGRESQL("dspace/postgresql", Dialect.POSTGRESQL, "public", "7.0.2018.06.07"),
    HAWKBIT_H2("hawkbit/h2", Dialect.H2, "PUBLIC", null),
    HAWKBIT_MYSQL("hawkbit/mysql", Dialect.MARIADB, "hawkbit", null),
    HAWKBIT_POSTGRESQL("hawkbit/postgresql", Dialect.POSTGRESQL, "public", null),
    KITODO_MYSQL("kitodo/mysql", Dialect.MARIADB, "kitodo", null),
    OHDSI_POSTGRESQL("ohdsi-webapi/postgresql", Dialect.POSTGRESQL, "public", null),
    ONAP_CATALOG_MARIADB("onap-so-catalog/mariadb", Dialect.MARIADB, "catalogdb", null),
    ONAP_REQUESTS_MARIADB("onap-so-requests/mariadb", Dialect.MARIADB, "requestdb", null);

    final String path;
    final Dialect dialect;
    /** The schema (MariaDB: the database the folder's own {@code USE} names) Flyway migrates. */
    final String schema;
    /**
     * Where Flyway stops when the folder needs DDL that DSpace runs from Java migrations the corpus
     * does not hold. DSpace's V6.0_2015.03.07 gives seven tables new primary keys after the Java
     * migration V6_0_2015_03_06__DS_2701_Dso_Uuid_Migration dropped the old ones: for PostgreSQL
     * that Java migration is written as SQL in {@code dbproof/corpus-java/dspace-postgresql} (its
     * constraint names are PostgreSQL's own), so the proof runs to 7.0_2018.06.07, before
     * V7.0_2019.05.02 reads the {@code cwf_*} tables that the Java migration
     * V6_0_2015_08_31__DS_2701_Hibernate_Workflow_Migration creates from scripts outside the
     * corpus. For H2 the constraints have generated names no static SQL can know: it stops at 5.7.
     */
    final String target;

    Folder(String path, Dialect dialect, String schema, String target) {
      this.path = path;
      this.dialect = dialect;
      this.schema = schema;
      this.target = target;
    }
  }

  private static final Map<String, String> PLACEHOLDERS = Map.of("ohdsiSchema", "public");
  private static LocalPostgres postgres;
  private static LocalMariaDb mariadb;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Folder.class)
  void replayAgreesWithTheDatabase(Folder folder) throws Exception {
    Path corpus = RealWorldCorpusTestAccess.corpus();
    assumeTrue(corpus != null && Files.isDirectory(corpus), "real-world corpus not found at ../shared/corpus/sql; skipping");
    Path dir = corpus.resolve(folder.path);
    String url = database(folder);
    String user = folder.dialect == Dialect.POSTGRESQL ? "postgres" : folder.dialect == Dialect.H2 ? "sa" : "root";
    List<Path> locations = new ArrayList<>(List.of(dir));
    java.net.URL supplement = CorpusReplayProofTest.class.getResource("/dbproof/corpus-java/" + folder.path.replace('/', '-'));
    if (supplement != null) {
      locations.add(Path.of(supplement.toURI()));
    }
    FluentConfiguration flyway = Flyway.configure().dataSource(url.replace("?useCatalogTerm=Schema", ""), user, "")
        .locations(locations.stream().map(p -> "filesystem:" + p).toArray(String[]::new)).placeholders(PLACEHOLDERS).mixed(true);
    if (folder.target != null) {
      flyway.target(folder.target);
    }
    if (folder.dialect == Dialect.POSTGRESQL) {
      // CREATE INDEX CONCURRENTLY must not wait for Flyway's own transactional lock
      flyway.getConfigurationExtension(org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension.class)
          .setTransactionalLock(false);
    }
    int applied = flyway.load().migrate().migrationsExecuted;

    List<MigrationFile> files = new ArrayList<>();
    for (MigrationFile file : MigrationDiscovery.discover(locations).migrations()) {
      if (folder.target == null || file.version() == null
          || MigrationVersion.fromVersion(file.version()).compareTo(MigrationVersion.fromVersion(folder.target)) <= 0) {
        files.add(file);
      }
    }
    assertThat(files).hasSize(applied);
    SchemaModel replay = MigrationReplayer.replay(files, folder.dialect, Placeholders.of(PLACEHOLDERS, folder.dialect), 0,
        folder.schema, List.of(folder.schema), (at, error) -> {
          throw error;
        });
    List<String> differences;
    int columns;
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      differences = SchemaComparison.compare(replay, c, folder.schema);
      columns = columns(c, folder.schema);
    }
    System.out.printf("CORPUS-PROOF %s migrations=%d replayed=%d ignored=%d notUnderstood=%d tables=%d columns=%d differences=%d%n",
        folder.path, applied, replay.stats().replayed(), replay.stats().ignored(), replay.stats().notUnderstood(),
        replay.tables().size(), columns, differences.size());
    assertThat(new TreeSet<>(differences)).as("differences in " + folder.path + " (known list: dbproof/corpus-known-differences.txt)")
        .isEqualTo(KnownDifferences.of(folder.path));
  }

  /** A fresh database for the folder on the shared server of its kind, as a JDBC URL. */
  private static String database(Folder folder) throws Exception {
    switch (folder.dialect) {
      case POSTGRESQL -> {
        Optional<Path> bin = LocalPostgres.binaries();
        assumeTrue(bin.isPresent(), "no PostgreSQL binaries under /usr/lib/postgresql; skipping");
        if (postgres == null) {
          postgres = LocalPostgres.start(bin.get());
        }
        String name = folder.name().toLowerCase(java.util.Locale.ROOT);
        execute(postgres.url(), "postgres", "CREATE DATABASE " + name);
        return postgres.url(name);
      }
      case MARIADB -> {
        Optional<LocalMariaDb.Binaries> bin = LocalMariaDb.binaries();
        assumeTrue(bin.isPresent(), "no MariaDB server binaries installed; skipping");
        if (mariadb == null) {
          mariadb = LocalMariaDb.start(bin.get());
        }
        execute(mariadb.url(), "root", "CREATE DATABASE " + folder.schema);
        return mariadb.url(folder.schema);
      }
      default -> {
        return "jdbc:h2:mem:" + folder.name().toLowerCase(java.util.Locale.ROOT) + ";DB_CLOSE_DELAY=-1";
      }
    }
  }

  private static void execute(String url, String user, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The number of columns the comparison saw in the database's tables. */
  private static int columns(Connection c, String schema) throws Exception {
    int n = 0;
    try (ResultSet rs = c.getMetaData().getColumns(null, schema, "%", "%")) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME");
        n += table.equalsIgnoreCase("flyway_schema_history") ? 0 : 1;
      }
    }
    return n;
  }

  @AfterAll
  static void stopServers() throws Exception {
    try {
      if (postgres != null) {
        postgres.close();
      }
    } finally {
      postgres = null;
      if (mariadb != null) {
        mariadb.close();
      }
      mariadb = null;
    }
  }
}
