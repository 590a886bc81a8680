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
 * Issue 16's configuration sources, each positive and negative: the dialect from Hikari's
 * {@code jdbc-url}, from the active Spring profile, from Hibernate's own files; configuration files
 * Spring loads beyond {@code application.*} ({@code spring.config.import}, {@code additional-location},
 * {@code spring.config.name}) and those named with {@code -Aschemadrift.configFiles}; a profile
 * for a database schemadrift does not model. The migration is MySQL-only (backticks): a wrong
 * dialect shows as a parse warning, the right one compiles clean, and the summary says which
 * source decided.
 */
class ConfigSourcesTest {

  @TempDir Path project;

  private static final String MYSQL = "CREATE TABLE `accounts` (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL);\n";
  private static final String MYSQL_URL = "jdbc:mysql://db:3306/app";

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

  private Compilation compile(Map<String, String> files, String... options) throws IOException {
    return compileWith(files, List.of(options));
  }

  private Compilation compileWith(Map<String, String> files, List<String> options, JavaFileObject... more) throws IOException {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Fixtures.migrations(project.resolve("src/main/resources/db/migration"), Map.of("V1__accounts.sql", MYSQL));
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path file = project.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
    }
    List<String> all = new ArrayList<>(options);
    all.add("-Aschemadrift.projectDir=" + project);
    try {
      return Fixtures.noRepeats(javac()
          .withProcessors(new SchemaDriftProcessor())
          .withClasspath(List.of(new File(EclipseCompilerIT.jarOf(jakarta.persistence.Entity.class)),
              new File(EclipseCompilerIT.jarOf(io.github.schemadrift.annotations.SchemaDriftConfig.class))))
          .withOptions(all)
          .compile(sources(more)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<JavaFileObject> sources(JavaFileObject... more) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(ACCOUNT));
    sources.addAll(List.of(more));
    return sources;
  }

  private static final JavaFileObject BOOT = Fixtures.source("org.springframework.boot.autoconfigure.SpringBootApplication",
      "package org.springframework.boot.autoconfigure;", "public @interface SpringBootApplication {}");
  private static final JavaFileObject BOOT_JPA = Fixtures.source(
      "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
      "package org.springframework.boot.autoconfigure.orm.jpa;", "public class HibernateJpaAutoConfiguration {}");
  private static final String PERSISTENCE_XML = "<persistence><persistence-unit name=\"app\"/></persistence>";

  private static void mysqlFrom(Compilation c, String source) {
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("dialect mysql from " + source);
  }

  private static void defaultDialect(Compilation c) {
    assertThat(c).hadNoteContaining("dialect postgresql from default");
  }

  @Test
  void hikariJdbcUrl() throws IOException {
    mysqlFrom(compile(Map.of("src/main/resources/application.properties", "spring.datasource.hikari.jdbc-url=" + MYSQL_URL + "\n")),
        "spring.datasource.hikari.jdbc-url in src/main/resources/application.properties");
  }

  @Test
  void hikariJdbcUrlCamelCaseInYaml() throws IOException {
    mysqlFrom(compile(Map.of("src/main/resources/application.yml",
        "spring:\n  datasource:\n    hikari:\n      jdbcUrl: " + MYSQL_URL + "\n")),
        "spring.datasource.hikari.jdbcUrl in src/main/resources/application.yml");
  }

  @Test
  void hikariPoolNameIsNoUrl() throws IOException {
    defaultDialect(compile(Map.of("src/main/resources/application.properties", "spring.datasource.hikari.pool-name=" + MYSQL_URL + "\n")));
  }

  @Test
  void activeProfileDecidesOverTheDefaultProfile() throws IOException {
    mysqlFrom(compile(Map.of(
            "src/main/resources/application.properties",
            "spring.profiles.active=prod\nspring.datasource.url=jdbc:postgresql://db/app\n",
            "src/main/resources/application-prod.properties", "spring.datasource.url=" + MYSQL_URL + "\n")),
        "spring.datasource.url in src/main/resources/application-prod.properties (profile 'prod'), an active profile");
  }

  @Test
  void inactiveProfileDoesNotDecide() throws IOException {
    Compilation c = compile(Map.of(
        "src/main/resources/application.properties", "spring.datasource.url=jdbc:postgresql://db/app\n",
        "src/main/resources/application-prod.properties", "spring.datasource.url=" + MYSQL_URL + "\n"));
    assertThat(c).hadNoteContaining("dialect postgresql from spring.datasource.url in src/main/resources/application.properties");
  }

  @Test
  void hsqldbProfileIsNamedInTheSummary() throws IOException {
    Compilation c = compile(Map.of(
        "src/main/resources/application.properties", "spring.datasource.url=" + MYSQL_URL + "\n",
        "src/main/resources/application-test.properties", "spring.datasource.url=jdbc:hsqldb:mem:testdb\n"));
    mysqlFrom(c, "spring.datasource.url in src/main/resources/application.properties");
    assertThat(c).hadNoteContaining("spring.datasource.url in src/main/resources/application-test.properties (profile 'test')"
        + " is 'jdbc:hsqldb:mem:testdb', a database schemadrift does not model; it was not used");
  }

  @Test
  void hibernateCfgXmlConnectionUrl() throws IOException {
    mysqlFrom(compile(Map.of("src/main/resources/hibernate.cfg.xml",
            "<hibernate-configuration><session-factory>"
                + "<property name=\"hibernate.connection.url\">" + MYSQL_URL + "</property>"
                + "</session-factory></hibernate-configuration>")),
        "hibernate.connection.url in src/main/resources/hibernate.cfg.xml");
  }

  @Test
  void persistenceXmlJdbcUrl() throws IOException {
    mysqlFrom(compile(Map.of("src/main/resources/META-INF/persistence.xml",
            "<persistence><persistence-unit name=\"app\"><properties>"
                + "<property name=\"jakarta.persistence.jdbc.url\" value=\"" + MYSQL_URL + "\"/>"
                + "</properties></persistence-unit></persistence>")),
        "jakarta.persistence.jdbc.url in src/main/resources/META-INF/persistence.xml");
  }

  @Test
  void hibernatePropertiesDialectClass() throws IOException {
    mysqlFrom(compile(Map.of("src/main/resources/hibernate.properties", "hibernate.dialect=org.hibernate.dialect.MySQLDialect\n")),
        "hibernate.dialect org.hibernate.dialect.MySQLDialect in src/main/resources/hibernate.properties");
  }

  @Test
  void hibernateDialectOfAnUnmodelledDatabaseIsANote() throws IOException {
    Compilation c = compile(Map.of("src/main/resources/hibernate.properties", "hibernate.dialect=org.hibernate.dialect.HSQLDialect\n"));
    defaultDialect(c);
    assertThat(c).hadNoteContaining("hibernate.dialect org.hibernate.dialect.HSQLDialect in src/main/resources/hibernate.properties"
        + " names a database schemadrift does not model");
  }

  @Test
  void springConfigImport() throws IOException {
    mysqlFrom(compile(Map.of(
            "src/main/resources/application.properties", "spring.config.import=classpath:db/datasource.properties\n",
            "src/main/resources/db/datasource.properties", "spring.datasource.url=" + MYSQL_URL + "\n")),
        "spring.datasource.url in src/main/resources/db/datasource.properties");
  }

  @Test
  void missingImportIsANoteAndAnOptionalOneIsNot() throws IOException {
    Compilation c = compile(Map.of("src/main/resources/application.properties",
        "spring.config.import=classpath:absent.properties,optional:classpath:also-absent.properties\n"));
    defaultDialect(c);
    assertThat(c).hadNoteContaining("spring.config.import 'classpath:absent.properties' names");
    org.assertj.core.api.Assertions.assertThat(c.notes()).noneMatch(n -> n.getMessage(null).contains("also-absent"));
  }

  @Test
  void springConfigAdditionalLocation() throws IOException {
    mysqlFrom(compile(Map.of(
            "src/main/resources/application.yml", "spring:\n  config:\n    additional-location: file:./ops/\n",
            "ops/application.properties", "spring.datasource.url=" + MYSQL_URL + "\n")),
        "spring.datasource.url in ops/application.properties");
  }

  @Test
  void springConfigName() throws IOException {
    mysqlFrom(compile(Map.of(
            "src/main/resources/application.properties", "spring.config.name=application,service\n",
            "src/main/resources/service.yml", "spring.datasource.url: " + MYSQL_URL + "\n")),
        "spring.datasource.url in src/main/resources/service.yml");
  }

  @Test
  void configFilesOption() throws IOException {
    mysqlFrom(compile(Map.of("deploy/db.yml", "spring:\n  datasource:\n    url: " + MYSQL_URL + "\n"),
            "-Aschemadrift.configFiles=deploy/db.yml"),
        "spring.datasource.url in deploy/db.yml");
  }

  @Test
  void configFilesOptionNamingNoFileIsANote() throws IOException {
    Compilation c = compile(Map.of(), "-Aschemadrift.configFiles=deploy/absent.yml");
    defaultDialect(c);
    assertThat(c).hadNoteContaining("option -Aschemadrift.configFiles names deploy/absent.yml, which is no file");
  }

  @Test
  void bootWithItsOwnPersistenceUnitKeepsHibernatesNaming() throws IOException {
    Compilation c = compileWith(Map.of("src/main/resources/META-INF/persistence.xml", PERSISTENCE_XML), List.of(), BOOT);
    assertThat(c).hadNoteContaining("naming jpa from Hibernate's default: src/main/resources/META-INF/persistence.xml"
        + " defines the persistence unit and nothing shows Spring Boot's JPA auto-configuration");
  }

  @Test
  void springJpaKeysMeanBootBuildsTheUnit() throws IOException {
    Compilation c = compileWith(Map.of(
        "src/main/resources/META-INF/persistence.xml", PERSISTENCE_XML,
        "src/main/resources/application.properties", "spring.jpa.open-in-view=false\n"), List.of(), BOOT);
    assertThat(c).hadNoteContaining(
        "naming spring from Spring Boot on the class path and spring.jpa.* in src/main/resources/application.properties");
  }

  @Test
  void bootJpaAutoConfigurationOnTheClassPathDecides() throws IOException {
    Compilation c = compileWith(Map.of("src/main/resources/META-INF/persistence.xml", PERSISTENCE_XML), List.of(), BOOT, BOOT_JPA);
    assertThat(c).hadNoteContaining("naming spring from Spring Boot's JPA auto-configuration"
        + " (org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration) on the class path");
  }

  @Test
  void bootAloneStillMeansSpringNaming() throws IOException {
    assertThat(compileWith(Map.of(), List.of(), BOOT)).hadNoteContaining("naming spring from Spring Boot on the class path");
  }

  /** A multi-module build: the entities' module {@code domain}, and siblings with migrations and configuration. */
  private Compilation compileModules(Map<String, String> files) throws IOException {
    Files.writeString(project.resolve("pom.xml"), "<project><modules><module>domain</module></modules></project>");
    Files.createDirectories(project.resolve("domain"));
    Files.writeString(project.resolve("domain/pom.xml"), "<project/>");
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path file = project.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
    }
    try {
      return Fixtures.noRepeats(javac()
          .withProcessors(new SchemaDriftProcessor())
          .withClasspath(List.of(new File(EclipseCompilerIT.jarOf(jakarta.persistence.Entity.class)),
              new File(EclipseCompilerIT.jarOf(io.github.schemadrift.annotations.SchemaDriftConfig.class))))
          .withOptions(List.of("-Aschemadrift.projectDir=" + project.resolve("domain")))
          .compile(ACCOUNT));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void siblingModuleWithMigrationsAndConfigurationIsUsed() throws IOException {
    Compilation c = compileModules(Map.of(
        "app/src/main/resources/db/migration/V1__accounts.sql", MYSQL,
        "app/src/main/resources/application.properties", "spring.datasource.url=" + MYSQL_URL + "\n",
        "docs/readme.txt", "not a module"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("project files from sibling module app (domain has no db/migration and no application.*)");
    assertThat(c).hadNoteContaining("dialect mysql from spring.datasource.url in src/main/resources/application.properties");
  }

  @Test
  void severalCandidateSiblingsAreAConfigError() throws IOException {
    Compilation c = compileModules(Map.of(
        "app/src/main/resources/db/migration/V1__accounts.sql", MYSQL,
        "app/src/main/resources/application.properties", "spring.datasource.url=" + MYSQL_URL + "\n",
        "batch/src/main/resources/db/migration/V1__accounts.sql", MYSQL,
        "batch/src/main/resources/application.yml", "spring.datasource.url: " + MYSQL_URL + "\n"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:config] the project directory");
    assertThat(c).hadErrorContaining("several sibling modules have both: app, batch");
  }

  @Test
  void aModuleWithItsOwnMigrationsKeepsThem() throws IOException {
    Compilation c = compileModules(Map.of(
        "domain/src/main/resources/db/migration/V1__accounts.sql", MYSQL,
        "domain/src/main/resources/application.properties", "spring.datasource.url=" + MYSQL_URL + "\n",
        "app/src/main/resources/db/migration/V1__other.sql", "CREATE TABLE other (id BIGINT PRIMARY KEY);\n",
        "app/src/main/resources/application.properties", "spring.datasource.url=jdbc:postgresql://db/app\n"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("dialect mysql from spring.datasource.url in src/main/resources/application.properties");
    org.assertj.core.api.Assertions.assertThat(c.notes()).noneMatch(n -> n.getMessage(null).contains("sibling module"));
  }
}
