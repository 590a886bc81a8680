package io.github.schemadrift.dbproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Liquibase fix changeSet applied by Liquibase's own {@code update} to real PostgreSQL 15: the
 * seed story's changelog leaves nine columns nullable; after the changeSet that {@code
 * -Aschemadrift.fixMigration} wrote is included and applied, the database has all nine NOT NULL,
 * as the entity declares (before it, all nine are nullable).
 */
class LiquibaseFixProofTest {

  @TempDir Path dir;

  private static final String[] NINE =
      {"style", "negative_prompt", "seed", "width", "height", "progress", "result_url", "updated_at", "input_image"};

  @Test
  void theWrittenChangeSetMakesTheDatabaseMatchTheEntity() throws Exception {
    Optional<Path> bin = LocalPostgres.binaries();
    assumeTrue(bin.isPresent(), "no PostgreSQL binaries under /usr/lib/postgresql; skipping");
    Path root = copySeedChangelog();
    Path master = root.resolve("db.changelog-master.yaml");
    Path fix = root.resolve("schemadrift-fix.yaml");
    Compilation drifted = javac().withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + Files.createDirectories(dir.resolve("no-flyway")),
            "-Aschemadrift.liquibase.changeLog=" + master, "-Aschemadrift.fixMigration=" + fix)
        .compile(JavaFileObjects.forResource("seed/drifted/com/example/dreamwork/DreamworkTask.java"));
    assertThat(drifted.errors()).hasSize(9);
    assertThat(fix).exists();

    try (LocalPostgres pg = LocalPostgres.start(bin.get())) {
      update(pg.url(), root);
      assertThat(nullability(pg.url()).values()).containsOnly("YES").hasSize(9);

      Files.writeString(master, Files.readString(master)
          + "  - include:\n      file: schemadrift-fix.yaml\n      relativeToChangelogFile: true\n");
      update(pg.url(), root);
      assertThat(nullability(pg.url()).values()).containsOnly("NO").hasSize(9);
    }
  }

  private Path copySeedChangelog() throws Exception {
    Path from = Paths.get(getClass().getClassLoader().getResource("seed-liquibase/yaml/db/changelog").toURI());
    Path to = dir.resolve("changelog");
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
    return to;
  }

  private static void update(String url, Path root) throws Exception {
    Connection connection = DriverManager.getConnection(url, "postgres", "");
    Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
    Map<String, Object> quiet = Map.of(
        liquibase.Scope.Attr.logService.name(), new liquibase.logging.core.NoOpLogService(),
        liquibase.Scope.Attr.ui.name(), new liquibase.ui.LoggerUIService());
    liquibase.Scope.child(quiet, () -> {
      try (Liquibase liquibase = new Liquibase("db.changelog-master.yaml", new DirectoryResourceAccessor(root), database)) {
        liquibase.update(new Contexts(), new LabelExpression());
      }
    });
  }

  private static Map<String, String> nullability(String url) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT column_name, is_nullable FROM information_schema.columns"
            + " WHERE table_name = 'dreamwork_tasks' AND column_name IN ('" + String.join("','", NINE) + "')")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }
}
