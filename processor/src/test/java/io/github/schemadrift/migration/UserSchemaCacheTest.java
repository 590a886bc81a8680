package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay cache's second level in the user's cache folder; every test uses a temporary folder, never ~/.cache. */
class UserSchemaCacheTest {

  @TempDir Path dir;

  private List<MigrationFile> migrations(Path project, String v2) throws IOException {
    Path folder = Files.createDirectories(project.resolve("db"));
    Files.writeString(folder.resolve("V1__a.sql"), "CREATE TABLE a (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL);\n"
        + "CREATE SEQUENCE a_seq INCREMENT BY 50;\nALTER TABLE a ADD COLUMN broken BOGUS SYNTAX HERE (;\n");
    Files.writeString(folder.resolve("V2__b.sql"), v2);
    return MigrationDiscovery.discover(List.of(folder)).migrations();
  }

  private List<MigrationFile> migrations(Path project) throws IOException {
    return migrations(project, "ALTER TABLE a ADD COLUMN note TEXT;\nCREATE INDEX ix ON a (name);\nALTER TABLE missing ADD COLUMN x INT;\n");
  }

  private static SchemaCache cache(Path project, UserSchemaCache user, List<MigrationFile> migrations) throws IOException {
    return SchemaCache.of(project.resolve("target/schemadrift-cache/schema.bin"), user, "build-1", Dialect.POSTGRESQL,
        Map.of("p", "1"), migrations);
  }

  private UserSchemaCache user() {
    return new UserSchemaCache(dir.resolve("user-cache"));
  }

  private Path entry() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("user-cache"))) {
      List<Path> bins = files.filter(f -> f.toString().endsWith(".bin")).toList();
      assertThat(bins).hasSize(1);
      return bins.get(0);
    }
  }

  @Test
  void aCleanBuildOrAnotherCheckoutHitsTheUserCacheWithTheSameSchema() throws IOException {
    Path first = dir.resolve("first");
    List<MigrationFile> migrations = migrations(first);
    SchemaModel replayed = MigrationReplayer.replay(migrations, Dialect.POSTGRESQL);
    assertThat(replayed.problems()).isNotEmpty(); // the diagnostics of the replay travel with the schema
    cache(first, user(), migrations).store(replayed);

    deleteTree(first.resolve("target")); // mvn clean
    SchemaCache afterClean = cache(first, user(), migrations);
    assertThat(afterClean.load(migrations)).contains(replayed);
    assertThat(afterClean.fromUserCache()).isTrue();
    assertThat(first.resolve("target/schemadrift-cache/schema.bin")).exists(); // copied back: the next build hits there
    SchemaCache next = cache(first, user(), migrations);
    assertThat(next.load(migrations)).contains(replayed);
    assertThat(next.fromUserCache()).isFalse();

    Path second = dir.resolve("second"); // a fresh checkout elsewhere, same migrations
    List<MigrationFile> checkout = migrations(second);
    SchemaCache other = cache(second, user(), checkout);
    SchemaModel loaded = other.load(checkout).orElseThrow();
    assertThat(loaded).isEqualTo(MigrationReplayer.replay(checkout, Dialect.POSTGRESQL));
    assertThat(other.fromUserCache()).isTrue();
  }

  @Test
  void aChangedMigrationOrNoUserCacheMisses() throws IOException {
    Path project = dir.resolve("p");
    List<MigrationFile> migrations = migrations(project);
    cache(project, user(), migrations).store(MigrationReplayer.replay(migrations, Dialect.POSTGRESQL));
    deleteTree(project.resolve("target"));
    assertThat(cache(project, null, migrations).load(migrations)).isEmpty();

    List<MigrationFile> changed = migrations(project, "ALTER TABLE a ADD COLUMN note VARCHAR(10);\n");
    assertThat(cache(project, user(), changed).load(changed)).isEmpty();
  }

  @Test
  void aTruncatedOrFlippedUserCacheFileIsIgnoredAndTheReplayGivesTheSameSchema() throws IOException {
    Path project = dir.resolve("p");
    List<MigrationFile> migrations = migrations(project);
    SchemaModel replayed = MigrationReplayer.replay(migrations, Dialect.POSTGRESQL);
    cache(project, user(), migrations).store(replayed);
    Path entry = entry();
    byte[] whole = Files.readAllBytes(entry);
    for (int length = 0; length < whole.length; length += 7) {
      deleteTree(project.resolve("target"));
      Files.write(entry, Arrays.copyOf(whole, length));
      assertThat(cache(project, user(), migrations).load(migrations)).as("truncated to %d bytes", length).isEmpty();
    }
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      deleteTree(project.resolve("target"));
      byte[] flipped = whole.clone();
      int at = random.nextInt(flipped.length);
      flipped[at] ^= (byte) (1 + random.nextInt(255));
      Files.write(entry, flipped);
      Optional<SchemaModel> loaded = cache(project, user(), migrations).load(migrations);
      assertThat(loaded.isEmpty() || loaded.get().equals(replayed)).as("byte %d flipped", at).isTrue();
    }
    // after a miss the build replays and stores again: the entry is whole once more
    deleteTree(project.resolve("target"));
    SchemaCache again = cache(project, user(), migrations);
    assertThat(again.load(migrations)).isEmpty();
    SchemaModel replayedAgain = MigrationReplayer.replay(migrations, Dialect.POSTGRESQL);
    assertThat(replayedAgain).isEqualTo(replayed);
    again.store(replayedAgain);
    deleteTree(project.resolve("target"));
    assertThat(cache(project, user(), migrations).load(migrations)).contains(replayed);
  }

  @Test
  void concurrentWritersOfTheSameKeyNeverGiveATornRead() throws Exception {
    Path project = dir.resolve("p");
    List<MigrationFile> migrations = migrations(project);
    SchemaModel replayed = MigrationReplayer.replay(migrations, Dialect.POSTGRESQL);
    String key = cache(project, user(), migrations).sharedKey();
    byte[] body = SchemaCodec.encode(replayed.withEntitySchema(null));
    user().write(key, body, 0, body.length); // there from the start: every read below races a replacement
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<List<byte[]>>> readers = new ArrayList<>();
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        writers.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            user().write(key, body, 0, body.length);
          }
        }));
        readers.add(pool.submit(() -> {
          List<byte[]> seen = new ArrayList<>();
          Path file = dir.resolve("user-cache").resolve(key + ".bin");
          for (int i = 0; i < 400; i++) {
            byte[] read = user().read(key);
            if (read != null) {
              seen.add(read);
            }
            // the file itself is always whole (not just caught by the checksum): written aside, then moved
            if (Files.exists(file)) {
              try {
                assertThat(Files.size(file)).isEqualTo(body.length + 4 + 4 + key.length() + 4);
              } catch (java.nio.file.NoSuchFileException e) {
                // between the check and the size: another writer's move replaced it
              }
            }
          }
          return seen;
        }));
      }
      for (Future<?> w : writers) {
        w.get();
      }
      int reads = 0;
      for (Future<List<byte[]>> r : readers) {
        for (byte[] read : r.get()) {
          assertThat(read).isEqualTo(body); // never a partial file
          reads++;
        }
      }
      assertThat(reads).isPositive();
    } finally {
      pool.shutdownNow();
    }
    assertThat(user().read(key)).isEqualTo(body);
    try (Stream<Path> files = Files.list(dir.resolve("user-cache"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".tmp"))).isEmpty(); // no temporary file left behind
    }
  }

  /** Writes one key many times, in a JVM of its own: {@code main(folder, key, bodyFile, count)}. */
  public static final class Writer {
    public static void main(String[] args) throws IOException {
      byte[] body = Files.readAllBytes(Path.of(args[2]));
      UserSchemaCache cache = new UserSchemaCache(Path.of(args[0]));
      for (int i = 0; i < Integer.parseInt(args[3]); i++) {
        cache.write(args[1], body, 0, body.length);
      }
    }
  }

  @Test
  void concurrentWriterProcessesOfTheSameKeyNeverGiveATornRead() throws Exception {
    Path project = dir.resolve("p");
    List<MigrationFile> migrations = migrations(project);
    String key = cache(project, user(), migrations).sharedKey();
    byte[] body = SchemaCodec.encode(MigrationReplayer.replay(migrations, Dialect.POSTGRESQL).withEntitySchema(null));
    Path bodyFile = Files.write(dir.resolve("body"), body);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> writers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      writers.add(new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
          Writer.class.getName(), dir.resolve("user-cache").toString(), key, bodyFile.toString(), "300")
          .redirectErrorStream(true).redirectOutput(dir.resolve("writer" + i + ".log").toFile()).start());
    }
    while (writers.stream().anyMatch(Process::isAlive)) { // reads while the writers write
      byte[] read = user().read(key);
      if (read != null) {
        assertThat(read).isEqualTo(body);
      }
      Path file = dir.resolve("user-cache").resolve(key + ".bin");
      if (Files.exists(file)) { // never deleted once there: always the whole file, never one being written
        assertThat(Files.size(file)).isEqualTo(body.length + 4 + 4 + key.length() + 4);
      }
      Thread.sleep(1);
    }
    for (Process w : writers) {
      assertThat(w.waitFor()).as(Files.readString(dir.resolve("writer" + writers.indexOf(w) + ".log"))).isZero();
    }
    assertThat(user().read(key)).isEqualTo(body);
  }

  @Test
  void evictionKeepsTheBoundsAndDropsTheLeastRecentlyUsed() throws IOException {
    UserSchemaCache bounded = new UserSchemaCache(dir.resolve("user-cache"), 1_000, 3);
    byte[] body = new byte[200];
    long old = System.currentTimeMillis() - 100_000;
    for (int i = 0; i < 3; i++) {
      bounded.write("k" + i, body, 0, body.length);
      Files.setLastModifiedTime(dir.resolve("user-cache/k" + i + ".bin"), FileTime.fromMillis(old + i * 1_000));
    }
    assertThat(bounded.read("k0")).isNotNull(); // k0 is now the most recently used
    bounded.write("k3", body, 0, body.length); // four entries: the least recently used (k1) goes
    assertThat(names()).containsExactlyInAnyOrder("k0.bin", "k2.bin", "k3.bin");

    byte[] big = new byte[600]; // k4 alone is over half the byte bound: only it and what still fits stay
    bounded.write("k4", big, 0, big.length);
    assertThat(names()).contains("k4.bin").hasSizeLessThanOrEqualTo(2);
    long total = 0;
    for (String name : names()) {
      total += Files.size(dir.resolve("user-cache").resolve(name));
    }
    assertThat(total).isLessThanOrEqualTo(1_000);
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("user-cache"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".bin")).toList();
    }
  }

  @Test
  void anUnwritableFolderIsSkippedWithoutAnError() throws IOException {
    Path project = dir.resolve("p");
    List<MigrationFile> migrations = migrations(project);
    SchemaModel replayed = MigrationReplayer.replay(migrations, Dialect.POSTGRESQL);
    // below a regular file no folder can be made, even by root (these tests may run as root)
    UserSchemaCache underAFile = new UserSchemaCache(Files.writeString(dir.resolve("a-file"), "x").resolve("schemadrift"));
    assertUnwritableIsSkipped(project, migrations, replayed, underAFile);

    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      if (!Files.isWritable(locked)) { // a read-only folder binds everyone but root
        deleteTree(project.resolve("target"));
        assertUnwritableIsSkipped(project, migrations, replayed, new UserSchemaCache(locked));
      }
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static void assertUnwritableIsSkipped(
      Path project, List<MigrationFile> migrations, SchemaModel replayed, UserSchemaCache unwritable) throws IOException {
    SchemaCache cache = cache(project, unwritable, migrations);
    assertThat(cache.load(migrations)).isEmpty();
    cache.store(replayed); // no exception, nothing reported
    assertThat(cache(project, unwritable, migrations).load(migrations)).contains(replayed); // the build folder still works
    deleteTree(project.resolve("target"));
    assertThat(cache(project, unwritable, migrations).load(migrations)).isEmpty();
  }

  @Test
  void theDefaultFolderFollowsXdgElseTheHome() {
    assertThat(UserSchemaCache.defaultDir(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/u")).contains(Path.of("/x/cache/schemadrift"));
    assertThat(UserSchemaCache.defaultDir(Map.of("XDG_CACHE_HOME", "relative"), "/home/u"))
        .contains(Path.of("/home/u/.cache/schemadrift"));
    assertThat(UserSchemaCache.defaultDir(Map.of(), "/home/u")).contains(Path.of("/home/u/.cache/schemadrift"));
    assertThat(UserSchemaCache.defaultDir(Map.of(), null)).isEmpty();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
