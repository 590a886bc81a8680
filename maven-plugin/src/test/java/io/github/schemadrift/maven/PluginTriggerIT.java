package io.github.schemadrift.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.maven.MavenBuilds.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The everyday loop on a copy of the sample, with real Maven: build; add a migration that drops a
 * mapped column, {@code mvn compile} fails at the field; remove it, {@code mvn compile} passes; a
 * build with nothing changed does not check again; and the same for an {@code
 * application.properties} that switches the dialect. The copy uses the sample's own pom, so the
 * plugin is wired as a user wires it.
 *
 * <p>The builds use a local repository of their own ({@link MavenBuilds}). The first build may
 * download the sample's dependencies; every other build runs offline ({@code -o}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginTriggerIT {

  @TempDir static Path work;
  private static MavenBuilds maven;
  private static Path sample;

  @BeforeAll
  static void copyTheSampleAndItsRepository() throws IOException {
    maven = MavenBuilds.in(work);
    Path root = MavenBuilds.root();
    Path copy = work.resolve("project");
    Files.createDirectories(copy);
    Files.copy(root.resolve("pom.xml"), copy.resolve("pom.xml"));
    sample = copy.resolve("sample");
    MavenBuilds.copyTree(root.resolve("sample"), sample);
  }

  @Test
  @Order(1)
  void aNewMigrationThatDropsAMappedColumnFailsTheNextCompileAtTheField() throws Exception {
    Build first = mvn(false, "compile");
    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(first.summary()).contains("0 errors").contains("dialect postgresql from spring.datasource.url");

    Build unchanged = mvn(true, "compile");
    assertThat(unchanged.exitCode()).as(unchanged.output()).isZero();
    assertThat(unchanged.output()).contains("Nothing to compile");
    assertThat(unchanged.checked()).as(unchanged.output()).isFalse();

    Path drift = sample.resolve("src/main/resources/db/migration/V7__drop_title.sql");
    Files.writeString(drift, "ALTER TABLE tasks DROP COLUMN title;\n");
    Build drifted = mvn(true, "compile");
    assertThat(drifted.exitCode()).as(drifted.output()).isNotZero();
    assertThat(drifted.output()).contains("V7__drop_title.sql was added since the last check");
    Path task = sample.resolve("src/main/java/com/example/tasks/Task.java").toRealPath();
    assertThat(drifted.output())
        .as(drifted.output())
        .containsPattern("\\[ERROR\\] " + Pattern.quote(task.toString()) + ":\\[3[56],\\d+\\] \\[schemadrift:[a-z-]+\\] column 'tasks.title'");

    Files.delete(drift);
    Build repaired = mvn(true, "compile");
    assertThat(repaired.exitCode()).as(repaired.output()).isZero();
    assertThat(repaired.summary()).contains("0 errors");

    Build again = mvn(true, "compile");
    assertThat(again.output()).contains("Nothing to compile");
    assertThat(again.checked()).as(again.output()).isFalse();
  }

  @Test
  @Order(2)
  void anApplicationPropertiesThatSwitchesTheDialectIsCheckedOnTheNextCompile() throws Exception {
    Path properties = sample.resolve("src/main/resources/application.properties");
    String original = Files.readString(properties);
    Build before = mvn(true, "compile");
    assertThat(before.exitCode()).as(before.output()).isZero();

    // The sample's generated schema constants (PublicSchema) need PostgreSQL's default schema, so
    // the compile under MySQL may fail on them; what matters here is that the check ran again.
    Files.writeString(properties, original.replace("jdbc:postgresql://localhost:5432/tasks", "jdbc:mysql://localhost:3306/tasks"));
    Build switched = mvn(true, "compile");
    assertThat(switched.output()).contains("application.properties changed since the last check");
    assertThat(switched.summary()).as(switched.output()).contains("dialect mysql from spring.datasource.url");

    Files.writeString(properties, original);
    Build back = mvn(true, "compile");
    assertThat(back.exitCode()).as(back.output()).isZero();
    assertThat(back.output()).contains("application.properties changed since the last check");
    assertThat(back.summary()).contains("0 errors").contains("dialect postgresql from spring.datasource.url");

    Build unchanged = mvn(true, "compile");
    assertThat(unchanged.output()).contains("Nothing to compile");
    assertThat(unchanged.checked()).as(unchanged.output()).isFalse();
  }

  private static Build mvn(boolean offline, String... goals) throws IOException, InterruptedException {
    return maven.mvn(sample, offline, goals);
  }
}
