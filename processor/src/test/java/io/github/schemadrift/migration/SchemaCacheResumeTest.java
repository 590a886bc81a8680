package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay cache resumes a replay after the unchanged migrations it holds a snapshot of (issue
 * 18, item 3), and what it reports is exactly what a replay from the first migration reports: the
 * same tables, columns, views, sequences and types in the same order, the same problems, notes and
 * counts. Proved on every folder of the real-world corpus with its last migration added to a
 * cached project, from the build folder's cache and from the user's cache folder alone (after
 * {@code mvn clean}); an edited old migration, a migration sorted in before the cached ones, a
 * corrupt or truncated cache file and concurrent writers replay from the first, with the same
 * result.
 */
class SchemaCacheResumeTest {

  private static final Map<String, Dialect> FOLDERS =
      Map.ofEntries(
          Map.entry("dspace/h2", Dialect.H2),
          Map.entry("dspace/postgresql", Dialect.POSTGRESQL),
          Map.entry("hawkbit/mysql", Dialect.MYSQL),
          Map.entry("hawkbit/postgresql", Dialect.POSTGRESQL),
          Map.entry("kitodo/mysql", Dialect.MYSQL),
          Map.entry("ohdsi-webapi/oracle", Dialect.ORACLE),
          Map.entry("ohdsi-webapi/postgresql", Dialect.POSTGRESQL),
          Map.entry("ohdsi-webapi/sqlserver", Dialect.SQLSERVER),
          Map.entry("onap-so-catalog/mariadb", Dialect.MARIADB),
          Map.entry("onap-so-requests/mariadb", Dialect.MARIADB));

  @TempDir Path dir;

  @TestFactory
  List<DynamicTest> oneMigrationAddedResumesAndEqualsTheWholeReplayOnEveryCorpusFolder() {
    Path corpus = RealWorldCorpusTest.corpus();
    assumeTrue(corpus != null && Files.isDirectory(corpus), "real-world corpus not found; skipping");
    List<DynamicTest> tests = new ArrayList<>();
    FOLDERS.forEach((folder, dialect) -> tests.add(DynamicTest.dynamicTest(folder, () -> {
      List<MigrationFile> all = MigrationDiscovery.discover(List.of(corpus.resolve(folder))).migrations();
      Path work = dir.resolve(folder.replace('/', '-'));
      Placeholders placeholders = Placeholders.of(Map.of("ohdsiSchema", "webapi"), dialect);
      SchemaModel whole = clean(all, dialect, placeholders);
      List<MigrationFile> before = all.subList(0, all.size() - 1);
      CachedReplay.Outcome first = replay(work, before, dialect, placeholders);
      assertThat(first.resumedAfter()).isZero();
      assertSame(first.schema(), clean(before, dialect, placeholders));

      CachedReplay.Outcome added = replay(work, all, dialect, placeholders);
      assertThat(added.resumedAfter()).as("resumed from the build folder's cache").isEqualTo(before.size());
      assertSame(added.schema(), whole);
      assertThat(storedBody(work, all, dialect))
          .as("the resumed replay stores, byte for byte, what a whole replay stores (its first snapshot copied, not encoded)")
          .isEqualTo(wholeBody(all, dialect, placeholders));

      Files.delete(work.resolve("target/schema.bin")); // mvn clean: only the user's cache folder is left
      CachedReplay.Outcome fromUser = replay(work, all, dialect, placeholders);
      assertThat(fromUser.resumedAfter()).as("resumed from the user's cache folder").isEqualTo(before.size());
      assertSame(fromUser.schema(), whole);
    })));
    return tests;
  }

  @Test
  void twoAddedResumeAfterTheCachedOnesAndOneSortedInBeforeThemReplaysFromTheFirst() throws IOException {
    Path db = folder(Map.of("V1__a.sql", V1, "V3__c.sql", V3));
    replay(dir, discover(db), Dialect.POSTGRESQL, none());
    Files.writeString(db.resolve("V4__d.sql"), "ALTER TABLE t ADD COLUMN d INT;\n");
    Files.writeString(db.resolve("V5__e.sql"), "CREATE TABLE e (id INT REFERENCES t (id));\n");
    CachedReplay.Outcome added = replay(dir, discover(db), Dialect.POSTGRESQL, none());
    assertThat(added.resumedAfter()).isEqualTo(2);
    assertSame(added.schema(), clean(discover(db), Dialect.POSTGRESQL, none()));

    Files.writeString(db.resolve("V2__b.sql"), "ALTER TABLE t RENAME COLUMN n TO m;\n");
    CachedReplay.Outcome between = replay(dir, discover(db), Dialect.POSTGRESQL, none());
    assertThat(between.resumedAfter()).as("V2 sorts before the cached V3: no snapshot holds V1 alone").isZero();
    assertSame(between.schema(), clean(discover(db), Dialect.POSTGRESQL, none()));
  }

  @Test
  void theNewestMigrationEditedResumesBeforeIt() throws IOException {
    Path db = folder(Map.of("V1__a.sql", V1, "V3__c.sql", V3));
    replay(dir, discover(db), Dialect.POSTGRESQL, none());
    Files.writeString(db.resolve("V4__d.sql"), "ALTER TABLE t ADD COLUMN d INT;\n");
    assertThat(replay(dir, discover(db), Dialect.POSTGRESQL, none()).resumedAfter()).isEqualTo(2);
    for (String edit : List.of("ALTER TABLE t ADD COLUMN d BIGINT;\n", "ALTER TABLE t ADD COLUMN d TEXT NOT NULL;\n")) {
      Files.writeString(db.resolve("V4__d.sql"), edit);
      CachedReplay.Outcome edited = replay(dir, discover(db), Dialect.POSTGRESQL, none());
      assertThat(edited.resumedAfter()).as("resumed before V4, from the snapshot stored by the last build").isEqualTo(2);
      assertSame(edited.schema(), clean(discover(db), Dialect.POSTGRESQL, none()));
    }
    Files.delete(dir.resolve("target/schema.bin")); // mvn clean: the user's folder keeps the set before V4 too
    Files.writeString(db.resolve("V4__d.sql"), "ALTER TABLE t ADD COLUMN d SMALLINT;\n");
    CachedReplay.Outcome fromUser = replay(dir, discover(db), Dialect.POSTGRESQL, none());
    assertThat(fromUser.resumedAfter()).isEqualTo(2);
    assertSame(fromUser.schema(), clean(discover(db), Dialect.POSTGRESQL, none()));
  }

  @Test
  void aWholeReplayKeepsTheStateBeforeItsLastMigrationToo() throws IOException {
    Path db = folder(Map.of("V1__a.sql", V1, "V3__c.sql", V3, "V4__d.sql", "ALTER TABLE t ADD COLUMN d INT;\n"));
    replay(dir, discover(db), Dialect.POSTGRESQL, none());
    Files.writeString(db.resolve("V4__d.sql"), "ALTER TABLE t DROP COLUMN n CASCADE;\n");
    CachedReplay.Outcome edited = replay(dir, discover(db), Dialect.POSTGRESQL, none());
    assertThat(edited.resumedAfter()).isEqualTo(2);
    assertSame(edited.schema(), clean(discover(db), Dialect.POSTGRESQL, none()));
    assertThat(edited.schema().views()).isEmpty();
  }

  @Test
  void anEditedOldMigrationReplaysFromTheFirst() throws IOException {
    Path db = folder(Map.of("V1__a.sql", V1, "V3__c.sql", V3));
    replay(dir, discover(db), Dialect.POSTGRESQL, none());
    Files.writeString(db.resolve("V1__a.sql"), V1.replace("n TEXT", "n VARCHAR(5)"));
    Files.writeString(db.resolve("V4__d.sql"), "ALTER TABLE t ADD COLUMN d INT;\n");
    CachedReplay.Outcome edited = replay(dir, discover(db), Dialect.POSTGRESQL, none());
    assertThat(edited.resumedAfter()).isZero();
    assertSame(edited.schema(), clean(discover(db), Dialect.POSTGRESQL, none()));
    assertThat(edited.schema().tables().get("t").columns().get(1).type().length()).isEqualTo(5);
  }

  @Test
  void aCorruptOrTruncatedCacheFileReplaysFromTheFirstOrFromTheOtherLevel() throws IOException {
    Path db = folder(Map.of("V1__a.sql", V1, "V3__c.sql", V3));
    replay(dir, discover(db), Dialect.POSTGRESQL, none());
    Files.writeString(db.resolve("V4__d.sql"), "ALTER TABLE t ADD COLUMN d INT;\n");
    SchemaModel whole = clean(discover(db), Dialect.POSTGRESQL, none());
    Path buildFile = dir.resolve("target/schema.bin");
    byte[] intact = Files.readAllBytes(buildFile);

    flipByte(buildFile);
    CachedReplay.Outcome flipped = replay(dir, discover(db), Dialect.POSTGRESQL, none());
    assertThat(flipped.resumedAfter()).as("the user's cache folder still holds V1 and V3").isEqualTo(2);
    assertSame(flipped.schema(), whole);

    Files.write(buildFile, intact);
    try (Stream<Path> files = Files.list(dir.resolve("user"))) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    truncate(buildFile);
    CachedReplay.Outcome truncated = replay(dir, discover(db), Dialect.POSTGRESQL, none());
    assertThat(truncated.resumedAfter()).isZero();
    assertSame(truncated.schema(), whole);
  }

  @Test
  void concurrentBuildsWritingTheCacheResumeOrReplayToTheSameSchema() throws Exception {
    Path db = folder(Map.of("V1__a.sql", V1, "V3__c.sql", V3));
    replay(dir, discover(db), Dialect.POSTGRESQL, none());
    Files.writeString(db.resolve("V4__d.sql"), "ALTER TABLE t ADD COLUMN d INT;\n");
    SchemaModel whole = clean(discover(db), Dialect.POSTGRESQL, none());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<CachedReplay.Outcome>> builds = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        builds.add(pool.submit(() -> replay(dir, discover(db), Dialect.POSTGRESQL, none())));
      }
      for (Future<CachedReplay.Outcome> build : builds) {
        assertSame(build.get().schema(), whole);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(SchemaCache.of(dir.resolve("target/schema.bin"), new UserSchemaCache(dir.resolve("user")), "build-1",
        Dialect.POSTGRESQL, Map.of(), discover(db)).load(discover(db))).contains(whole);
  }

  private static final String V1 = "CREATE TABLE t (id SERIAL PRIMARY KEY, n TEXT);\nCREATE SCHEMA extra;\n";
  private static final String V3 = "CREATE VIEW v AS SELECT n FROM t;\nCREATE TABLE extra.u (id INT);\n";

  /** One build: the cache in {@code work}'s target folder and user folder, resumed or replayed, then stored. */
  private static CachedReplay.Outcome replay(Path work, List<MigrationFile> migrations, Dialect dialect, Placeholders placeholders)
      throws IOException {
    SchemaCache cache = SchemaCache.of(work.resolve("target/schema.bin"), new UserSchemaCache(work.resolve("user")), "build-1",
        dialect, Map.of(), migrations);
    CachedReplay.Outcome outcome = CachedReplay.replay(cache, migrations, dialect, placeholders, 0, null, List.of(), (at, e) -> {
      throw e;
    });
    cache.store(outcome);
    return outcome;
  }

  /** The body the last build stored for {@code migrations} in {@code work}'s user cache folder. */
  private static byte[] storedBody(Path work, List<MigrationFile> migrations, Dialect dialect) throws IOException {
    String key = SchemaCache.of(work.resolve("target/schema.bin"), new UserSchemaCache(work.resolve("user")), "build-1",
        dialect, Map.of(), migrations).sharedKey();
    return new UserSchemaCache(work.resolve("user")).read(key);
  }

  /** The body a store writes after replaying {@code migrations} from the first. */
  private static byte[] wholeBody(List<MigrationFile> migrations, Dialect dialect, Placeholders placeholders) {
    ReplaySnapshot.Replayed whole = ReplaySnapshot.replay(null, migrations, dialect, placeholders, 0, null, List.of(),
        (at, e) -> {
          throw e;
        }, 1);
    return CacheBody.encode(whole.schema().withEntitySchema(null), List.of(whole.snapshot(), whole.beforeLast()));
  }

  private static SchemaModel clean(List<MigrationFile> migrations, Dialect dialect, Placeholders placeholders) {
    return MigrationReplayer.replay(migrations, dialect, placeholders, 0, null, List.of(), (at, e) -> {
      throw e;
    });
  }

  private static void assertSame(SchemaModel a, SchemaModel b) {
    assertThat(a).isEqualTo(b);
    assertThat(List.copyOf(a.tables().keySet())).isEqualTo(List.copyOf(b.tables().keySet()));
    assertThat(List.copyOf(a.sequences().keySet())).isEqualTo(List.copyOf(b.sequences().keySet()));
    assertThat(List.copyOf(a.views().keySet())).isEqualTo(List.copyOf(b.views().keySet()));
    assertThat(List.copyOf(a.enumTypes().keySet())).isEqualTo(List.copyOf(b.enumTypes().keySet()));
    assertThat(List.copyOf(a.droppedTables().keySet())).isEqualTo(List.copyOf(b.droppedTables().keySet()));
    assertThat(a.problems()).isEqualTo(b.problems());
    assertThat(a.notes()).isEqualTo(b.notes());
    assertThat(a.stats()).isEqualTo(b.stats());
  }

  private Path folder(Map<String, String> files) throws IOException {
    Path db = Files.createDirectories(dir.resolve("db"));
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(db.resolve(f.getKey()), f.getValue());
    }
    return db;
  }

  private static List<MigrationFile> discover(Path db) {
    return MigrationDiscovery.discover(List.of(db)).migrations();
  }

  private static Placeholders none() {
    return Placeholders.none(Dialect.POSTGRESQL);
  }

  private static void truncate(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(raf.length() / 2);
    }
  }

  private static void flipByte(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(file, bytes);
  }
}
