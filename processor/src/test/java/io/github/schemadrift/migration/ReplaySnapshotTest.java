package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A replay resumed from a snapshot taken after the first migrations reports exactly what a replay
 * of all of them does: the same tables, columns, views, sequences and types in the same order,
 * the same problems and notes, the same counts and the same state for the next resume. Proved on
 * every folder of the real-world corpus, split after the first half and before the last file (one
 * migration added), the snapshot going through Java serialisation as a cache would store it.
 */
class ReplaySnapshotTest {

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

  @TestFactory
  List<DynamicTest> aResumedReplayEqualsTheWholeReplayOnEveryCorpusFolder() {
    Path corpus = RealWorldCorpusTest.corpus();
    assumeTrue(corpus != null && Files.isDirectory(corpus), "real-world corpus not found; skipping");
    List<DynamicTest> tests = new ArrayList<>();
    FOLDERS.forEach((folder, dialect) -> tests.add(DynamicTest.dynamicTest(folder, () -> check(corpus.resolve(folder), dialect))));
    return tests;
  }

  @Test
  void aSnapshotKeepsWhatTheHandlersKeepBesideTheSchema() throws Exception {
    Placeholders none = Placeholders.none(Dialect.POSTGRESQL);
    Path dir = Files.createTempDirectory("snapshot");
    Files.writeString(dir.resolve("V1__a.sql"), "CREATE SCHEMA extra;\nCREATE TABLE t (id SERIAL PRIMARY KEY, n TEXT);\n"
        + "CREATE VIEW v AS SELECT n FROM t;\n");
    Files.writeString(dir.resolve("V2__b.sql"), "CREATE TABLE extra.u (id INT);\nALTER TABLE t DROP COLUMN id;\nDROP VIEW v;\n");
    List<MigrationFile> migrations = MigrationDiscovery.discover(List.of(dir)).migrations();
    ReplaySnapshot whole = replay(null, migrations, Dialect.POSTGRESQL, none);
    ReplaySnapshot first = replay(null, migrations.subList(0, 1), Dialect.POSTGRESQL, none);
    assertThat(first.knownSchemas()).contains("extra");
    assertThat(first.viewDependencies()).isNotEmpty();
    assertThat(first.sequenceOwners()).isNotEmpty();
    assertSame(replay(roundTrip(first), migrations, Dialect.POSTGRESQL, none), whole);
  }

  private static void check(Path folder, Dialect dialect) throws Exception {
    List<MigrationFile> migrations = MigrationDiscovery.discover(List.of(folder)).migrations();
    Placeholders placeholders = Placeholders.of(Map.of("ohdsiSchema", "webapi"), dialect);
    ReplaySnapshot whole = replay(null, migrations, dialect, placeholders);
    for (int split : new int[] {migrations.size() / 2, migrations.size() - 1}) {
      ReplaySnapshot prefix = replay(null, migrations.subList(0, split), dialect, placeholders);
      assertSame(replay(roundTrip(prefix), migrations, dialect, placeholders), whole);
    }
  }

  private static ReplaySnapshot replay(ReplaySnapshot from, List<MigrationFile> migrations, Dialect dialect, Placeholders placeholders) {
    ReplaySnapshot.Replayed replayed = ReplaySnapshot.replay(from, migrations, dialect, placeholders, 0, null, List.of(), (at, e) -> {
      throw e;
    }, 2);
    assertThat(replayed.schema().migrations()).isEqualTo(migrations);
    assertThat(replayed.snapshot().migrations()).isEqualTo(migrations.size());
    return replayed.snapshot();
  }

  private static void assertSame(ReplaySnapshot resumed, ReplaySnapshot whole) {
    SchemaModel a = resumed.schema();
    SchemaModel b = whole.schema();
    assertThat(a).isEqualTo(b);
    assertThat(List.copyOf(a.tables().keySet())).isEqualTo(List.copyOf(b.tables().keySet()));
    assertThat(List.copyOf(a.sequences().keySet())).isEqualTo(List.copyOf(b.sequences().keySet()));
    assertThat(List.copyOf(a.views().keySet())).isEqualTo(List.copyOf(b.views().keySet()));
    assertThat(List.copyOf(a.enumTypes().keySet())).isEqualTo(List.copyOf(b.enumTypes().keySet()));
    assertThat(List.copyOf(a.droppedTables().keySet())).isEqualTo(List.copyOf(b.droppedTables().keySet()));
    assertThat(a.problems()).isEqualTo(b.problems());
    assertThat(a.notes()).isEqualTo(b.notes());
    assertThat(a.stats()).isEqualTo(b.stats());
    assertThat(resumed.viewDependencies()).isEqualTo(whole.viewDependencies());
    assertThat(List.copyOf(resumed.sequenceOwners().entrySet())).isEqualTo(List.copyOf(whole.sequenceOwners().entrySet()));
    assertThat(resumed.knownSchemas()).isEqualTo(whole.knownSchemas());
  }

  private static ReplaySnapshot roundTrip(ReplaySnapshot snapshot) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(snapshot);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ReplaySnapshot) in.readObject();
    }
  }
}
