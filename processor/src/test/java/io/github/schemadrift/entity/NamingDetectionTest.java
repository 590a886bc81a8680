package io.github.schemadrift.entity;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the naming strategy when {@code -Aschemadrift.naming} is absent. */
class NamingDetectionTest {

  @TempDir Path project;

  private static final JavaFileObject ENTITY = JavaFileObjects.forSourceLines("app.OrderLine",
      "package app;",
      "@jakarta.persistence.Entity public class OrderLine {",
      "  @jakarta.persistence.Id Long id;",
      "  String productCode;",
      "}");

  /** A stand-in for Spring Boot's annotation, so the compile class path "has Spring Boot". */
  private static final JavaFileObject SPRING_BOOT = JavaFileObjects.forSourceLines(
      NamingDetection.SPRING_BOOT_APPLICATION,
      "package org.springframework.boot.autoconfigure;",
      "public @interface SpringBootApplication {}");

  private Compilation compile(String migration, JavaFileObject... extra) throws IOException {
    Path db = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(db.resolve("V1__init.sql"), migration);
    List<JavaFileObject> sources = new ArrayList<>(List.of(ENTITY));
    sources.addAll(List.of(extra));
    return javac()
        .withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.projectDir=" + project)
        .compile(sources);
  }

  private static List<String> findings(Compilation c) {
    return c.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(null))
        .toList();
  }

  private static final String SNAKE = "CREATE TABLE order_line (id BIGINT PRIMARY KEY, product_code VARCHAR(255));";
  private static final String AS_WRITTEN = "CREATE TABLE OrderLine (id BIGINT PRIMARY KEY, productCode VARCHAR(255));";

  @Test
  void springBootOnTheClassPathMeansSpringNaming() throws IOException {
    assertThat(findings(compile(SNAKE, SPRING_BOOT))).isEmpty();
  }

  @Test
  void withoutSpringBootNamesAreAsWritten() throws IOException {
    assertThat(findings(compile(AS_WRITTEN))).isEmpty();
    Compilation snake = compile(SNAKE);
    assertThat(snake.errors()).hasSize(1);
    assertThat(snake.errors().get(0).getMessage(null)).startsWith("[schemadrift:missing-table] table 'OrderLine'");
  }

  @Test
  void applicationPropertiesWinOverTheClassPath() throws IOException {
    Path resources = Files.createDirectories(project.resolve("src/main/resources"));
    Files.writeString(resources.resolve("application.properties"),
        "spring.jpa.hibernate.naming.physical-strategy=org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl\n");
    assertThat(findings(compile(AS_WRITTEN, SPRING_BOOT))).isEmpty();
  }

  @Test
  void applicationYmlIsRead() throws IOException {
    Path resources = Files.createDirectories(project.resolve("src/main/resources"));
    Files.writeString(resources.resolve("application.yml"), String.join("\n",
        "spring:",
        "  jpa:",
        "    hibernate:",
        "      naming:",
        "        physical-strategy: org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
        ""));
    assertThat(findings(compile(SNAKE))).isEmpty();
  }

  @Test
  void aCustomStrategyIsReportedAndNothingIsGuessed() throws IOException {
    Path resources = Files.createDirectories(project.resolve("src/main/resources"));
    Files.writeString(resources.resolve("application.properties"),
        "spring.jpa.hibernate.naming.physical-strategy=com.acme.PrefixNaming\n");
    Compilation c = compile(SNAKE, SPRING_BOOT);
    assertThat(c.errors()).isEmpty();
    assertThat(findings(c)).containsExactly(
        "[schemadrift:config] spring.jpa.hibernate.naming.physical-strategy in src/main/resources/application.properties"
            + " names the custom naming strategy 'com.acme.PrefixNaming' (not on the compile class path);"
            + " schemadrift cannot run a strategy class at compile time, so the entities are not checked; describe it with"
            + " -Aschemadrift.naming.custom=<" + CustomNaming.GRAMMAR + "> (for example lower,snake,tablePrefix=app_),"
            + " or set -Aschemadrift.naming=jpa (names as written) or -Aschemadrift.naming=spring (snake_case)");
  }

  @Test
  void theOptionWinsOverDetection() throws IOException {
    Path db = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(db.resolve("V1__init.sql"), AS_WRITTEN);
    Compilation c = javac()
        .withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.projectDir=" + project, "-Aschemadrift.naming=jpa")
        .compile(ENTITY, SPRING_BOOT);
    assertThat(findings(c)).isEmpty();
  }
}
