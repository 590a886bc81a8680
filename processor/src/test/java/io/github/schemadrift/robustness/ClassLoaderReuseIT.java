package io.github.schemadrift.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded processor jar inside one long-lived JVM that compiles again and again, as Gradle's
 * daemon, the Maven daemon or an IDE's compile server do: once with one class loader kept for the
 * processor across builds (what those daemons do when the processor path does not change), once
 * with a fresh class loader per build. Each build replays a few hundred migrations with the cache
 * off, so whatever a replay leaves in static state would add up build after build. The heap after
 * a GC must not grow with the builds (judged by the slope of a line fitted through all builds, not
 * by an absolute limit, which other tests in this JVM and javac's own caches would blur), and no
 * schemadrift thread may be alive once a build has returned.
 */
class ClassLoaderReuseIT {

  private static final int MIGRATIONS = 300;
  /** Builds before the heap is measured: javac's, the JIT's and the JDK's caches fill up. */
  private static final int WARM_UP = 6;
  /** Measured builds with one class loader; a build takes about two seconds on 2 cores. */
  private static final int MEASURED = 20;
  /** Measured builds with a fresh class loader each: each loads and warms the jar again (6 s). */
  private static final int MEASURED_FRESH = 8;
  /**
   * Allowed growth per build, bytes. A leak of one short string per migration file and build
   * (Flyway's buffered "Parsing V....sql" debug line, about 150 bytes with its list entry) is
   * about 45 KB per build here, and a class loader kept per build several megabytes; a flat
   * heap's fitted slope stays within a few KB either way.
   */
  private static final long ALLOWED_SLOPE = 12 * 1024;

  @TempDir static Path project;
  private static Path migrations;
  private static List<Path> sources;

  @BeforeAll
  static void writeProject() throws IOException {
    migrations = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(
        migrations.resolve("V1__create_the_task_table_and_its_audit_trail.sql"),
        "CREATE TABLE task (id BIGINT PRIMARY KEY, title VARCHAR(200) NOT NULL);\n");
    for (int i = 2; i <= MIGRATIONS; i++) {
      Files.writeString(
          migrations.resolve(String.format(Locale.ROOT, "V%d__add_and_then_drop_the_scratch_column_number_%d_of_tasks.sql", i, i)),
          "-- a migration as a long-lived project has hundreds of\n"
              + "ALTER TABLE task ADD COLUMN scratch_" + i + " INTEGER;\n"
              + "CREATE INDEX task_scratch_" + i + "_idx ON task (scratch_" + i + ");\n"
              + "DROP INDEX task_scratch_" + i + "_idx;\n"
              + "ALTER TABLE task DROP COLUMN scratch_" + i + ";\n");
    }
    Path java = Files.createDirectories(project.resolve("src/main/java/app"));
    sources =
        List.of(
            Files.writeString(
                java.resolve("Task.java"),
                String.join(
                    "\n",
                    "package app;",
                    "import jakarta.persistence.*;",
                    "@Entity @Table(name = \"task\")",
                    "public class Task {",
                    "  @Id private Long id;",
                    "  @Column(name = \"title\", nullable = false, length = 200) private String title;",
                    "}",
                    "")));
  }

  @Test
  void oneClassLoaderKeptAcrossBuildsLeavesTheHeapFlatAndNoThread() throws Exception {
    List<Long> heap = new ArrayList<>();
    List<String> threadsLeft = new ArrayList<>();
    try (URLClassLoader loader = processorLoader()) {
      for (int run = 0; run < WARM_UP + MEASURED; run++) {
        build(loader, run);
        threadsLeft.addAll(schemadriftThreadsAlive(run));
        if (run >= WARM_UP) {
          heap.add(usedHeapAfterGc());
        }
      }
    }
    assertFlatAndNoThreadLeft(heap, threadsLeft, "one class loader kept across builds");
  }

  @Test
  void aFreshClassLoaderPerBuildLeavesTheHeapFlatAndNoThread() throws Exception {
    List<Long> heap = new ArrayList<>();
    List<String> threadsLeft = new ArrayList<>();
    for (int run = 0; run < WARM_UP + MEASURED_FRESH; run++) {
      try (URLClassLoader loader = processorLoader()) {
        build(loader, run);
      }
      threadsLeft.addAll(schemadriftThreadsAlive(run));
      if (run >= WARM_UP) {
        heap.add(usedHeapAfterGc());
      }
    }
    assertFlatAndNoThreadLeft(heap, threadsLeft, "a fresh class loader per build");
  }

  /** The shaded jar alone, with only the JDK above it, as a build tool loads a processor path. */
  private static URLClassLoader processorLoader() throws IOException {
    Path shaded = Path.of(System.getProperty("schemadrift.shadedJar", "target/missing.jar"));
    assertThat(shaded).as("the shaded processor jar (run through 'mvn verify')").exists();
    URL jar = shaded.toUri().toURL();
    return new URLClassLoader("schemadrift-processor-path", new URL[] {jar}, ClassLoader.getPlatformClassLoader());
  }

  private static void build(ClassLoader loader, int run) throws Exception {
    Processor processor =
        (Processor) loader.loadClass("io.github.schemadrift.SchemaDriftProcessor").getDeclaredConstructor().newInstance();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options =
          List.of(
              "-d", classes.toString(),
              "-classpath", jakartaPersistenceJar(),
              "-proc:full",
              "-Aschemadrift.projectDir=" + project,
              "-Aschemadrift.cache=off",
              "-Aschemadrift.dialect=postgresql");
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(processor));
      boolean ok = task.call();
      List<String> problems =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
              .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
              .toList();
      assertThat(problems).as("build %d", run).isEmpty();
      assertThat(ok).as("build %d", run).isTrue();
      assertThat(diagnostics.getDiagnostics())
          .as("build %d printed the summary", run)
          .anyMatch(d -> d.getMessage(Locale.ROOT).contains(MIGRATIONS + " migrations"));
    }
  }

  private static String jakartaPersistenceJar() throws Exception {
    return Path.of(jakarta.persistence.Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** The schemadrift threads still alive right after a build returned, as "build N: name". */
  private static List<String> schemadriftThreadsAlive(int run) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("schemadrift") && t.isAlive())
        .map(t -> "build " + run + ": " + t.getName())
        .toList();
  }

  /** Bounds the heap's growth per build (a robust slope through all builds); then the threads. */
  private static void assertFlatAndNoThreadLeft(List<Long> heap, List<String> threadsLeft, String mode) {
    double slope = slope(heap);
    System.out.printf(
        Locale.ROOT,
        "ClassLoaderReuseIT, %s: %d migrations, heap after GC over %d builds: first %d KB, last %d KB,"
            + " fitted slope %.0f bytes per build; schemadrift threads alive after a build: %d%n",
        mode, MIGRATIONS, heap.size(), heap.get(0) / 1024, heap.get(heap.size() - 1) / 1024, slope, threadsLeft.size());
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(slope).as("%s: heap growth per build (bytes), samples %s", mode, heap).isLessThan(ALLOWED_SLOPE);
    softly.assertThat(threadsLeft).as("%s: schemadrift threads alive after a build", mode).isEmpty();
    softly.assertAll();
  }

  /**
   * The Theil-Sen slope: the median of the slopes between every two builds. A leak grows the heap
   * build after build and moves every pairwise slope; one build whose heap after GC still holds a
   * just-released class loader's objects moves only the pairs it is in, not their median (a least
   * squares fit through 8 builds let one such sample fail the test on a correct processor).
   */
  static double slope(List<Long> values) {
    List<Double> slopes = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        slopes.add((values.get(j) - values.get(i)) / (double) (j - i));
      }
    }
    slopes.sort(null);
    int n = slopes.size();
    return n == 0 ? 0 : n % 2 == 1 ? slopes.get(n / 2) : (slopes.get(n / 2 - 1) + slopes.get(n / 2)) / 2;
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
