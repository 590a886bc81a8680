package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The story schemadrift was started for: nine columns that migrations left nullable, declared
 * {@code nullable = false} in the entity. Each must be one error on its own {@code nullable = false}
 * naming the migration that made the column nullable and the fix on both sides.
 */
class SeedStoryTest {

  private static final Path MIGRATIONS = Fixtures.resource("seed/db/migration");

  /** column, migration place that made it nullable. */
  static final List<String[]> NINE =
      List.of(
          new String[] {"style", "V1__create_tasks.sql:2"},
          new String[] {"negative_prompt", "V1__create_tasks.sql:2"},
          new String[] {"seed", "V1__create_tasks.sql:2"},
          new String[] {"width", "V1__create_tasks.sql:2"},
          new String[] {"height", "V1__create_tasks.sql:2"},
          new String[] {"progress", "V1__create_tasks.sql:2"},
          new String[] {"result_url", "V1__create_tasks.sql:2"},
          new String[] {"updated_at", "V1__create_tasks.sql:2"},
          new String[] {"input_image", "V2__add_input_image.sql:1"});

  static String expectedMessage(String column, String place) {
    String field = toCamel(column);
    return "[schemadrift:nullability] column 'dreamwork_tasks." + column + "' is nullable (" + place
        + ") but field '" + field + "' is declared nullable = false; make it @Column(nullable = true)"
        + " or add a migration: ALTER TABLE dreamwork_tasks ALTER COLUMN " + column + " SET NOT NULL";
  }

  private static String toCamel(String column) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  @Test
  void driftedEntityFailsWithNineErrorsEachOnItsNullableFalse() {
    JavaFileObject entity = JavaFileObjects.forResource("seed/drifted/com/example/dreamwork/DreamworkTask.java");

    Compilation compilation = Fixtures.compile(MIGRATIONS, entity);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(9);
    assertThat(compilation).hadWarningCount(0);
    for (String[] expected : NINE) {
      assertThat(compilation)
          .hadErrorContaining(expectedMessage(expected[0], expected[1]))
          .inFile(entity)
          .onLineContaining("name = \"" + expected[0] + "\"");
    }
  }

  @Test
  void correctedEntityCompilesClean() {
    JavaFileObject entity = JavaFileObjects.forResource("seed/corrected/com/example/dreamwork/DreamworkTask.java");

    Compilation compilation = Fixtures.compile(MIGRATIONS, entity);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("[schemadrift:summary] checked 1 entity against 3 migrations (postgresql");
    assertThat(compilation).hadNoteContaining(": 0 errors, 0 warnings in ");
  }
}
