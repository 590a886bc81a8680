package io.github.schemadrift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record that schemadrift-maven-plugin compares ({@code target/schemadrift-inputs/classes.txt})
 * is written under ECJ's batch compiler too (forked, shaded jar on {@code -processorpath}), as in a
 * Maven build with {@code compilerId eclipse}: ECJ's Filer names the class output (through a
 * resource created but never written: its getResource fails for a missing file), and the record
 * holds the entity's class and the migration folder with its file count. Eclipse's own builder
 * (JDT APT) cannot be run here: no Eclipse is installed; see docs/maven-plugin.md.
 */
class BuildInputsEclipseIT {

  @TempDir Path dir;

  @Test
  void ecjWritesTheRecordBesideItsClassOutputUnderTarget() throws Exception {
    Path db = Fixtures.migrations(dir.resolve("db"), Map.of(
        "V1__init.sql", "CREATE TABLE task (id BIGINT PRIMARY KEY, title VARCHAR(100));\n",
        "V2__more.sql", "ALTER TABLE task ADD COLUMN done BOOLEAN;\n"));
    Path source = dir.resolve("src/app/Task.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, String.join("\n", List.of("package app;", "import jakarta.persistence.*;",
        "@Entity @Table(name = \"task\")", "public class Task {", "  @Id private Long id;", "  private String title;",
        "  private Boolean done;", "}")) + "\n");
    Path target = Files.createDirectories(dir.resolve("target"));

    String output = EclipseCompilerIT.runEcj(target, db, List.of(source));

    assertThat(output).contains("[schemadrift:summary]").contains("0 errors");
    Path record = target.resolve("schemadrift-inputs/classes.txt");
    assertThat(record).as(output).exists();
    List<String> lines = Files.readAllLines(record);
    assertThat(lines.get(0)).isEqualTo("schemadrift-inputs\t2");
    assertThat(lines).contains("class\tapp/Task.class");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("tree\t" + db.toAbsolutePath().normalize() + "\t-1\t*\t2\t"));
    assertThat(lines).contains("entries");
    assertThat(target.resolve("classes/app/Task.class")).exists();
    // the class output was found from a resource name that is never written
    assertThat(target.resolve("classes/schemadrift-inputs.probe")).doesNotExist();
  }
}
