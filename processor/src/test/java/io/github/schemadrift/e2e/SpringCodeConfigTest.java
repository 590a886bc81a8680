package io.github.schemadrift.e2e;

import static com.google.common.truth.Truth.assertThat;
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
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, configuration: what the application's own classes say. {@code @PropertySource} files
 * ({@code classpath:}, {@code file:}, no prefix, several values, repeated, {@code ignoreResourceNotFound})
 * are read as Spring properties, after the application files; an {@code exclude} of Boot's JPA
 * auto-configuration ({@code @SpringBootApplication}, {@code @EnableAutoConfiguration},
 * {@code spring.autoconfigure.exclude}) means Hibernate's default naming, named in the summary.
 * The Spring annotations are stubs with Spring's qualified names and attributes.
 */
class SpringCodeConfigTest {

  @TempDir Path project;

  private static final String MYSQL_URL = "jdbc:mysql://db:3306/app";

  private static final JavaFileObject ACCOUNT = Fixtures.source("app.Account",
      "package app;",
      "import jakarta.persistence.*;",
      "@Entity @Table(name = \"accounts\")",
      "public class Account {",
      "  @Id private Long id;",
      "  @Column(name = \"email\", nullable = false) private String email;",
      "}");

  private static final JavaFileObject PROPERTY_SOURCE = Fixtures.source("org.springframework.context.annotation.PropertySource",
      "package org.springframework.context.annotation;",
      "@java.lang.annotation.Repeatable(PropertySources.class)",
      "public @interface PropertySource {",
      "  String name() default \"\";",
      "  String[] value();",
      "  boolean ignoreResourceNotFound() default false;",
      "}");
  private static final JavaFileObject PROPERTY_SOURCES = Fixtures.source("org.springframework.context.annotation.PropertySources",
      "package org.springframework.context.annotation;",
      "public @interface PropertySources { PropertySource[] value(); }");
  private static final JavaFileObject BOOT = Fixtures.source("org.springframework.boot.autoconfigure.SpringBootApplication",
      "package org.springframework.boot.autoconfigure;",
      "public @interface SpringBootApplication { Class<?>[] exclude() default {}; String[] excludeName() default {}; }");
  private static final JavaFileObject ENABLE = Fixtures.source("org.springframework.boot.autoconfigure.EnableAutoConfiguration",
      "package org.springframework.boot.autoconfigure;",
      "public @interface EnableAutoConfiguration { Class<?>[] exclude() default {}; String[] excludeName() default {}; }");
  private static final JavaFileObject BOOT_JPA = Fixtures.source(
      "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
      "package org.springframework.boot.autoconfigure.orm.jpa;", "public class HibernateJpaAutoConfiguration {}");
  private static final JavaFileObject DATA_SOURCE = Fixtures.source(
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
      "package org.springframework.boot.autoconfigure.jdbc;", "public class DataSourceAutoConfiguration {}");

  private static JavaFileObject config(String... annotations) {
    List<String> lines = new ArrayList<>(List.of("package app;", "import org.springframework.context.annotation.*;",
        "import org.springframework.boot.autoconfigure.*;"));
    lines.addAll(List.of(annotations));
    lines.add("public class Config {}");
    return Fixtures.source("app.Config", lines.toArray(String[]::new));
  }

  private Compilation compile(Map<String, String> files, JavaFileObject... more) throws IOException, java.net.URISyntaxException {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Fixtures.migrations(project.resolve("src/main/resources/db/migration"), Map.of("V1__accounts.sql",
        "CREATE TABLE accounts (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL);\n"));
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path file = project.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
    }
    List<JavaFileObject> sources = new ArrayList<>(List.of(ACCOUNT, PROPERTY_SOURCE, PROPERTY_SOURCES, ENABLE));
    sources.addAll(List.of(more));
    return Fixtures.noRepeats(javac()
        .withProcessors(new SchemaDriftProcessor())
        .withClasspath(List.of(new File(EclipseCompilerIT.jarOf(jakarta.persistence.Entity.class)),
            new File(EclipseCompilerIT.jarOf(io.github.schemadrift.annotations.SchemaDriftConfig.class))))
        .withOptions("-Aschemadrift.projectDir=" + project)
        .compile(sources));
  }

  private static void mysqlFrom(Compilation c, String source) {
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("dialect mysql from spring.datasource.url in " + source);
  }

  private static String summary(Compilation c) {
    return c.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(null)).filter(m -> m.contains("checked 1 entity")).findFirst().orElse("");
  }

  @Test
  void propertySourceOnTheClassPath() throws Exception {
    mysqlFrom(compile(Map.of("src/main/resources/db.properties", "spring.datasource.url=" + MYSQL_URL + "\n"),
        config("@PropertySource(\"classpath:db.properties\")")), "src/main/resources/db.properties");
  }

  @Test
  void propertySourceWithoutAPrefixIsOnTheClassPath() throws Exception {
    mysqlFrom(compile(Map.of("src/main/resources/conf/db.properties", "spring.datasource.url=" + MYSQL_URL + "\n"),
        config("@PropertySource(\"conf/db.properties\")")), "src/main/resources/conf/db.properties");
  }

  @Test
  void severalValuesAFileAndAMissingOneThatMayBeMissing() throws Exception {
    Compilation c = compile(Map.of("deploy/db.properties", "spring.datasource.url=" + MYSQL_URL + "\n"),
        config("@PropertySource(value = {\"classpath:absent.properties\", \"file:deploy/db.properties\"},"
            + " ignoreResourceNotFound = true)"));
    mysqlFrom(c, "deploy/db.properties");
    assertThat(c.diagnostics().stream().map(d -> d.getMessage(null)).filter(m -> m.contains("absent.properties")).toList())
        .isEmpty();
  }

  @Test
  void repeatedPropertySources() throws Exception {
    mysqlFrom(compile(Map.of("src/main/resources/a.properties", "app.name=x\n",
            "src/main/resources/b.properties", "spring.datasource.url=" + MYSQL_URL + "\n"),
        config("@PropertySource(\"classpath:a.properties\")", "@PropertySource(\"classpath:b.properties\")")),
        "src/main/resources/b.properties");
  }

  @Test
  void aMissingFileThatMustExistIsANote() throws Exception {
    Compilation c = compile(Map.of(), config("@PropertySource(\"classpath:missing.properties\")"));
    assertThat(c).hadNoteContaining("dialect postgresql from default");
    assertThat(c).hadNoteContaining("@PropertySource('classpath:missing.properties') on app.Config names ");
  }

  @Test
  void aFileNoPropertySourceNamesIsNotRead() throws Exception {
    Compilation c = compile(Map.of("src/main/resources/db.properties", "spring.datasource.url=" + MYSQL_URL + "\n"), config());
    assertThat(c).hadNoteContaining("dialect postgresql from default");
  }

  @Test
  void theApplicationFilesDecideBeforeAPropertySource() throws Exception {
    Compilation c = compile(Map.of(
            "src/main/resources/application.properties", "spring.datasource.url=jdbc:postgresql://db/app\n",
            "src/main/resources/db.properties", "spring.datasource.url=" + MYSQL_URL + "\n"),
        config("@PropertySource(\"classpath:db.properties\")"));
    assertThat(c).hadNoteContaining("dialect postgresql from spring.datasource.url in src/main/resources/application.properties");
  }

  @Test
  void bootApplicationExcludingJpaAutoConfigurationMeansHibernatesNaming() throws Exception {
    Compilation c = compile(Map.of(), BOOT, BOOT_JPA, Fixtures.source("app.App", "package app;",
        "@org.springframework.boot.autoconfigure.SpringBootApplication(exclude ="
            + " org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration.class)",
        "public class App {}"));
    assertThat(summary(c)).contains("naming jpa from Hibernate's default: Spring Boot's JPA auto-configuration is excluded"
        + " by @SpringBootApplication(exclude) on app.App");
  }

  @Test
  void enableAutoConfigurationExcludeName() throws Exception {
    Compilation c = compile(Map.of(), BOOT, BOOT_JPA, config(
        "@EnableAutoConfiguration(excludeName = \"org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration\")"));
    assertThat(summary(c)).contains("naming jpa from Hibernate's default: Spring Boot's JPA auto-configuration is excluded"
        + " by @EnableAutoConfiguration(exclude) on app.Config");
  }

  @Test
  void springAutoconfigureExcludeProperty() throws Exception {
    Compilation c = compile(Map.of("src/main/resources/application.yml", "spring:\n  autoconfigure:\n    exclude:\n"
        + "      - org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration\n"
        + "      - org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration\n"), BOOT, BOOT_JPA);
    assertThat(summary(c)).contains("naming jpa from Hibernate's default: Spring Boot's JPA auto-configuration is excluded"
        + " by spring.autoconfigure.exclude in src/main/resources/application.yml");
  }

  @Test
  void excludingSomethingElseKeepsSpringsNaming() throws Exception {
    Compilation c = compile(Map.of("src/main/resources/application.properties",
            "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration\n"),
        BOOT, BOOT_JPA, DATA_SOURCE, Fixtures.source("app.App", "package app;",
            "@org.springframework.boot.autoconfigure.SpringBootApplication(exclude ="
                + " org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration.class)",
            "public class App {}"));
    assertThat(summary(c)).contains("naming spring from Spring Boot's JPA auto-configuration"
        + " (org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration) on the class path");
  }
}
