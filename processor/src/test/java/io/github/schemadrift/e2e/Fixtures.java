package io.github.schemadrift.e2e;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor, against migrations written to a folder. */
final class Fixtures {

  private Fixtures() {}

  /** A folder of the test resources, e.g. {@code seed/db/migration}. */
  static Path resource(String path) {
    try {
      return Paths.get(Fixtures.class.getClassLoader().getResource(path).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes migrations (file name to SQL) into {@code dir} and returns it. */
  static Path migrations(Path dir, Map<String, String> files) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> e : files.entrySet()) {
        Files.writeString(dir.resolve(e.getKey()), e.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  static Compilation compile(Path migrations, List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>();
    all.add("-Aschemadrift.migrations=" + migrations);
    all.addAll(options);
    return noRepeats(javac().withProcessors(new SchemaDriftProcessor()).withOptions(all).compile(sources));
  }

  /**
   * Fails when the processor printed one diagnostic twice (same kind, place and text): the first
   * round's quiet run of the configuration, or a rule reached twice, must never show.
   */
  static Compilation noRepeats(Compilation compilation) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (javax.tools.Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String key = d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber()
          + " " + d.getMessage(null);
      if (d.getMessage(null).startsWith("[schemadrift:") && !seen.add(key)) {
        throw new AssertionError("diagnostic printed twice: " + key);
      }
    }
    return compilation;
  }

  static Compilation compile(Path migrations, JavaFileObject... sources) {
    return compile(migrations, List.of(), sources);
  }

  /** Every {@code .java} file of a test source package folder (relative to the processor module), sorted. */
  static List<JavaFileObject> sourcesIn(String packageFolder) throws IOException {
    Path pkg = Paths.get("src/test/java").resolve(packageFolder);
    if (!Files.isDirectory(pkg)) {
      pkg = Paths.get("processor").resolve(pkg);
    }
    List<JavaFileObject> out = new ArrayList<>();
    try (var files = Files.list(pkg)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        out.add(JavaFileObjects.forResource(file.toUri().toURL()));
      }
    }
    return out;
  }

  /** The errors and warnings of a compilation, each as its kind and message. */
  static List<String> findings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR || d.getKind() == javax.tools.Diagnostic.Kind.WARNING
            || d.getKind() == javax.tools.Diagnostic.Kind.MANDATORY_WARNING)
        .map(d -> d.getKind() + " " + d.getMessage(null))
        .toList();
  }

  /** Writes a project folder: a {@code pom.xml} marker and each file (relative path to content). */
  static void writeProject(Path project, Map<String, String> files) throws IOException {
    Files.createDirectories(project);
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path file = project.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
    }
  }

  /** An ordered map from alternating keys and values. */
  static Map<String, String> ordered(String... keyValues) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
