package io.github.schemadrift.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison of a record, written in the processor's format, with the files as they are now. */
class InputsRecordTest {

  @TempDir Path project;
  private Path migrations;
  private Path resources;
  private Path classes;

  @BeforeEach
  void files() throws IOException {
    migrations = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    resources = migrations.getParent().getParent();
    Files.writeString(migrations.resolve("V1__init.sql"), "CREATE TABLE a (id INT);\n");
    Files.writeString(resources.resolve("application.properties"), "spring.datasource.url=jdbc:postgresql://x/y\n");
    Files.writeString(resources.resolve("messages.properties"), "hello=Hello\n");
    classes = Files.createDirectories(project.resolve("target/classes"));
  }

  /** What the processor writes (its BuildInputs), for the files as they are now, listed by Files.walk. */
  private void record() throws IOException {
    List<String> lines = new ArrayList<>(List.of(InputsRecord.HEADER, "class\tapp/Task.class"));
    List<String> entries = new ArrayList<>();
    tree(lines, entries, migrations, -1, "*");
    tree(lines, entries, resources, 1, "{application*.properties,application*.yml,application*.yaml}");
    lines.add("file\t" + project.resolve("flyway.conf") + "\tabsent");
    lines.add("entries");
    lines.addAll(entries);
    Path record = InputsRecord.location(classes);
    Files.createDirectories(record.getParent());
    Files.write(record, lines);
  }

  private static void tree(List<String> lines, List<String> entries, Path dir, int depth, String glob) throws IOException {
    int index = (int) lines.stream().filter(l -> l.startsWith("tree\t")).count();
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<String> files = new ArrayList<>();
    long sum = 0;
    try (Stream<Path> walk = Files.walk(dir, depth < 0 ? Integer.MAX_VALUE : depth, FileVisitOption.FOLLOW_LINKS)) {
      for (Path path : walk.sorted().toList()) {
        if (Files.isRegularFile(path) && matcher.matches(path.getFileName())) {
          String relative = dir.relativize(path).toString();
          long size = Files.size(path);
          long modified = Files.getLastModifiedTime(path).toMillis();
          files.add("entry\t" + index + "\t" + relative + "\t" + size + "\t" + modified);
          sum += InputsRecord.fingerprint(relative, size, modified);
        }
      }
    }
    lines.add("tree\t" + dir + "\t" + depth + "\t" + glob + "\t" + files.size() + "\t" + Long.toHexString(sum));
    entries.addAll(files);
  }

  @Test
  void theFingerprintIsTheProcessors() {
    // the same value is pinned in the processor's BuildInputsTest: both sides must compute it alike
    assertThat(Long.toHexString(InputsRecord.fingerprint("sub/V1__init.sql", 25, 1_733_580_000_000L)))
        .isEqualTo(PINNED_FINGERPRINT);
  }

  static final String PINNED_FINGERPRINT = "f8ad5950126c7998";

  @Test
  void aMigrationInASubfolderCountsAndALinkCycleIsAWarningNotALoop() throws IOException {
    Path sub = Files.createDirectories(migrations.resolve("v2"));
    Files.writeString(sub.resolve("V2__b.sql"), "ALTER TABLE a ADD COLUMN b INT;\n");
    record();
    assertThat(compare().difference()).isEmpty();
    assertThat(compare().filesCompared()).isEqualTo(4);
    Path changed = Files.writeString(sub.resolve("V2__b.sql"), "ALTER TABLE a ADD COLUMN bb INT;\n");
    assertThat(compare().difference()).contains(changed + " changed");

    record();
    Files.createSymbolicLink(sub.resolve("loop"), migrations);
    assertThatThrownBy(this::compare).isInstanceOf(IOException.class).hasMessageContaining("link cycle");
  }

  private InputsRecord.Comparison compare() throws IOException {
    return InputsRecord.read(InputsRecord.location(classes)).orElseThrow().compare();
  }

  @Test
  void nothingChangedIsNoDifference() throws IOException {
    record();
    InputsRecord.Comparison comparison = compare();
    assertThat(comparison.difference()).isEmpty();
    assertThat(comparison.filesCompared()).isEqualTo(3);
    assertThat(comparison.classFiles()).containsExactly("app/Task.class");
  }

  @Test
  void anAddedChangedOrRemovedMigrationIsADifference() throws IOException {
    record();
    Path added = Files.writeString(migrations.resolve("V2__more.sql"), "ALTER TABLE a ADD COLUMN b INT;\n");
    assertThat(compare().difference()).contains(added + " was added");

    Files.delete(added);
    Path first = migrations.resolve("V1__init.sql");
    Files.setLastModifiedTime(first, FileTime.fromMillis(Files.getLastModifiedTime(first).toMillis() + 2000));
    assertThat(compare().difference()).contains(first + " changed");

    Files.delete(first);
    assertThat(compare().difference()).contains(first + " was removed");
  }

  @Test
  void aConfigurationFileCountsButOtherResourcesDoNot() throws IOException {
    record();
    Files.writeString(resources.resolve("messages.properties"), "hello=Hallo\n");
    Files.writeString(resources.resolve("logo.txt"), "x\n");
    assertThat(compare().difference()).isEmpty();

    Path profile = Files.writeString(resources.resolve("application-test.properties"), "spring.datasource.url=jdbc:h2:mem:x\n");
    assertThat(compare().difference()).contains(profile + " was added");
    Files.delete(profile);

    Path flyway = Files.writeString(project.resolve("flyway.conf"), "flyway.url=jdbc:mysql://x/y\n");
    assertThat(compare().difference()).contains(flyway + " was added");
  }

  @Test
  void noRecordOrAnUnknownFormatIsNothingToCompare() throws IOException {
    assertThat(InputsRecord.read(InputsRecord.location(classes))).isEmpty();
    Path record = InputsRecord.location(classes);
    Files.createDirectories(record.getParent());
    Files.writeString(record, "schemadrift-inputs\t99\n");
    assertThat(InputsRecord.read(record)).isEmpty();
  }
}
