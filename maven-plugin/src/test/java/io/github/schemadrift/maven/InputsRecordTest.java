package io.github.schemadrift.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
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

  /** What the processor writes (its BuildInputs), for the files as they are now. */
  private void record() throws IOException {
    List<String> lines = new ArrayList<>(List.of(InputsRecord.HEADER, "class\tapp/Task.class"));
    lines.add("tree\t" + migrations + "\t-1\t*");
    InputsRecord.tree(migrations, -1, "*").forEach(e -> lines.add("entry\t" + e));
    String glob = "{application*.properties,application*.yml,application*.yaml}";
    lines.add("tree\t" + resources + "\t1\t" + glob);
    InputsRecord.tree(resources, 1, glob).forEach(e -> lines.add("entry\t" + e));
    lines.add("file\t" + project.resolve("flyway.conf") + "\tabsent");
    Path record = InputsRecord.location(classes);
    Files.createDirectories(record.getParent());
    Files.write(record, lines);
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
