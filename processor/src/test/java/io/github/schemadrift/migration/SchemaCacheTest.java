package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCacheTest {

  @TempDir Path dir;

  private List<MigrationFile> migrations(String v2) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("db"));
    Files.writeString(folder.resolve("V1__a.sql"), "CREATE TABLE a (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL);\nCREATE SEQUENCE a_seq INCREMENT BY 50;\n");
    Files.writeString(folder.resolve("V2__b.sql"), v2);
    return MigrationDiscovery.discover(List.of(folder)).migrations();
  }

  private SchemaCache cache(List<MigrationFile> migrations, String build) throws IOException {
    return SchemaCache.of(dir.resolve("target/schemadrift-cache/schema.bin"), build, Dialect.POSTGRESQL, Map.of("p", "1"), migrations);
  }

  @Test
  void aStoredSchemaComesBackWhole() throws IOException {
    List<MigrationFile> migrations = migrations("ALTER TABLE a ADD COLUMN note TEXT;\nALTER TABLE broken;\n");
    SchemaModel replayed = MigrationReplayer.replay(migrations, Dialect.POSTGRESQL);
    cache(migrations, "build-1").store(replayed);

    SchemaModel loaded = cache(migrations, "build-1").load(migrations).orElseThrow();

    assertThat(loaded).isEqualTo(replayed);
    assertThat(loaded.problems()).isNotEmpty();
    assertThat(loaded.tables().get("a").columns()).hasSize(3);
  }

  @Test
  void aChangedMigrationOrProcessorBuildMissesAndACorruptFileIsIgnored() throws IOException {
    List<MigrationFile> before = migrations("ALTER TABLE a ADD COLUMN note TEXT;\n");
    cache(before, "build-1").store(MigrationReplayer.replay(before, Dialect.POSTGRESQL));
    assertThat(cache(before, "build-2").load(before)).isEmpty();

    List<MigrationFile> after = migrations("ALTER TABLE a ADD COLUMN note VARCHAR(10);\n");
    assertThat(cache(after, "build-1").load(after)).isEmpty();

    Files.writeString(dir.resolve("target/schemadrift-cache/schema.bin"), "not a cache");
    assertThat(cache(before, "build-1").load(before)).isEmpty();
  }
}
