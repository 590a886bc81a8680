package io.github.schemadrift;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every diagnostic of whole compilations, compared line by line with golden files made before a
 * refactoring, so that a change of structure that changes any message, its kind or its place shows
 * up as a diff.
 *
 * <p>Each folder of the real-world corpus ({@code ../shared/corpus/sql/<project>/<dialect>}, next
 * to the repository; skipped when absent) is compiled with the entities of {@code
 * golden/entities/<project>/} (real tables of that project, with a few deliberate drifts; an {@code
 * options.txt} there adds options, such as placeholder values), and one
 * small project made by the bench's {@code ProjectGenerator} ({@code golden/generated/}: 12
 * entities, 15 migrations, 5 drifts, seed 42) is compiled as it is. Each diagnostic becomes one line
 * {@code KIND file:line: message}; absolute paths and the {@code in N ms} of the summary are masked.
 * The golden files are {@code src/test/resources/golden/*.txt}.
 *
 * <p>When a change of behaviour is on purpose, regenerate every golden file with one command and
 * review the diff:
 *
 * <pre>
 * mvn -B -o -q -pl processor test -Dtest=GoldenDiagnosticsTest -Dschemadrift.updateGolden=true
 * git diff processor/src/test/resources/golden
 * </pre>
 */
class GoldenDiagnosticsTest {

  private static final Path GOLDEN = moduleDir().resolve("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("schemadrift.updateGolden");
  private static final Pattern MILLIS = Pattern.compile(" in \\d+ ms");

  @TempDir Path project;

  @TestFactory
  List<DynamicTest> everyCorpusFolderWithItsProjectsEntities() throws IOException {
    Path corpus = corpus();
    assumeTrue(corpus != null && Files.isDirectory(corpus), "real-world corpus not found at ../shared/corpus/sql; skipping");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> projects = Files.list(corpus)) {
      for (Path projectFolder : projects.sorted().toList()) {
        Path entities = GOLDEN.resolve("entities").resolve(projectFolder.getFileName().toString());
        try (Stream<Path> dialects = Files.list(projectFolder)) {
          for (Path folder : dialects.filter(Files::isDirectory).sorted().toList()) {
            String name = projectFolder.getFileName() + "-" + folder.getFileName();
            tests.add(DynamicTest.dynamicTest(name, () -> {
              assertThat(entities).as("entities for corpus project %s", projectFolder.getFileName()).isDirectory();
              check(name, folder, folder.getFileName().toString(), entities, corpus, extraOptions(entities));
            }));
          }
        }
      }
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> generatedProject() {
    Path generated = GOLDEN.resolve("generated");
    return List.of(DynamicTest.dynamicTest("generated", () ->
        check("generated", generated.resolve("migration"), "postgresql", generated.resolve("java"), generated, List.of())));
  }

  private void check(String name, Path migrations, String dialect, Path sources, Path root, List<String> extra)
      throws IOException {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    List<String> options = new ArrayList<>(List.of(
        "-Aschemadrift.migrations=" + migrations,
        "-Aschemadrift.dialect=" + dialect,
        "-Aschemadrift.projectDir=" + project,
        "-Aschemadrift.cache=off"));
    options.addAll(extra);
    Compilation compilation =
        javac().withProcessors(new SchemaDriftProcessor()).withOptions(options).compile(javaFiles(sources));
    String actual = render(compilation, sources, root);
    Path golden = GOLDEN.resolve(name + ".txt");
    if (UPDATE) {
      Files.writeString(golden, actual);
      return;
    }
    assertThat(golden)
        .as("golden file %s; regenerate with -Dschemadrift.updateGolden=true (see this class's Javadoc)", golden)
        .exists();
    assertThat(actual).as("diagnostics of %s against %s", name, golden).isEqualTo(Files.readString(golden));
  }

  /** One line per diagnostic, in the order javac received them, with paths and timings masked. */
  private String render(Compilation compilation, Path sources, Path root) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String file = "-";
      if (d.getSource() != null) {
        Path path = Paths.get(d.getSource().toUri());
        file = path.startsWith(sources) ? sources.relativize(path).toString() : path.getFileName().toString();
      }
      String line = d.getLineNumber() == Diagnostic.NOPOS ? "-" : String.valueOf(d.getLineNumber());
      String message = d.getMessage(null)
          .replace(root.toString(), "<root>")
          .replace(project.toString(), "<project>")
          .replace("\n", "\\n");
      message = MILLIS.matcher(message).replaceAll(Matcher.quoteReplacement(" in <n> ms"));
      out.append(d.getKind()).append(' ').append(file).append(':').append(line).append(": ").append(message).append('\n');
    }
    return out.toString();
  }

  /** A project's {@code options.txt} next to its entities: more {@code -A} options, one a line (placeholders). */
  private static List<String> extraOptions(Path entities) throws IOException {
    Path file = entities.resolve("options.txt");
    return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList() : List.of();
  }

  private static List<JavaFileObject> javaFiles(Path sources) throws IOException {
    try (Stream<Path> walk = Files.walk(sources)) {
      return walk.filter(f -> f.toString().endsWith(".java")).sorted().map(f -> {
        try {
          return JavaFileObjects.forResource(f.toUri().toURL());
        } catch (MalformedURLException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }
  }

  /** The processor module's folder, whether the tests run from it or from the repository root. */
  private static Path moduleDir() {
    Path here = Paths.get("").toAbsolutePath();
    return Files.isDirectory(here.resolve("src/test/resources/golden")) || here.endsWith("processor")
        ? here
        : here.resolve("processor");
  }

  /** {@code ../shared/corpus/sql} next to the repository (a worktree's folder), or null. */
  private static Path corpus() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir.getParent() == null ? null : dir.getParent().resolve("shared/corpus/sql");
      }
    }
    return null;
  }
}
