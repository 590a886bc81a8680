package io.github.schemadrift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * The findings do not depend on the cache (issue 18): javac with the shaded jar (the only way the
 * replay cache is used) reports the same errors and warnings, at the same files and lines, with
 * the cache off, cold, warm in the build folder, warm only in the user's cache folder (after
 * {@code mvn clean}), with either cache file truncated or with a byte flipped, from two builds
 * writing the same empty cache at once, and after a migration is added to a cached project (the
 * replay then resumes from the cached snapshot, from the build folder or from the user's cache
 * folder alone, with the user's cache folder on or off), after an old migration is edited (a replay
 * from the first) and after the newest one is (a replay of it alone), and with the snapshot's
 * cache files corrupt, truncated or written by two builds at once.
 */
class CacheDeterminismIT {

  @TempDir Path project;

  /** The timings note of the last compile: says whether it replayed or loaded which cache. */
  private String timings = "";

  private static final Map<String, String> ENTITIES =
      Map.of(
          "Zebra", "package app;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"zebra\")\npublic class Zebra {\n"
              + "  @Id private Long id;\n  @Column(nullable = false) private String stripes;\n  private String mane;\n}\n",
          "Apple", "package app;\nimport jakarta.persistence.*;\n@Entity\npublic class Apple {\n"
              + "  @Id private Long id;\n  @Column(length = 80) private String kind;\n}\n",
          "Mango", "package app;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"mangoes\")\npublic class Mango {\n"
              + "  @Id private Long id;\n}\n");

  @Test
  void everyCacheStateGivesTheSameFindings() throws Exception {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Path db = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(db.resolve("V1__init.sql"),
        "CREATE TABLE zebra (id BIGINT PRIMARY KEY, stripes VARCHAR(255));\n"
            + "CREATE TABLE apple (id BIGINT PRIMARY KEY, kind VARCHAR(40), colour TEXT NOT NULL);\n"
            + "INSERT INTO apple (id, kind, colour) VALUES (1, 'x', 'red');\n");
    Files.writeString(db.resolve("V2__more.sql"),
        "ALTER TABLE zebra ADD COLUMN mane TEXT;\nCREATE TABLE oddity (id BIGINT PRIMARY KEY) WITH SOMETHING ODD;\n");
    List<Path> sources = new ArrayList<>();
    for (Map.Entry<String, String> e : ENTITIES.entrySet()) {
      Path file = project.resolve("src/main/java/app/" + e.getKey() + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      sources.add(file);
    }
    Path user = project.resolve("user-cache");
    Path buildCache = project.resolve("target/schemadrift-cache/schema.bin");

    List<String> off = compile(sources, "off", user);
    assertThat(off).as("the project has findings to compare").hasSizeGreaterThanOrEqualTo(4);
    assertThat(timings).contains("timings: replay ");
    assertThat(compile(sources, "on", user)).as("cold cache").isEqualTo(off);
    assertThat(timings).contains("timings: replay ");
    assertThat(buildCache).exists();
    assertThat(userFiles(user)).hasSize(1);
    assertThat(compile(sources, "on", user)).as("warm build-folder cache").isEqualTo(off);
    assertThat(timings).contains("timings: cache load ");
    deleteTree(project.resolve("target"));
    assertThat(compile(sources, "on", user)).as("user cache only (after mvn clean)").isEqualTo(off);
    assertThat(timings).contains("timings: user cache load ");

    truncate(buildCache);
    assertThat(compile(sources, "on", user)).as("truncated build-folder cache").isEqualTo(off);
    assertThat(timings).contains("cache load "); // the user cache still holds it
    flipByte(buildCache);
    assertThat(compile(sources, "on", user)).as("build-folder cache with a byte flipped").isEqualTo(off);
    deleteTree(project.resolve("target"));
    truncate(userFiles(user).get(0));
    assertThat(compile(sources, "on", user)).as("truncated user cache").isEqualTo(off);
    assertThat(timings).contains("timings: replay ");
    deleteTree(project.resolve("target"));
    flipByte(userFiles(user).get(0));
    assertThat(compile(sources, "on", user)).as("user cache with a byte flipped").isEqualTo(off);
    assertThat(timings).contains("timings: replay ");

    deleteTree(project.resolve("target"));
    deleteTree(user);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<String>> first = pool.submit(() -> compile(sources, "on", user));
      Future<List<String>> second = pool.submit(() -> compile(sources, "on", user));
      assertThat(first.get()).as("concurrent writer 1").isEqualTo(off);
      assertThat(second.get()).as("concurrent writer 2").isEqualTo(off);
    } finally {
      pool.shutdownNow();
    }
    assertThat(compile(sources, "on", user)).as("after concurrent writers").isEqualTo(off);

    Files.writeString(db.resolve("V3__added.sql"), "ALTER TABLE apple ADD COLUMN ripe BOOLEAN NOT NULL DEFAULT false;\n");
    List<String> addedOff = compile(sources, "off", user);
    assertThat(addedOff).as("the added migration changes the findings").isNotEqualTo(off);
    assertThat(compile(sources, "on", user)).as("one migration added to a cached project").isEqualTo(addedOff);
    assertThat(timings).contains("timings: replay resumed after 2 cached migrations ");
    snapshotResumes(db, sources, user, buildCache);
  }

  /** A cached project (V1 to V3) gains migrations, has one edited, and has its snapshot's cache files damaged. */
  private void snapshotResumes(Path db, List<Path> sources, Path user, Path buildCache) throws Exception {
    Files.writeString(db.resolve("V4__zebra.sql"), "ALTER TABLE zebra ALTER COLUMN stripes SET NOT NULL;\n");
    List<String> v4 = compile(sources, "off", user);
    assertThat(v4).as("V4 changes the findings").isNotEqualTo(compile(sources, "off", user, "V4__zebra.sql"));
    deleteTree(project.resolve("target"));
    assertThat(compile(sources, "on", user)).as("one added, user cache only (after mvn clean)").isEqualTo(v4);
    assertThat(timings).contains("timings: replay resumed after 3 cached migrations ");

    Files.writeString(db.resolve("V5__mango.sql"), "CREATE TABLE mangoes (id BIGINT PRIMARY KEY);\n");
    List<String> v5 = compile(sources, "off", user);
    assertThat(compile(sources, "on", "off")).as("one added, user cache off").isEqualTo(v5);
    assertThat(timings).contains("timings: replay resumed after 4 cached migrations ");

    Files.writeString(db.resolve("V1__init.sql"), Files.readString(db.resolve("V1__init.sql")).replace("VARCHAR(40)", "VARCHAR(30)"));
    List<String> edited = compile(sources, "off", user);
    assertThat(edited).as("the edit changes the findings").isNotEqualTo(v5);
    assertThat(compile(sources, "on", user)).as("an old migration edited").isEqualTo(edited);
    assertThat(timings).contains("timings: replay ").doesNotContain("resumed");

    Files.writeString(db.resolve("V6__apple.sql"), "ALTER TABLE apple ADD COLUMN seeds INT;\n");
    List<String> v6 = compile(sources, "off", user);
    flipByte(buildCache);
    assertThat(compile(sources, "on", user)).as("one added, build-folder snapshot with a byte flipped").isEqualTo(v6);
    assertThat(timings).contains("timings: replay resumed after 5 cached migrations "); // from the user's folder

    Files.writeString(db.resolve("V7__more.sql"), "ALTER TABLE apple ADD COLUMN pips INT;\n");
    List<String> v7 = compile(sources, "off", user);
    truncate(buildCache);
    deleteTree(user);
    assertThat(compile(sources, "on", user)).as("one added, snapshot truncated, no user cache").isEqualTo(v7);
    assertThat(timings).contains("timings: replay ").doesNotContain("resumed");

    Files.writeString(db.resolve("V8__last.sql"), "ALTER TABLE apple DROP COLUMN pips;\n");
    List<String> v8 = compile(sources, "off", user);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<String>> first = pool.submit(() -> compile(sources, "on", user));
      Future<List<String>> second = pool.submit(() -> compile(sources, "on", user));
      assertThat(first.get()).as("one added, concurrent resumes 1").isEqualTo(v8);
      assertThat(second.get()).as("one added, concurrent resumes 2").isEqualTo(v8);
    } finally {
      pool.shutdownNow();
    }
    assertThat(compile(sources, "on", user)).as("after concurrent resumes").isEqualTo(v8);
    assertThat(timings).contains("timings: cache load ");

    Files.writeString(db.resolve("V8__last.sql"), "ALTER TABLE zebra DROP COLUMN mane;\n");
    List<String> v8edited = compile(sources, "off", user);
    assertThat(v8edited).as("the edit of the newest migration changes the findings").isNotEqualTo(v8);
    assertThat(compile(sources, "on", user)).as("the newest migration edited").isEqualTo(v8edited);
    assertThat(timings).contains("timings: replay resumed after 7 cached migrations ");
  }

  /** As {@link #compile(List, String, Path)}, with {@code hidden} moved away for the compile. */
  private List<String> compile(List<Path> sources, String cache, Path user, String hidden) throws IOException {
    Path file = project.resolve("src/main/resources/db/migration").resolve(hidden);
    Path away = project.resolve(hidden + ".away");
    Files.move(file, away);
    try {
      return compile(sources, cache, user);
    } finally {
      Files.move(away, file);
    }
  }

  /** The errors and warnings of one javac run with the shaded jar, as kind, file:line and text, sorted. */
  private List<String> compile(List<Path> sources, String cache, Path user) throws IOException {
    return compile(sources, cache, user.toString());
  }

  /** As above, with {@code user} the value of the user-cache option ({@code off}, or a folder). */
  private List<String> compile(List<Path> sources, String cache, String user) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createTempDirectory(project, "classes");
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = List.of(
          "-d", out.toString(),
          "-cp", jarOf(jakarta.persistence.Entity.class),
          "-processorpath", EclipseCompilerIT.shadedJar().toString(),
          "-Aschemadrift.projectDir=" + project,
          "-Aschemadrift.dialect=postgresql",
          "-Aschemadrift.cache=" + cache,
          "-Aschemadrift.userCache=" + user,
          "-Aschemadrift.timings=true");
      javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
    }
    timings = diagnostics.getDiagnostics().stream()
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.contains("[schemadrift:summary] timings:"))
        .findFirst()
        .orElse("");
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(d -> d.getKind() + " " + (d.getSource() == null ? "-" : Path.of(d.getSource().getName()).getFileName())
            + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
        .sorted()
        .toList();
  }

  private static String jarOf(Class<?> type) {
    try {
      return EclipseCompilerIT.jarOf(type);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> userFiles(Path user) throws IOException {
    try (Stream<Path> walk = Files.walk(user)) {
      return walk.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
    }
  }

  private static void truncate(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(raf.length() / 2);
    }
  }

  private static void flipByte(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(file, bytes);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
