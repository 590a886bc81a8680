package io.github.schemadrift.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The everyday loop on a copy of the sample, with real Maven: build; add a migration that drops a
 * mapped column, {@code mvn compile} fails at the field; remove it, {@code mvn compile} passes; a
 * build with nothing changed does not check again; and the same for an {@code
 * application.properties} that switches the dialect. The copy uses the sample's own pom, so the
 * plugin is wired as a user wires it.
 *
 * <p>The builds use a local repository of their own: symbolic links to every folder of this
 * build's local repository, except {@code io/github/schemadrift}, which holds this build's jars
 * (as {@code WiringIT} does). The first build may download the sample's dependencies; every other
 * build runs offline ({@code -o}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginTriggerIT {

  @TempDir static Path work;
  private static Path repository;
  private static Path sample;

  /** What one build printed and how it ended. */
  record Build(int exitCode, String output) {
    boolean checked() {
      return output.contains("[schemadrift:summary]");
    }

    String summary() {
      Matcher m = Pattern.compile("\\[schemadrift:summary\\][^\\n]*").matcher(output);
      return m.find() ? m.group() : "";
    }
  }

  @BeforeAll
  static void copyTheSampleAndItsRepository() throws IOException {
    String version = property("schemadrift.version");
    Path root = Paths.get(property("schemadrift.rootDir")).toAbsolutePath().normalize();
    repository = work.resolve("repo");
    linkAllBut(Paths.get(property("schemadrift.localRepository")), repository, List.of("io", "github", "schemadrift"));
    Path ours = repository.resolve("io/github/schemadrift");
    artifact(ours, "schemadrift-parent", version, root.resolve("pom.xml"), null);
    artifact(ours, "schemadrift-annotations", version, root.resolve("annotations/pom.xml"), Paths.get(property("schemadrift.annotationsJar")));
    artifact(ours, "schemadrift-maven-plugin", version, root.resolve("maven-plugin/pom.xml"), Paths.get(property("schemadrift.pluginJar")));
    Path processorPom = work.resolve("processor.pom");
    Files.writeString(processorPom,
        "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
            + "<groupId>io.github.schemadrift</groupId><artifactId>schemadrift-processor</artifactId>"
            + "<version>" + version + "</version></project>\n");
    artifact(ours, "schemadrift-processor", version, processorPom, Paths.get(property("schemadrift.processorJar")));

    Path copy = work.resolve("project");
    Files.createDirectories(copy);
    Files.copy(root.resolve("pom.xml"), copy.resolve("pom.xml"));
    sample = copy.resolve("sample");
    copyTree(root.resolve("sample"), sample);
  }

  @Test
  @Order(1)
  void aNewMigrationThatDropsAMappedColumnFailsTheNextCompileAtTheField() throws Exception {
    Build first = mvn(false, "compile");
    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(first.summary()).contains("0 errors").contains("dialect postgresql from spring.datasource.url");

    Build unchanged = mvn(true, "compile");
    assertThat(unchanged.exitCode()).as(unchanged.output()).isZero();
    assertThat(unchanged.output()).contains("Nothing to compile");
    assertThat(unchanged.checked()).as(unchanged.output()).isFalse();

    Path drift = sample.resolve("src/main/resources/db/migration/V7__drop_title.sql");
    Files.writeString(drift, "ALTER TABLE tasks DROP COLUMN title;\n");
    Build drifted = mvn(true, "compile");
    assertThat(drifted.exitCode()).as(drifted.output()).isNotZero();
    assertThat(drifted.output()).contains("V7__drop_title.sql was added since the last check");
    Path task = sample.resolve("src/main/java/com/example/tasks/Task.java").toRealPath();
    assertThat(drifted.output())
        .as(drifted.output())
        .containsPattern("\\[ERROR\\] " + Pattern.quote(task.toString()) + ":\\[3[56],\\d+\\] \\[schemadrift:[a-z-]+\\] column 'tasks.title'");

    Files.delete(drift);
    Build repaired = mvn(true, "compile");
    assertThat(repaired.exitCode()).as(repaired.output()).isZero();
    assertThat(repaired.summary()).contains("0 errors");

    Build again = mvn(true, "compile");
    assertThat(again.output()).contains("Nothing to compile");
    assertThat(again.checked()).as(again.output()).isFalse();
  }

  @Test
  @Order(2)
  void anApplicationPropertiesThatSwitchesTheDialectIsCheckedOnTheNextCompile() throws Exception {
    Path properties = sample.resolve("src/main/resources/application.properties");
    String original = Files.readString(properties);
    Build before = mvn(true, "compile");
    assertThat(before.exitCode()).as(before.output()).isZero();

    // The sample's generated schema constants (PublicSchema) need PostgreSQL's default schema, so
    // the compile under MySQL may fail on them; what matters here is that the check ran again.
    Files.writeString(properties, original.replace("jdbc:postgresql://localhost:5432/tasks", "jdbc:mysql://localhost:3306/tasks"));
    Build switched = mvn(true, "compile");
    assertThat(switched.output()).contains("application.properties changed since the last check");
    assertThat(switched.summary()).as(switched.output()).contains("dialect mysql from spring.datasource.url");

    Files.writeString(properties, original);
    Build back = mvn(true, "compile");
    assertThat(back.exitCode()).as(back.output()).isZero();
    assertThat(back.output()).contains("application.properties changed since the last check");
    assertThat(back.summary()).contains("0 errors").contains("dialect postgresql from spring.datasource.url");

    Build unchanged = mvn(true, "compile");
    assertThat(unchanged.output()).contains("Nothing to compile");
    assertThat(unchanged.checked()).as(unchanged.output()).isFalse();
  }

  private static Build mvn(boolean offline, String... goals) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(property("schemadrift.mavenHome"), "bin", "mvn").toString());
    command.add("-B");
    if (offline) {
      command.add("-o");
    }
    command.add("-Dmaven.repo.local=" + repository);
    command.add("-Dstyle.color=never");
    command.addAll(List.of(goals));
    Path log = Files.createTempFile(work, "build", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(sample.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("MAVEN_OPTS", "-Xmx512m");
    Process process = builder.start();
    if (!process.waitFor(600, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the build did not end in 10 minutes: " + Files.readString(log));
    }
    return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static void artifact(Path group, String artifactId, String version, Path pom, Path jar) throws IOException {
    Path dir = Files.createDirectories(group.resolve(artifactId).resolve(version));
    Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"));
    if (jar != null) {
      assertThat(jar).as("built by this reactor before the integration tests").exists();
      Files.copy(jar, dir.resolve(artifactId + "-" + version + ".jar"));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path relative = from.relativize(path);
        if (relative.startsWith("target")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  /** Links every entry of {@code from} into {@code to}, descending instead along {@code path}. */
  private static void linkAllBut(Path from, Path to, List<String> path) throws IOException {
    Files.createDirectories(to);
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> entries = Files.list(from)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (!path.isEmpty() && name.equals(path.get(0))) {
          if (path.size() > 1) {
            linkAllBut(entry, to.resolve(name), path.subList(1, path.size()));
          }
        } else {
          Files.createSymbolicLink(to.resolve(name), entry);
        }
      }
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property " + name + " (set by the failsafe configuration)").isNotBlank();
    return value;
  }
}
