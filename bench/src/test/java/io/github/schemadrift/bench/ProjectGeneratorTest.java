package io.github.schemadrift.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.SchemaDriftProcessor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark measures a clean build only if the generated project is clean: the processor
 * must find 0 errors and 0 warnings on it, and exactly one error per injected drift.
 */
class ProjectGeneratorTest {

  @TempDir Path temp;

  @Test
  void smallPostgresqlProjectIsClean() throws Exception {
    Path project = temp.resolve("pg");
    ProjectGenerator.generate(project, 42, 20, 30, 300, "postgresql", false, 0);
    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(project, "postgresql");
    assertThat(count(diagnostics, Diagnostic.Kind.ERROR)).as(diagnostics.toString()).isZero();
    assertThat(count(diagnostics, Diagnostic.Kind.WARNING)).as(diagnostics.toString()).isZero();
    assertThat(summary(diagnostics)).contains("checked 20 entities against 30 migrations").contains(": 0 errors, 0 warnings in ");
  }

  @Test
  void smallMysqlProjectIsClean() throws Exception {
    Path project = temp.resolve("mysql");
    ProjectGenerator.generate(project, 7, 20, 30, 300, "mysql", false, 0);
    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(project, "mysql");
    assertThat(summary(diagnostics)).contains("(mysql, 21 tables").contains(": 0 errors, 0 warnings in ");
  }

  @Test
  void eachInjectedDriftIsOneError() throws Exception {
    Path project = temp.resolve("drifts");
    ProjectGenerator.generate(project, 42, 20, 30, 300, "postgresql", false, 5);
    List<String> drifts = Files.readAllLines(project.resolve("drifts.txt"));
    assertThat(drifts).hasSize(5);
    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(project, "postgresql");
    assertThat(count(diagnostics, Diagnostic.Kind.ERROR)).as(diagnostics.toString()).isEqualTo(5);
    for (String drift : drifts) {
      String rule = drift.substring(0, drift.indexOf(' '));
      String column = drift.substring(drift.lastIndexOf(' ') + 1);
      assertThat(diagnostics)
          .anySatisfy(
              d -> assertThat(d.getMessage(null)).startsWith("[schemadrift:" + rule + "]").contains(column + "'"));
    }
  }

  @Test
  void sameSeedGivesTheSameFiles() throws IOException {
    ProjectGenerator.generate(temp.resolve("a"), 3, 15, 12, 120, "postgresql", false, 2);
    ProjectGenerator.generate(temp.resolve("b"), 3, 15, 12, 120, "postgresql", false, 2);
    assertThat(contents(temp.resolve("b"))).isEqualTo(contents(temp.resolve("a")));
  }

  private static List<Diagnostic<? extends JavaFileObject>> compile(Path project, String dialect)
      throws IOException, URISyntaxException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(project.resolve("src/main/java"))) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    Path out = Files.createDirectories(project.resolve("classes"));
    String jpa = Path.of(jakarta.persistence.Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostics,
              List.of(
                  "-d", out.toString(),
                  "-cp", jpa,
                  "-Aschemadrift.dialect=" + dialect,
                  "-Aschemadrift.migrations=" + project.resolve("src/main/resources/db/migration")),
              null,
              files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new SchemaDriftProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics();
  }

  private static long count(List<Diagnostic<? extends JavaFileObject>> diagnostics, Diagnostic.Kind kind) {
    return diagnostics.stream().filter(d -> d.getKind() == kind).count();
  }

  private static String summary(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[schemadrift:summary]"))
        .findFirst()
        .orElse("no summary note");
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }
}
