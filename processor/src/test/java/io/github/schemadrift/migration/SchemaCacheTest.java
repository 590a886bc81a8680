package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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

  private Path cacheFile() {
    return dir.resolve("target/schemadrift-cache/schema.bin");
  }

  /** Gives every migration a modification time well in the past, as an old checkout has. */
  private static void age(List<MigrationFile> migrations, Instant time) throws IOException {
    for (MigrationFile m : migrations) {
      Files.setLastModifiedTime(m.path(), FileTime.from(time));
    }
  }

  @Test
  void aTruncatedOrFlippedCacheFileIsIgnoredNeverMisread() throws IOException {
    List<MigrationFile> migrations = migrations("ALTER TABLE a ADD COLUMN note TEXT;\nCREATE INDEX ix ON a (name);\n");
    age(migrations, Instant.parse("2024-01-01T00:00:00Z"));
    SchemaModel replayed = MigrationReplayer.replay(migrations, Dialect.POSTGRESQL);
    cache(migrations, "build-1").store(replayed);
    byte[] whole = Files.readAllBytes(cacheFile());
    assertThat(cache(migrations, "build-1").load(migrations)).contains(replayed);

    for (int length = 0; length < whole.length; length++) {
      Files.write(cacheFile(), Arrays.copyOf(whole, length));
      assertThat(cache(migrations, "build-1").load(migrations)).as("truncated to %d bytes", length).isEmpty();
    }
    Random random = new Random(42);
    for (int i = 0; i < 1000; i++) {
      byte[] flipped = whole.clone();
      int at = random.nextInt(flipped.length);
      flipped[at] ^= (byte) (1 + random.nextInt(255));
      Files.write(cacheFile(), flipped);
      Optional<SchemaModel> loaded = cache(migrations, "build-1").load(migrations);
      assertThat(loaded.isEmpty() || loaded.get().equals(replayed)).as("byte %d flipped", at).isTrue();
    }
  }

  @Test
  void anUnchangedFileIsNotReadAgainButAChangedStampIs() throws IOException {
    List<MigrationFile> migrations = migrations("ALTER TABLE a ADD COLUMN note TEXT;\n");
    Instant old = Instant.parse("2024-01-01T00:00:00.123456789Z");
    age(migrations, old);
    cache(migrations, "build-1").store(MigrationReplayer.replay(migrations, Dialect.POSTGRESQL));
    assertThat(cache(migrations, "build-1").load(migrations)).isPresent();

    // the same size, a new time: read again, and the change is seen
    Path v2 = migrations.get(1).path();
    Files.writeString(v2, "ALTER TABLE a ADD COLUMN nota TEXT;\n");
    Files.setLastModifiedTime(v2, FileTime.from(old.plusSeconds(10)));
    assertThat(cache(migrations, "build-1").load(migrations)).isEmpty();

    // the known limit of the shortcut (as in make and Gradle): an edit that keeps the size and puts
    // the recorded time back is not seen
    Files.setLastModifiedTime(v2, FileTime.from(old));
    assertThat(cache(migrations, "build-1").load(migrations)).isPresent();
  }

  @Test
  void aFileModifiedJustBeforeTheBuildIsAlwaysReadAgain() throws IOException {
    List<MigrationFile> migrations = migrations("ALTER TABLE a ADD COLUMN note TEXT;\n");
    Instant recent = Instant.now();
    age(migrations, recent);
    cache(migrations, "build-1").store(MigrationReplayer.replay(migrations, Dialect.POSTGRESQL));
    assertThat(cache(migrations, "build-1").load(migrations)).isPresent();

    // a second edit within one tick of a coarse file clock: same size, same time, still seen
    Path v2 = migrations.get(1).path();
    Files.writeString(v2, "ALTER TABLE a ADD COLUMN nota TEXT;\n");
    Files.setLastModifiedTime(v2, FileTime.from(recent));
    assertThat(cache(migrations, "build-1").load(migrations)).isEmpty();
  }

  @Test
  void theKeyStillCoversDialectPlaceholdersAndTheMigrationList() throws IOException {
    List<MigrationFile> migrations = migrations("ALTER TABLE a ADD COLUMN note TEXT;\n");
    age(migrations, Instant.parse("2024-01-01T00:00:00Z"));
    cache(migrations, "build-1").store(MigrationReplayer.replay(migrations, Dialect.POSTGRESQL));
    Path file = cacheFile();
    assertThat(SchemaCache.of(file, "build-1", Dialect.H2, Map.of("p", "1"), migrations).load(migrations)).isEmpty();
    assertThat(SchemaCache.of(file, "build-1", Dialect.POSTGRESQL, Map.of("p", "2"), migrations).load(migrations)).isEmpty();
    assertThat(SchemaCache.of(file, "build-1", Dialect.POSTGRESQL, Map.of(), migrations).load(migrations)).isEmpty();
    assertThat(cache(migrations.subList(0, 1), "build-1").load(migrations.subList(0, 1))).isEmpty();
    assertThat(cache(migrations, "build-1").load(migrations)).isPresent();
  }

  @Test
  void aFileTooRecentToTrustIsStampedByTheFirstLoadAfterItSettled() throws IOException {
    List<MigrationFile> migrations = migrations("ALTER TABLE a ADD COLUMN note TEXT;\n");
    age(migrations, Instant.now());
    cache(migrations, "build-1").store(MigrationReplayer.replay(migrations, Dialect.POSTGRESQL));
    Instant old = Instant.parse("2024-01-01T00:00:00Z");
    age(migrations, old); // as if time had passed: read again, the same bytes, stamped now
    assertThat(cache(migrations, "build-1").load(migrations)).isPresent();

    // trusted from now on: a same-size edit that restores the time is the shortcut's known limit
    Path v2 = migrations.get(1).path();
    Files.writeString(v2, "ALTER TABLE a ADD COLUMN nota TEXT;\n");
    Files.setLastModifiedTime(v2, FileTime.from(old));
    assertThat(cache(migrations, "build-1").load(migrations)).isPresent();
  }
}
