package io.github.schemadrift.hibernateproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the processor knows that Hibernate 5 maps the entities, end to end: the class path of the
 * compile (Hibernate 5.6 itself, javax.persistence alone, Spring Boot 2's naming strategy beside
 * both JPA APIs), the option, and a wrong option value. Each run checks 5.6's own H2 DDL of
 * {@code hibernateproof.h5}, which is clean exactly when 5's defaults apply.
 */
class Hibernate5DetectionTest {

  @TempDir Path dir;

  static File jar(String prefix) {
    return Hibernate5Ddl.jars().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
        .orElseThrow().toFile();
  }

  static File testJar(String className) {
    try {
      return new File(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  Compilation compile(List<File> classPath, List<JavaFileObject> extra, String... options) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), Hibernate5ProofTest.ddl(Hibernate5Ddl.Dialect.H2));
    List<String> all = new ArrayList<>(List.of("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=h2"));
    all.addAll(List.of(options));
    List<JavaFileObject> sources = new ArrayList<>(HibernateProofTest.sources(Hibernate5ProofTest.PACKAGE));
    sources.addAll(extra);
    var compiler = javac().withProcessors(new SchemaDriftProcessor()).withOptions(all);
    return (classPath == null ? compiler : compiler.withClasspath(classPath)).compile(sources);
  }

  static String summary(Compilation compilation) {
    return Hibernate5ProofTest.notes(compilation).stream().filter(n -> n.startsWith("[schemadrift:summary] checked"))
        .findFirst().orElseThrow();
  }

  @Test
  void javaxPersistenceAloneMeansHibernate5() throws IOException {
    Compilation compilation = compile(List.of(jar("javax.persistence-api-")), List.of());
    assertThat(Hibernate5ProofTest.findings(compilation)).isEmpty();
    assertThat(summary(compilation)).contains("; hibernate 5 from javax.persistence without jakarta.persistence on the class path");
  }

  @Test
  void springBoot2BesideBothApisMeansHibernate5() throws IOException {
    JavaFileObject boot2 = JavaFileObjects.forSourceString("org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy",
        "package org.springframework.boot.orm.jpa.hibernate; public class SpringPhysicalNamingStrategy {}");
    Compilation compilation = compile(List.of(jar("javax.persistence-api-"), testJar("jakarta.persistence.Entity")), List.of(boot2));
    assertThat(Hibernate5ProofTest.findings(compilation)).isEmpty();
    assertThat(summary(compilation)).contains("; hibernate 5 from Spring Boot 2's SpringPhysicalNamingStrategy on the class path");
  }

  @Test
  void hibernate7OnTheClassPathKeepsItsDefaultsAndTheOptionOverrides() throws IOException {
    Compilation seven = compile(null, List.of()); // the tests' class path: Hibernate 7, both JPA APIs
    assertThat(summary(seven)).doesNotContain("hibernate 5").doesNotContain("hibernate 7");
    assertThat(Hibernate5ProofTest.findings(seven)).anySatisfy(f -> assertThat(f).contains("[schemadrift:type]").contains("'transit'"));

    Compilation five = compile(null, List.of(), "-Aschemadrift.hibernate=5");
    assertThat(Hibernate5ProofTest.findings(five)).isEmpty();
    assertThat(summary(five)).contains("; hibernate 5 from option -Aschemadrift.hibernate: Hibernate 5's defaults apply");
  }

  @Test
  void anUnknownVersionIsAConfigError() throws IOException {
    Compilation compilation = compile(null, List.of(), "-Aschemadrift.hibernate=4");
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation.errors().get(0).getMessage(null))
        .isEqualTo("[schemadrift:config] option 'schemadrift.hibernate' has unknown value '4'; valid values: 5, 6, 7");
  }

  /** Spring Boot 2's name for {@code hibernate.id.new_generator_mappings}, in the project's application.properties. */
  @Test
  void springBoot2sLegacyIdSettingIsRead() throws IOException {
    Path resources = Files.createDirectories(dir.resolve("app/src/main/resources"));
    Files.writeString(resources.resolve("application.properties"), "spring.jpa.hibernate.use-new-id-generator-mappings=false\n");
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), Hibernate5ProofTest.legacyDdl(Hibernate5Ddl.Dialect.H2));
    Compilation compilation = javac().withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.projectDir=" + dir.resolve("app"), "-Aschemadrift.migrations=" + migrations,
            "-Aschemadrift.dialect=h2", "-Aschemadrift.naming=jpa")
        .withClasspath(Hibernate5Ddl.classPath())
        .compile(HibernateProofTest.sources(Hibernate5ProofTest.PACKAGE));
    assertThat(Hibernate5ProofTest.findings(compilation)).isEmpty();
    assertThat(summary(compilation)).contains("legacy ids (hibernate.id.new_generator_mappings false from"
        + " spring.jpa.hibernate.use-new-id-generator-mappings in ");
  }
}
