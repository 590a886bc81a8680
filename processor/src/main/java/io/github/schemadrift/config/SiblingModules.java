package io.github.schemadrift.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The module that holds the migrations and the configuration, when it is not the one being
 * compiled: a project directory without {@code src/main/resources/db/migration} and without an
 * {@code application.*} file, inside a Maven or Gradle build, uses the one sibling module that has
 * both. Several such siblings are an error that lists them.
 */
public final class SiblingModules {

  /**
   * The outcome.
   *
   * @param dir the directory to read the project's files from
   * @param note what was chosen and why, for the summary, or null when nothing changed
   * @param error the candidates when there are several, or null
   */
  public record Choice(Optional<Path> dir, String note, String error) {}

  private static final List<String> BUILD_FILES =
      List.of("pom.xml", "settings.gradle", "settings.gradle.kts", "build.gradle", "build.gradle.kts");
  private static final List<String> APPLICATION_FILES = List.of("application.properties", "application.yml", "application.yaml");

  private SiblingModules() {}

  public static Choice choose(Optional<Path> projectDir) {
    if (projectDir.isEmpty() || holdsProjectFiles(projectDir.get(), false)) {
      return new Choice(projectDir, null, null);
    }
    Path dir = projectDir.get().toAbsolutePath().normalize();
    Path parent = dir.getParent();
    if (parent == null || BUILD_FILES.stream().noneMatch(f -> Files.isRegularFile(parent.resolve(f)))) {
      return new Choice(projectDir, null, null);
    }
    List<Path> candidates = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, Files::isDirectory)) {
      for (Path sibling : siblings) {
        if (!sibling.equals(dir) && holdsProjectFiles(sibling, true)) {
          candidates.add(sibling);
        }
      }
    } catch (IOException e) {
      return new Choice(projectDir, "note: cannot list the sibling modules in " + parent + ": " + e.getMessage(), null);
    }
    candidates.sort(null);
    if (candidates.size() == 1) {
      Path chosen = candidates.get(0);
      return new Choice(Optional.of(chosen), "project files from sibling module " + parent.relativize(chosen)
          + " (" + dir.getFileName() + " has no db/migration and no application.*)", null);
    }
    if (candidates.size() > 1) {
      return new Choice(projectDir, null, "the project directory " + dir + " has no src/main/resources/db/migration and no"
          + " application.* file, and several sibling modules have both: "
          + String.join(", ", candidates.stream().map(c -> parent.relativize(c).toString()).toList())
          + "; name the one to read with -Aschemadrift.projectDir=<module> or the migrations with -Aschemadrift.migrations");
    }
    return new Choice(projectDir, null, null);
  }

  /** Whether a module has migrations or (with {@code both}: and) a Spring application file. */
  private static boolean holdsProjectFiles(Path module, boolean both) {
    Path resources = module.resolve("src/main/resources");
    boolean migrations = Files.isDirectory(resources.resolve("db/migration"));
    boolean application = APPLICATION_FILES.stream()
        .anyMatch(f -> Files.isRegularFile(resources.resolve(f)) || Files.isRegularFile(resources.resolve("config").resolve(f)));
    return both ? migrations && application : migrations || application;
  }
}
