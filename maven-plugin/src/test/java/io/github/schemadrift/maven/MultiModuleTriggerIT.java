package io.github.schemadrift.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.maven.MavenBuilds.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The everyday loop in a multi-module build, with real Maven: the migrations and {@code
 * application.properties} live in module {@code db}, the entities in module {@code app}, which
 * reads {@code db}'s files as its sibling module and has the plugin. A drifting migration added to
 * {@code db} fails the next reactor {@code mvn -o compile} at the entity's field; removing it passes;
 * a build with nothing changed checks nothing. The project is {@code src/test/resources/multimodule}.
 */
class MultiModuleTriggerIT {

  @TempDir static Path work;
  private static MavenBuilds maven;
  private static Path project;

  @BeforeAll
  static void copyTheProject() throws IOException {
    maven = MavenBuilds.in(work);
    project = work.resolve("library");
    Path from = MavenBuilds.root().resolve("maven-plugin/src/test/resources/multimodule");
    MavenBuilds.copyTree(from, project);
    try (Stream<Path> poms = Files.walk(project)) {
      for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml")).toList()) {
        Files.writeString(pom, Files.readString(pom).replace("@VERSION@", MavenBuilds.property("schemadrift.version")));
      }
    }
  }

  @Test
  void aDriftingMigrationInTheMigrationsModuleFailsTheEntityModulesNextCompile() throws Exception {
    Build first = maven.mvn(project, false, "compile");
    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(first.summary()).as(first.output())
        .contains("0 errors").contains("project files from sibling module db").contains("dialect postgresql");

    Build unchanged = maven.mvn(project, true, "compile");
    assertThat(unchanged.exitCode()).as(unchanged.output()).isZero();
    assertThat(unchanged.output()).contains("Nothing to compile");
    assertThat(unchanged.checked()).as(unchanged.output()).isFalse();

    Path drift = project.resolve("db/src/main/resources/db/migration/V2__drop_title.sql");
    Files.writeString(drift, "ALTER TABLE book DROP COLUMN title;\n");
    try {
      Build drifted = maven.mvn(project, true, "compile");
      assertThat(drifted.exitCode()).as(drifted.output()).isNotZero();
      assertThat(drifted.output()).contains(drift.toRealPath() + " was added since the last check");
      Path book = project.resolve("app/src/main/java/com/example/library/Book.java").toRealPath();
      // the @Column(nullable = false, length = 200) line of field title
      assertThat(drifted.output())
          .as(drifted.output())
          .containsPattern("\\[ERROR\\] " + Pattern.quote(book.toString()) + ":\\[13,\\d+\\] \\[schemadrift:missing-column\\] column 'book.title'");
    } finally {
      Files.delete(drift);
    }
    Build repaired = maven.mvn(project, true, "compile");
    assertThat(repaired.exitCode()).as(repaired.output()).isZero();
    assertThat(repaired.output()).contains("V2__drop_title.sql was removed since the last check");
    assertThat(repaired.summary()).contains("0 errors");

    Build again = maven.mvn(project, true, "compile");
    assertThat(again.output()).contains("Nothing to compile");
    assertThat(again.checked()).as(again.output()).isFalse();
  }

  @Test
  void aChangedPropertiesFileInTheMigrationsModuleIsCheckedFromTheEntityModuleAlone() throws Exception {
    Build first = maven.mvn(project, false, "compile");
    assertThat(first.exitCode()).as(first.output()).isZero();
    Path properties = project.resolve("db/src/main/resources/application.properties");
    String original = Files.readString(properties);
    Files.writeString(properties, original.replace("jdbc:postgresql://localhost:5432", "jdbc:mariadb://localhost:3306"));
    try {
      // only the entities' module is built; it still watches db's files, by their absolute paths
      Build switched = maven.mvn(project.resolve("app"), true, "compile");
      assertThat(switched.output()).as(switched.output()).contains("application.properties changed since the last check");
      assertThat(switched.summary()).as(switched.output()).contains("dialect mariadb");
    } finally {
      Files.writeString(properties, original);
    }
    Build back = maven.mvn(project.resolve("app"), true, "compile");
    assertThat(back.exitCode()).as(back.output()).isZero();
    assertThat(back.summary()).contains("0 errors").contains("dialect postgresql");
  }
}
