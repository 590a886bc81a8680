package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed story with the schema kept in a Liquibase changelog instead of Flyway files: nine
 * columns the changelog leaves nullable, declared {@code nullable = false}. Each is one error on
 * its own {@code nullable = false} that names the changelog file, the line of the change that made
 * the column, and its changeSet; as YAML (includes) and as XML (includeAll, properties, sqlFile).
 */
class LiquibaseSeedStoryTest {

  @TempDir Path noFlyway;

  static final List<String> NINE =
      List.of("style", "negative_prompt", "seed", "width", "height", "progress", "result_url", "updated_at", "input_image");

  /** Where the changelog made each column: the change's line and its changeSet. */
  static String place(String column, String extension) {
    if (column.equals("input_image")) {
      return "changes/db.changelog-1.1." + extension + ":" + (extension.equals("yaml") ? 6 : 8)
          + " (changeSet 2-add-input-image)";
    }
    return "changes/db.changelog-1.0." + extension + ":" + (extension.equals("yaml") ? 7 : 10)
        + " (changeSet 1-create-tasks)";
  }

  private Compilation compile(String master, JavaFileObject entity) {
    Path changelog = Fixtures.resource("seed-liquibase/" + master);
    return Fixtures.compile(noFlyway, List.of("-Aschemadrift.liquibase.changeLog=" + changelog), entity);
  }

  private void assertNineErrors(String master, String extension) {
    JavaFileObject entity = JavaFileObjects.forResource("seed/drifted/com/example/dreamwork/DreamworkTask.java");
    Compilation compilation = compile(master, entity);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(9);
    assertThat(compilation).hadWarningCount(0);
    for (String column : NINE) {
      assertThat(compilation)
          .hadErrorContaining(SeedStoryTest.expectedMessage(column, place(column, extension)))
          .inFile(entity)
          .onLineContaining("name = \"" + column + "\"");
    }
  }

  @Test
  void yamlChangelogGivesNineErrorsAtTheirFields() {
    assertNineErrors("yaml/db/changelog/db.changelog-master.yaml", "yaml");
  }

  @Test
  void xmlChangelogGivesNineErrorsAtTheirFields() {
    assertNineErrors("xml/db/changelog/db.changelog-master.xml", "xml");
  }

  @Test
  void correctedEntityCompilesCleanAgainstTheChangelog() {
    JavaFileObject entity = JavaFileObjects.forResource("seed/corrected/com/example/dreamwork/DreamworkTask.java");

    Compilation compilation = compile("yaml/db/changelog/db.changelog-master.yaml", entity);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("Liquibase changelog 'db.changelog-master.yaml' from option -Aschemadrift.liquibase.changeLog: 3 changeSets");
    assertThat(compilation).hadNoteContaining(": 0 errors, 0 warnings in ");
  }
}
