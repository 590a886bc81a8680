package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations are read, split and parsed on several threads, but the replay reports exactly what a
 * replay on one thread reports: the same problems and notes, in the same order, and the same schema.
 */
class ParallelReplayTest {

  @TempDir Path dir;

  /** Forty files, each with a replayed table, and most with something to report at a known place. */
  private List<MigrationFile> writeMigrations() throws IOException {
    List<MigrationFile> files = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      StringBuilder sql = new StringBuilder();
      sql.append("CREATE TABLE t").append(i).append(" (id BIGINT PRIMARY KEY, name TEXT);\n");
      switch (i % 6) {
        case 0 -> sql.append("CREATE TABLE broken").append(i).append(" (id INT,, name TEXT);\n");
        case 1 -> sql.append("ALTER TABLE missing").append(i).append(" ADD COLUMN x INT;\n");
        case 2 -> sql.append("ALTER TABLE t").append(i).append(" ADD COLUMN note_${unknown").append(i).append("} TEXT;\n");
        case 3 -> sql.append("INSERT INTO t").append(i).append(" (id, name) VALUES (1, 'a');\n");
        case 4 -> sql.append("ALTER TABLE t").append(i).append(" DROP COLUMN nothing_here;\n");
        default -> sql.append("CREATE INDEX ix_t").append(i).append(" ON t").append(i).append(" (name);\n");
      }
      sql.append("ALTER TABLE t").append(i).append(" ADD COLUMN extra").append(i).append(" INT NOT NULL DEFAULT 0;\n");
      String name = "V" + i + "__m" + i + ".sql";
      Path path = dir.resolve(name);
      if (i == 17) {
        Files.write(path, new byte[] {'S', 'E', 'L', (byte) 0xC3, '\n'}); // not UTF-8
      } else if (i == 23) {
        Files.writeString(path, "  \n");
      } else {
        Files.writeString(path, sql, StandardCharsets.UTF_8);
      }
      files.add(new MigrationFile(path, name, MigrationFile.Kind.VERSIONED, String.valueOf(i), "m" + i));
    }
    return files;
  }

  private static SchemaModel replay(List<MigrationFile> files, int threads) {
    List<String> failures = new ArrayList<>();
    SchemaModel model =
        MigrationReplayer.replay(
            files,
            Dialect.POSTGRESQL,
            Placeholders.of(Map.of(), Dialect.POSTGRESQL),
            2000,
            null,
            List.of(),
            (at, e) -> failures.add(at + " " + e),
            threads);
    assertThat(failures).isEmpty();
    return model;
  }

  @Test
  void severalThreadsReportTheSameProblemsInTheSameOrderAsOne() throws IOException {
    List<MigrationFile> files = writeMigrations();
    SchemaModel one = replay(files, 1);

    // the fixture reports something from most files, in file order
    assertThat(one.problems()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(one.problems().get(0).location().toString()).isEqualTo("V1__m1.sql:2");
    assertThat(one.problems()).anyMatch(p -> p.location().toString().equals("V6__m6.sql:2") && p.ruleId().equals("sql-parse"));
    assertThat(one.problems()).anyMatch(p -> p.location().toString().startsWith("V17__m17.sql"));
    assertThat(one.notes()).anyMatch(n -> n.contains("V23__m23.sql"));
    assertThat(one.notes()).anyMatch(n -> n.contains("unknown2"));
    assertThat(one.tables()).containsKeys("t1", "t40");

    for (int threads : new int[] {2, 4, 8, 2, 4, 8}) {
      SchemaModel many = replay(files, threads);
      assertThat(many.problems()).as("problems with %d threads", threads).containsExactlyElementsOf(one.problems());
      assertThat(many.notes()).as("notes with %d threads", threads).containsExactlyElementsOf(one.notes());
      assertThat(many.tables()).as("tables with %d threads", threads).isEqualTo(one.tables());
      assertThat(many.stats()).isEqualTo(one.stats());
    }
  }

  @Test
  void theParallelReplayMatchesScriptsReplayedOneByOne() throws IOException {
    List<MigrationFile> files = writeMigrations().stream().filter(f -> !f.displayName().startsWith("V17__")).toList();
    MigrationReplayer byHand = new MigrationReplayer(Dialect.POSTGRESQL, Placeholders.of(Map.of(), Dialect.POSTGRESQL));
    for (MigrationFile file : files) {
      byHand.replayScript(file.displayName(), Files.readString(file.path()));
    }
    SchemaModel expected = byHand.toModel(files);

    SchemaModel parallel = replay(files, 4);

    assertThat(parallel.problems()).containsExactlyElementsOf(expected.problems());
    assertThat(parallel.tables()).isEqualTo(expected.tables());
    assertThat(parallel.stats()).isEqualTo(expected.stats());
  }
}
