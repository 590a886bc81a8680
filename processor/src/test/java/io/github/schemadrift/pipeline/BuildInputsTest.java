package io.github.schemadrift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder lines of the record schemadrift-maven-plugin compares: file count, fingerprint, listing. */
class BuildInputsTest {

  @TempDir Path dir;

  @Test
  void theFingerprintIsThePlugins() {
    // the same value is pinned in the plugin's InputsRecordTest: both sides must compute it alike
    assertThat(Long.toHexString(BuildInputs.fingerprint("sub/V1__init.sql", 25, 1_733_580_000_000L)))
        .isEqualTo("f8ad5950126c7998");
  }

  @Test
  void aFolderLineCountsItsFilesAndItsFingerprintChangesWithAnyOfThem() throws IOException {
    Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE a (id INT);\n");
    Files.createDirectories(dir.resolve("more"));
    Path nested = Files.writeString(dir.resolve("more/V2__b.sql"), "ALTER TABLE a ADD b INT;\n");
    Files.writeString(dir.resolve("notes.txt"), "x\n");

    List<String> lines = new ArrayList<>(List.of("tree\t/elsewhere\t1\t*\t0\t0"));
    List<String> entries = new ArrayList<>();
    BuildInputs.tree(lines, entries, dir, -1, "*.sql");
    String[] tree = lines.get(1).split("\t");
    assertThat(tree).hasSize(6).startsWith("tree", dir.toString(), "-1", "*.sql", "2");
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0)).startsWith("entry\t1\tV1__init.sql\t25\t");
    assertThat(entries.get(1)).startsWith("entry\t1\tmore/V2__b.sql\t25\t");

    Files.setLastModifiedTime(nested, FileTime.fromMillis(Files.getLastModifiedTime(nested).toMillis() + 2000));
    List<String> again = new ArrayList<>();
    BuildInputs.tree(again, new ArrayList<>(), dir, -1, "*.sql");
    assertThat(again.get(0).split("\t")[5]).isNotEqualTo(tree[5]);
    assertThat(again.get(0).split("\t")[4]).isEqualTo("2");
  }
}
