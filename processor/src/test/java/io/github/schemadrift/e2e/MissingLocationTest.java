package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Flyway location that does not exist stops nothing: it is a config warning naming it, the other
 * locations are replayed and every entity is checked, as Flyway only logs it. It is an error when
 * Flyway's failOnMissingLocations is set, or when no location exists at all.
 */
class MissingLocationTest {

  @TempDir Path project;

  private static final JavaFileObject ACCOUNT =
      Fixtures.source(
          "app.Account",
          "package app;",
          "import jakarta.persistence.*;",
          "@Entity @Table(name = \"accounts\")",
          "public class Account {",
          "  @Id private Long id;",
          "  @Column(name = \"email\", nullable = false) private String email;",
          "  private String nickname;",
          "}");

  private void files(String properties) throws Exception {
    Fixtures.writeProject(project, Fixtures.ordered(
        "src/main/resources/application.properties", properties,
        "src/main/resources/db/migration/V1__accounts.sql",
        "CREATE TABLE accounts (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL);\n"));
  }

  private Compilation compile(String... options) {
    List<String> all = new java.util.ArrayList<>(List.of(options));
    all.add("-Aschemadrift.projectDir=" + project);
    all.add("-Aschemadrift.dialect=postgresql");
    return Fixtures.noRepeats(javac().withProcessors(new SchemaDriftProcessor()).withOptions(all).compile(ACCOUNT));
  }

  @Test
  void aMissingFlywayLocationIsAWarningAndTheOthersAreStillChecked() throws Exception {
    files("spring.flyway.locations=classpath:db/migration,classpath:db/vendor\n");
    Compilation c = compile();
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[schemadrift:config] migrations directory '" + project.resolve("src/main/resources/db/vendor")
        + "' does not exist");
    assertThat(c).hadWarningContaining("; the other locations are replayed, as Flyway does unless failOnMissingLocations is set");
    // the entity is still checked against the location that exists
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:missing-column] column 'accounts.nickname'");
    assertThat(c).hadNoteContaining("checked 1 entity against 1 migration");
  }

  @Test
  void failOnMissingLocationsMakesItAnError() throws Exception {
    files("spring.flyway.locations=classpath:db/migration,classpath:db/vendor\nspring.flyway.fail-on-missing-locations=true\n");
    Compilation c = compile();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:config] migrations directory '" + project.resolve("src/main/resources/db/vendor")
        + "' does not exist");
    assertThat(c).hadErrorContaining("Flyway's failOnMissingLocations is set, so Flyway fails on it too");
  }

  @Test
  void everyLocationMissingIsAnError() throws Exception {
    files("spring.flyway.locations=classpath:db/nothing\n");
    Compilation c = compile();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:config] migrations directory '");
    assertThat(c).hadWarningCount(0);
  }

  @Test
  void everyLocationPresentIsSilent() throws Exception {
    files("spring.flyway.locations=classpath:db/migration\n");
    Compilation c = compile();
    assertThat(c).hadWarningCount(0);
    assertThat(c).hadErrorCount(1); // only the drift the entity has
  }
}
