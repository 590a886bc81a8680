package io.github.schemadrift.robustness;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor as a build sees it: the same inputs give byte-identical diagnostics and files,
 * nothing is written unless an option says where, and no thread outlives a compilation.
 */
class BuildBehaviourTest {

  @TempDir Path project;

  static final String MIGRATION =
      "CREATE TABLE customer (id BIGINT PRIMARY KEY, email VARCHAR(100), tenant_id BIGINT NOT NULL);\n"
          + "CREATE TABLE orders (id BIGINT PRIMARY KEY, total NUMERIC(10,2), customer_id BIGINT);\n"
          + "ALTER TABLE orders ADD COLUMN note TEXT;\n";

  /** Three drifting entities, in an order that is not alphabetical. */
  static final Map<String, String[]> ENTITIES =
      Map.of(
          "Orders",
          new String[] {
            "package app;",
            "import jakarta.persistence.*;",
            "@Entity @Table(name = \"orders\")",
            "public class Orders {",
            "  @Id private Long id;",
            "  @Column(nullable = false) private java.math.BigDecimal total;",
            "  private String shipping;",
            "}"
          },
          "Customer",
          new String[] {
            "package app;",
            "import jakarta.persistence.*;",
            "@Entity",
            "public class Customer {",
            "  @Id private Long id;",
            "  @Column(length = 320) private String email;",
            "  private String phone;",
            "}"
          },
          "Invoice",
          new String[] {
            "package app;",
            "import jakarta.persistence.*;",
            "@Entity",
            "public class Invoice {",
            "  @Id private Long id;",
            "}"
          });

  private Path migrations;

  @BeforeEach
  void writeProject() throws IOException {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    migrations = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(migrations.resolve("V1__init.sql"), MIGRATION);
  }

  private Compilation compile(String... options) {
    List<String> all = new ArrayList<>(List.of(options));
    all.add("-Aschemadrift.projectDir=" + project);
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name : List.of("Orders", "Invoice", "Customer")) {
      sources.add(JavaFileObjects.forSourceLines("app." + name, ENTITIES.get(name)));
    }
    return javac().withProcessors(new SchemaDriftProcessor()).withOptions(all).compile(sources);
  }

  /** Kind, file, line and text of each diagnostic; the summary's elapsed time is masked. */
  static List<String> diagnostics(Compilation c) {
    return c.diagnostics().stream()
        .map(d -> d.getKind() + " " + (d.getSource() == null ? "-" : d.getSource().getName()) + ":" + d.getLineNumber()
            + " " + d.getMessage(null).replaceAll(" in \\d+ ms;", " in - ms;"))
        .toList();
  }

  @Test
  void theSameInputsGiveByteIdenticalDiagnosticsSarifFixMigrationAndSchemaExport() throws IOException {
    String[] options = {
      "-Aschemadrift.report=build/schemadrift.sarif",
      "-Aschemadrift.fixMigration=build/fix",
      "-Aschemadrift.schemaExport=build/schema.json"
    };
    List<String> firstDiagnostics = diagnostics(compile(options));
    Map<String, byte[]> firstFiles = files(project.resolve("build"));
    assertThat(firstFiles.keySet()).containsExactly("fix", "schema.json", "schemadrift.sarif");
    assertThat(firstDiagnostics).filteredOn(d -> d.startsWith("ERROR")).hasSizeGreaterThanOrEqualTo(3);

    for (int run = 0; run < 2; run++) {
      deleteTree(project.resolve("build"));
      assertThat(diagnostics(compile(options))).isEqualTo(firstDiagnostics);
      Map<String, byte[]> again = files(project.resolve("build"));
      assertThat(again.keySet()).isEqualTo(firstFiles.keySet());
      for (String name : firstFiles.keySet()) {
        assertThat(again.get(name)).as(name).isEqualTo(firstFiles.get(name));
      }
    }
  }

  @Test
  void withoutOptionsNothingIsWrittenAnywhereInTheProject() throws IOException {
    Map<String, String> before = snapshot(project);

    Compilation c = compile();

    assertThat(c).hadErrorCount(6);
    assertThat(snapshot(project)).isEqualTo(before);
    // javac's own outputs would go to its class output; compile-testing keeps them in memory
  }

  @Test
  void twentyCompilationsLeaveNoThreadBehind() throws InterruptedException {
    compile(); // warm up: javac and the JDK start their own long-lived threads once
    int before = Thread.activeCount();
    for (int i = 0; i < 20; i++) {
      assertThat(compile("-Aschemadrift.parseTimeoutMillis=2000")).hadErrorCount(6);
    }
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("schemadrift")) {
        t.join(10_000); // shut down at the end of each compile; give the last one time to exit
      }
    }
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().startsWith("schemadrift") && t.isAlive());
    assertThat(Thread.activeCount()).isLessThanOrEqualTo(before);
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /** Every path under the root with its size and modification time. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        tree.put(root.relativize(p).toString(), a.size() + " " + a.lastModifiedTime());
      }
    }
    return tree;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static boolean isError(Diagnostic<?> d) {
    return d.getKind() == Diagnostic.Kind.ERROR;
  }
}
