package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration without {@code -A} options: {@code @SchemaDriftConfig}, Spring Boot's files and
 * the class path, each decision named in the summary note, and options over all of them.
 */
class ProjectConfigTest {

  @TempDir Path project;

  /** A MySQL-only migration: backticks parse as MySQL and fail as PostgreSQL. */
  private static final String MYSQL = "CREATE TABLE `accounts` (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL);\n";

  private static final JavaFileObject ACCOUNT =
      Fixtures.source(
          "app.Account",
          "package app;",
          "import jakarta.persistence.*;",
          "@Entity @Table(name = \"accounts\")",
          "public class Account {",
          "  @Id private Long id;",
          "  @Column(name = \"email\", nullable = false) private String email;",
          "}");

  private void projectWith(Map<String, String> files) throws IOException {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Fixtures.migrations(project.resolve("src/main/resources/db/migration"), Map.of("V1__accounts.sql", MYSQL));
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path file = project.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
    }
  }

  /** Compiles with only the JPA API on the class path, so no Flyway module or driver is seen. */
  private Compilation compile(List<String> options, JavaFileObject... sources) throws Exception {
    List<String> all = new ArrayList<>(options);
    all.add("-Aschemadrift.projectDir=" + project);
    return Fixtures.noRepeats(javac()
        .withProcessors(new SchemaDriftProcessor())
        .withClasspath(List.of(new File(EclipseCompilerIT.jarOf(jakarta.persistence.Entity.class)), annotationsJar()))
        .withOptions(all)
        .compile(sources));
  }

  private static File annotationsJar() throws Exception {
    return new File(EclipseCompilerIT.jarOf(io.github.schemadrift.annotations.SchemaDriftConfig.class));
  }

  @Test
  void springDatasourceUrlDecidesTheDialectAndTheNoteSaysSo() throws Exception {
    projectWith(Map.of("src/main/resources/application.properties", "spring.datasource.url=jdbc:mysql://db:3306/app\n"));
    Compilation c = compile(List.of(), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("(mysql, 1 tables");
    assertThat(c).hadNoteContaining(
        "dialect mysql from spring.datasource.url in src/main/resources/application.properties;"
            + " migrations from default; naming jpa from default");
  }

  @Test
  void withNothingToGoOnTheDefaultIsNamedWithWhatToChange() throws Exception {
    projectWith(Map.of());
    Compilation c = compile(List.of(), ACCOUNT);
    // PostgreSQL cannot parse the backticks: the wrong dialect shows, and the note says why.
    assertThat(c).hadNoteContaining("dialect postgresql from default (no spring.datasource.url, Hibernate connection URL or dialect, flyway.url, JDBC driver or Flyway database module named one; set -Aschemadrift.dialect or @SchemaDriftConfig(dialect), or name the file that holds the URL with -Aschemadrift.configFiles)");
  }

  @Test
  void jdbcDriverAmongTheSourcesDecides() throws Exception {
    projectWith(Map.of());
    Compilation c = compile(List.of(), ACCOUNT, Fixtures.source("com.mysql.cj.jdbc.Driver", "package com.mysql.cj.jdbc;", "public class Driver {}"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("dialect mysql from JDBC driver com.mysql.cj.jdbc.Driver on the compile class path");
  }

  @Test
  void annotationOnPackageInfoConfiguresEverything() throws Exception {
    projectWith(Map.of(
        "src/main/resources/application.properties", "spring.datasource.url=jdbc:postgresql://db/app\n",
        "sql/V1__accounts.sql", MYSQL));
    Files.delete(project.resolve("src/main/resources/db/migration/V1__accounts.sql"));
    JavaFileObject config =
        Fixtures.source(
            "app.package-info",
            "@io.github.schemadrift.annotations.SchemaDriftConfig(",
            "    migrations = \"sql\", dialect = \"mysql\", naming = \"spring\", severities = \"nullability:off\")",
            "package app;");
    JavaFileObject drifted =
        Fixtures.source(
            "app.Account",
            "package app;",
            "import jakarta.persistence.*;",
            "@Entity @Table(name = \"accounts\")",
            "public class Account {",
            "  @Id private Long id;",
            "  private String email;", // NOT NULL column under a nullable field: a nullability warning, turned off
            "}");
    Compilation c = compile(List.of(), config, drifted);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("1 suppressed");
    assertThat(c).hadNoteContaining(
        "dialect mysql from @SchemaDriftConfig on package 'app'; migrations from @SchemaDriftConfig on package 'app';"
            + " naming spring from @SchemaDriftConfig on package 'app'");
  }

  @Test
  void optionsOverrideTheAnnotation() throws Exception {
    projectWith(Map.of());
    JavaFileObject config =
        Fixtures.source(
            "app.Settings",
            "package app;",
            "@io.github.schemadrift.annotations.SchemaDriftConfig(dialect = \"postgresql\", severities = \"missing-table:off\")",
            "class Settings {}");
    JavaFileObject orphan =
        Fixtures.source("app.Orphan", "package app;", "@jakarta.persistence.Entity public class Orphan { @jakarta.persistence.Id Long id; }");
    Compilation c = compile(List.of("-Aschemadrift.dialect=mysql", "-Aschemadrift.severity.missingTable=error"), config, ACCOUNT, orphan);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:missing-table] table 'Orphan'").inFile(orphan);
    assertThat(c).hadNoteContaining("dialect mysql from option -Aschemadrift.dialect");
  }

  @Test
  void twoConfigsAreAnErrorNamingBoth() throws Exception {
    projectWith(Map.of());
    JavaFileObject first =
        Fixtures.source("app.package-info", "@io.github.schemadrift.annotations.SchemaDriftConfig(dialect = \"mysql\")", "package app;");
    JavaFileObject second =
        Fixtures.source(
            "app.other.Settings",
            "package app.other;",
            "@io.github.schemadrift.annotations.SchemaDriftConfig(dialect = \"h2\")",
            "class Settings {}");
    Compilation c = compile(List.of(), first, second, ACCOUNT);
    assertThat(c).hadErrorCount(2);
    String message = "[schemadrift:config] two @SchemaDriftConfig in one compilation, on class 'app.other.Settings' and package 'app'; keep one";
    assertThat(c).hadErrorContaining(message).inFile(first).onLineContaining("@io.github.schemadrift.annotations.SchemaDriftConfig");
    assertThat(c).hadErrorContaining(message).inFile(second).onLineContaining("@io.github.schemadrift.annotations.SchemaDriftConfig");
  }

  @Test
  void badAnnotationValuesAreErrorsOnTheAnnotationAndABadSeverityEntryAWarning() throws Exception {
    projectWith(Map.of());
    JavaFileObject config =
        Fixtures.source(
            "app.Settings",
            "package app;",
            "@io.github.schemadrift.annotations.SchemaDriftConfig(dialect = \"db2\", severities = \"nulability:off\")",
            "class Settings {}");
    Compilation c = compile(List.of(), config, ACCOUNT);
    // issue 17: one bad setting never stops the check; a bad severity entry is ignored with a warning
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:config] @SchemaDriftConfig on class 'app.Settings' has dialect 'db2'; valid values: postgresql, mysql, mariadb, h2, oracle, sqlserver")
        .inFile(config)
        .onLineContaining("dialect = \"db2\"");
    assertThat(c).hadWarningContaining("has severity 'nulability:off'; write rule:level with a rule from ")
        .inFile(config)
        .onLineContaining("severities = \"nulability:off\"");
  }

  @Test
  void aBadSeverityEntryOfTheAnnotationIsIgnoredAndTheEntitiesAreStillChecked() throws Exception {
    projectWith(Map.of());
    JavaFileObject config =
        Fixtures.source(
            "app.Settings",
            "package app;",
            "@io.github.schemadrift.annotations.SchemaDriftConfig(dialect = \"postgresql\", severities = \"nulability:off\")",
            "class Settings {}");
    Compilation c = compile(List.of(), config, ACCOUNT);
    assertThat(c).hadWarningContaining("[schemadrift:config] @SchemaDriftConfig on class 'app.Settings' has severity 'nulability:off'")
        .inFile(config)
        .onLineContaining("severities");
    assertThat(c).hadWarningContaining("; the entry is ignored");
    // the check went on: the summary note of a finished check is printed
    assertThat(c).hadNoteContaining("[schemadrift:summary] checked 1 entit");
  }

  @Test
  void missingDirectoryFromTheAnnotationNamesTheAnnotation() throws Exception {
    projectWith(Map.of());
    JavaFileObject config =
        Fixtures.source("app.package-info", "@io.github.schemadrift.annotations.SchemaDriftConfig(migrations = \"db/nowhere\")", "package app;");
    Compilation c = compile(List.of(), config, ACCOUNT);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(
        "[schemadrift:config] migrations directory 'db/nowhere' does not exist: tried '" + project.resolve("db/nowhere")
            + "'; fix @SchemaDriftConfig on package 'app' (directories, absolute or relative to " + project + ")");
  }

  @Test
  void userCacheAttributeIsReadAndTheOptionOverridesIt() throws Exception {
    projectWith(Map.of());
    JavaFileObject config =
        Fixtures.source(
            "app.package-info", "@io.github.schemadrift.annotations.SchemaDriftConfig(dialect = \"mysql\", userCache = \"a\\0b\")", "package app;");
    Compilation read = compile(List.of(), config, ACCOUNT);
    assertThat(read).hadWarningCount(1);
    assertThat(read).hadWarningContaining(
        "[schemadrift:config] @SchemaDriftConfig(userCache) on package 'app' has invalid value 'a\0b'; write on, off or a folder;"
            + " the user-level cache is off and the check goes on");
    assertThat(read).hadNoteContaining("(mysql, 1 tables");
    assertThat(compile(List.of("-Aschemadrift.userCache=off"), config, ACCOUNT)).succeededWithoutWarnings();
    JavaFileObject off =
        Fixtures.source("app.package-info", "@io.github.schemadrift.annotations.SchemaDriftConfig(dialect = \"mysql\", userCache = \"off\")", "package app;");
    assertThat(compile(List.of(), off, ACCOUNT)).succeededWithoutWarnings();
  }
}
