package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Aschemadrift.fixMigration} in a Liquibase project (the seed story: nine columns nullable
 * in the changelog, {@code nullable = false} in the entity): the fixes are written as a changelog
 * in the changelog's own format by Liquibase's serializers, and that changelog, included from the
 * master and replayed through the same Liquibase path, silences all nine errors. Without it they
 * stay. YAML, XML, JSON and formatted SQL.
 */
class LiquibaseFixChangeLogTest {

  @TempDir Path dir;

  private static final JavaFileObject DRIFTED =
      JavaFileObjects.forResource("seed/drifted/com/example/dreamwork/DreamworkTask.java");

  private Path copy(String format) throws IOException {
    Path from = Fixtures.resource("seed-liquibase/" + format);
    Path to = dir.resolve(format);
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
    return to.resolve("db/changelog/db.changelog-master." + format);
  }

  private Compilation compile(Path master, String... more) throws IOException {
    List<String> options = new java.util.ArrayList<>(List.of("-Aschemadrift.liquibase.changeLog=" + master));
    options.addAll(List.of(more));
    return Fixtures.compile(Files.createDirectories(dir.resolve("no-flyway")), options, DRIFTED);
  }

  /** The nine errors, the fix file written with a note naming it; returns its text. */
  private String writeFix(Path master, Path option, Path fix) throws IOException {
    Compilation drifted = compile(master, "-Aschemadrift.fixMigration=" + option);
    assertThat(drifted).hadErrorCount(9);
    assertThat(drifted).hadNoteContaining("wrote the fixes as Liquibase changeSet 'schemadrift-fix-");
    assertThat(drifted).hadNoteContaining(" to " + fix + "; include it from '" + master.getFileName() + "' to apply it");
    assertThat(fix).exists();
    String text = Files.readString(fix);
    for (String column : LiquibaseSeedStoryTest.NINE) {
      assertThat(text).contains("ALTER TABLE dreamwork_tasks ALTER COLUMN " + column + " SET NOT NULL");
    }
    assertThat(Files.readString(fix)).doesNotContain("schemadrift-fix-0");
    return text;
  }

  private static void include(Path yamlMaster, String file) throws IOException {
    Files.writeString(yamlMaster, Files.readString(yamlMaster)
        + "  - include:\n      file: " + file + "\n      relativeToChangelogFile: true\n");
  }

  private void assertSilenced(Path master) throws IOException {
    Compilation fixed = compile(master);
    assertThat(fixed).succeededWithoutWarnings();
    assertThat(fixed).hadNoteContaining(": 0 errors, 0 warnings in ");
  }

  @Test
  void aYamlChangelogGetsAYamlChangeSetThatSilencesTheNineErrors() throws IOException {
    Path master = copy("yaml");
    Path fix = master.resolveSibling("schemadrift-fix.yaml");
    String text = writeFix(master, master.getParent(), fix);
    assertThat(text).startsWith("databaseChangeLog:").contains("changeSet:").contains("author: schemadrift").contains("dbms: postgresql")
        .contains("sql:");

    assertThat(compile(master)).hadErrorCount(9); // written, not yet included: nothing changes
    include(master, fix.getFileName().toString());
    assertSilenced(master);
  }

  @Test
  void anXmlChangelogGetsAnXmlChangeSetThatItsIncludeAllPicksUp() throws IOException {
    Path master = copy("xml");
    Path fix = master.resolveSibling("changes/schemadrift-fix.xml");
    String text = writeFix(master, fix, fix);
    assertThat(text).contains("<databaseChangeLog").contains("<changeSet").contains("author=\"schemadrift\"")
        .contains("dbms=\"postgresql\"").contains("<sql");
    // the master's includeAll of changes/ reads the new file after the others (alphabetical order)
    assertSilenced(master);
  }

  @Test
  void aJsonChangelogNamedByTheOptionIsWrittenAsJson() throws IOException {
    Path master = copy("yaml");
    Path json = master.resolveSibling("schemadrift-fix.json");
    assertThat(writeFix(master, json, json)).contains("\"databaseChangeLog\"").contains("\"changeSet\"").contains("\"sql\"");
    include(master, json.getFileName().toString());
    assertSilenced(master);
  }

  @Test
  void aSqlFileNamedByTheOptionIsAFormattedSqlChangelog() throws IOException {
    Path master = copy("yaml");
    Path sql = master.resolveSibling("schemadrift-fix.sql");
    assertThat(writeFix(master, sql, sql)).startsWith("-- liquibase formatted sql").contains("-- changeset schemadrift:schemadrift-fix-");
    include(master, sql.getFileName().toString());
    assertSilenced(master);
  }
}
