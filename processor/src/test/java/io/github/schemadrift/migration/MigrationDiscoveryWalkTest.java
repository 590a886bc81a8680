package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery lists what {@code Files.walk} would and keeps Flyway's order. */
class MigrationDiscoveryWalkTest {

  @TempDir Path dir;

  private Path write(String relative) throws IOException {
    Path file = dir.resolve("db").resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "SELECT 1;\n");
    return file;
  }

  @Test
  void subfoldersLinksAndOrderAreAsFilesWalkHasThem() throws IOException {
    write("V1__a.sql");
    write("sub/V1_1__b.sql");
    write("sub/deeper/V10__c.sql");
    write("sub/V2__d.sql");
    write("R__z.sql");
    write("sub/R__a.sql");
    write("README.md");
    write("V3__e.class");
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("V4__linked.sql"), "SELECT 1;\n");
    Files.createDirectories(outside.resolve("more"));
    Files.writeString(outside.resolve("more/V5__behind_a_folder_link.sql"), "SELECT 1;\n");
    Path db = dir.resolve("db");
    Files.createSymbolicLink(db.resolve("V4__linked.sql"), outside.resolve("V4__linked.sql"));
    Files.createSymbolicLink(db.resolve("more"), outside.resolve("more"));
    Files.createSymbolicLink(db.resolve("V6__dangling.sql"), outside.resolve("gone.sql"));

    MigrationDiscovery.Result result = MigrationDiscovery.discover(List.of(db));

    assertThat(result.errors()).isEmpty();
    assertThat(result.migrations()).extracting(MigrationFile::displayName)
        .containsExactly(
            "V1__a.sql", "sub/V1_1__b.sql", "sub/V2__d.sql", "V4__linked.sql", "sub/deeper/V10__c.sql",
            "sub/R__a.sql", "R__z.sql");
    assertThat(result.javaMigrations()).containsExactly("V3__e.class");
    List<String> walked;
    try (Stream<Path> walk = Files.walk(db)) {
      walked = walk.filter(Files::isRegularFile).map(p -> db.relativize(p).toString())
          .filter(n -> n.endsWith(".sql")).sorted().toList();
    }
    assertThat(result.migrations()).extracting(MigrationFile::displayName).containsExactlyInAnyOrderElementsOf(walked);
    assertThat(result.migrations().get(1).path()).isEqualTo(db.resolve("sub/V1_1__b.sql"));
  }

  @Test
  void threeFilesWithOneVersionGiveTwoErrorsInPathOrder() throws IOException {
    write("V1__a.sql");
    write("V1.0__b.sql");
    write("sub/V1__c.sql");
    write("V2__d.sql");

    MigrationDiscovery.Result result = MigrationDiscovery.discover(List.of(dir.resolve("db")));

    assertThat(result.errors()).containsExactly(
        "migrations 'V1.0__b.sql' and 'V1__a.sql' have the same version 1; Flyway refuses to migrate: give one of them a new version",
        "migrations 'V1__a.sql' and 'sub/V1__c.sql' have the same version 1; Flyway refuses to migrate: give one of them a new version");
    assertThat(result.migrations()).extracting(MigrationFile::displayName)
        .containsExactly("V1.0__b.sql", "V1__a.sql", "sub/V1__c.sql", "V2__d.sql");
  }

  @Test
  void aMissingLocationIsAnErrorAndASingleFileLocationIsListed() throws IOException {
    MigrationDiscovery.Result missing = MigrationDiscovery.discover(List.of(dir.resolve("nowhere")));
    assertThat(missing.errors()).containsExactly(
        "cannot list migrations location '" + dir.resolve("nowhere") + "': " + dir.resolve("nowhere"));

    Path single = write("V7__single.sql");
    MigrationDiscovery.Result one = MigrationDiscovery.discover(List.of(single));
    assertThat(one.migrations()).extracting(MigrationFile::version).containsExactly("7");
  }
}
