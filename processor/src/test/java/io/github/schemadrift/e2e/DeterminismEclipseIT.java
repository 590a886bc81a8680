package io.github.schemadrift.e2e;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A multi-entity project through javac and through ECJ (forked, shaded jar): ECJ hands the
 * processor its elements in another order, yet the findings must be the same text at the same
 * file and line.
 */
class DeterminismEclipseIT {

  @TempDir Path dir;

  private static final Map<String, List<String>> ENTITIES =
      Map.of(
          "Zebra", List.of("package app;", "import jakarta.persistence.*;", "@Entity @Table(name = \"zebra\")",
              "public class Zebra {", "  @Id private Long id;", "  @Column(nullable = false) private String stripes;",
              "  private String mane;", "}"),
          "Apple", List.of("package app;", "import jakarta.persistence.*;", "@Entity",
              "public class Apple {", "  @Id private Long id;", "  @Column(length = 80) private String kind;", "}"),
          "Mango", List.of("package app;", "import jakarta.persistence.*;", "@Entity @Table(name = \"mangoes\")",
              "public class Mango {", "  @Id private Long id;", "}"));

  @Test
  void javacAndEcjGiveTheSameFindingsAtTheSameFilesAndLines() throws Exception {
    Path db = Fixtures.migrations(dir.resolve("db"), Map.of("V1__init.sql",
        "CREATE TABLE zebra (id BIGINT PRIMARY KEY, stripes VARCHAR(255));\n"
            + "CREATE TABLE apple (id BIGINT PRIMARY KEY, kind VARCHAR(40), colour TEXT NOT NULL);\n"));
    List<Path> files = new ArrayList<>();
    List<javax.tools.JavaFileObject> sources = new ArrayList<>();
    for (String name : List.of("Zebra", "Apple", "Mango")) {
      Path file = dir.resolve("src/app/" + name + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", ENTITIES.get(name)) + "\n");
      files.add(file);
      sources.add(JavaFileObjects.forSourceLines("app." + name, ENTITIES.get(name)));
    }

    Compilation javacResult =
        javac().withProcessors(new SchemaDriftProcessor()).withOptions("-Aschemadrift.migrations=" + db).compile(sources);
    List<String> fromJavac = javacResult.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> (d.getKind() == Diagnostic.Kind.ERROR ? "ERROR" : "WARNING") + " "
            + Path.of(d.getSource().getName()).getFileName() + ":" + d.getLineNumber() + " " + d.getMessage(null))
        .sorted()
        .toList();
    String output = EclipseCompilerIT.runEcj(dir, db, files);
    List<String> fromEcj = EclipseCompilerIT.parse(output).stream()
        .filter(d -> d.message().startsWith("[schemadrift:"))
        .map(d -> d.kind() + " " + Path.of(d.file()).getFileName() + ":" + d.line() + " " + d.message())
        .sorted()
        .toList();

    assertThat(fromJavac).hasSizeGreaterThanOrEqualTo(4);
    assertThat(fromEcj).as(output).isEqualTo(fromJavac);
  }
}
