package io.github.schemadrift.bench.jmh;

import io.github.schemadrift.bench.ProjectGenerator;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole compile of a generated project in a warm JVM, as an IDE or a build daemon runs javac:
 * plain javac against javac with the shaded processor jar on the processor path. The difference
 * is the processor's cost (entity scan, replay, rules, report) once javac itself is warm.
 * The jar is found through {@code -Dschemadrift.processorJar} or under processor/target.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = "-Xss4m")
@State(Scope.Benchmark)
public class CompileBenchmark {

  @Param({"small", "medium"})
  public String size;

  @Param({"javac", "schemadrift"})
  public String compiler;

  private Path project;
  private List<File> sources;
  private List<String> options;
  private Path out;

  @Setup(Level.Trial)
  public void generate() throws IOException, URISyntaxException {
    int[] counts = Sizes.counts(size);
    project = Files.createTempDirectory("schemadrift-compile-");
    ProjectGenerator.generate(project, 42, counts[0], counts[1], counts[1] * 10, "postgresql", false, 0);
    try (Stream<Path> walk = Files.walk(project.resolve("src/main/java"))) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
    }
    out = project.resolve("classes");
    String jpa = Path.of(jakarta.persistence.Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    options = new ArrayList<>(List.of("-d", out.toString(), "-cp", jpa));
    if (compiler.equals("schemadrift")) {
      options.addAll(
          List.of(
              "-processorpath", processorJar().toString(),
              "-Aschemadrift.migrations=" + project.resolve("src/main/resources/db/migration")));
    } else {
      options.add("-proc:none");
    }
  }

  @Setup(Level.Invocation)
  public void clean() throws IOException {
    Sizes.deleteTree(out);
    Files.createDirectories(out);
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Sizes.deleteTree(project);
  }

  @Benchmark
  public boolean compile() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      StringWriter log = new StringWriter();
      boolean ok = javac.getTask(log, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources)).call();
      if (!ok || diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)) {
        throw new IllegalStateException("the generated project did not compile clean: " + diagnostics.getDiagnostics() + log);
      }
      return ok;
    }
  }

  static Path processorJar() throws IOException {
    String configured = System.getProperty("schemadrift.processorJar");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path dir : List.of(Path.of("processor/target"), Path.of("../processor/target"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> list = Files.list(dir)) {
          var jar = list.filter(p -> p.getFileName().toString().matches("schemadrift-processor-[^-]+(-SNAPSHOT)?\\.jar")).findFirst();
          if (jar.isPresent()) {
            return jar.get().toAbsolutePath();
          }
        }
      }
    }
    throw new IllegalStateException("no processor jar: pass -Dschemadrift.processorJar=... or build processor/ first");
  }
}
