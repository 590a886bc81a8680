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

/**
 * Real Maven builds for the integration tests, with this build's Maven and a local repository of
 * their own: symbolic links to every folder of this build's local repository, except {@code
 * io/github/schemadrift}, which holds this build's jars (as {@code WiringIT} does).
 */
final class MavenBuilds {

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

  private final Path work;
  private final Path repository;

  private MavenBuilds(Path work, Path repository) {
    this.work = work;
    this.repository = repository;
  }

  /** A local repository under {@code work} with this build's parent pom, annotations, processor and plugin. */
  static MavenBuilds in(Path work) throws IOException {
    String version = property("schemadrift.version");
    Path root = root();
    Path repository = work.resolve("repo");
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
    return new MavenBuilds(work, repository);
  }

  static Path root() {
    return Paths.get(property("schemadrift.rootDir")).toAbsolutePath().normalize();
  }

  /** Runs {@code mvn -B [-o] <arguments>} in {@code dir}. */
  Build mvn(Path dir, boolean offline, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(property("schemadrift.mavenHome"), "bin", "mvn").toString());
    command.add("-B");
    if (offline) {
      command.add("-o");
    }
    command.add("-Dmaven.repo.local=" + repository);
    command.add("-Dstyle.color=never");
    command.addAll(List.of(arguments));
    Path log = Files.createTempFile(work, "build", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
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

  /** Copies a folder, without its {@code target}. */
  static void copyTree(Path from, Path to) throws IOException {
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

  static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property " + name + " (set by the failsafe configuration)").isNotBlank();
    return value;
  }
}
