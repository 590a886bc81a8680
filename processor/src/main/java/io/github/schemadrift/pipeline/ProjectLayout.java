package io.github.schemadrift.pipeline;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the project directory and the migration locations. The project directory is the nearest
 * folder with a {@code pom.xml} or {@code build.gradle(.kts)} above the class output location (so
 * it works for Maven, Gradle and IDE builds alike), else above the working directory.
 */
final class ProjectLayout {

  static final String DEFAULT_LOCATION = "src/main/resources/db/migration";

  /**
   * The resolved locations; the paths tried when one does not exist, as errors when no check is
   * possible (none exists, or Flyway's {@code failOnMissingLocations} is set), else as warnings.
   */
  record Locations(List<Path> existing, List<String> errors, List<String> warnings) {
    Locations(List<Path> existing, List<String> errors) {
      this(existing, errors, List.of());
    }
  }

  private ProjectLayout() {}

  static Optional<Path> projectDir(Filer filer, String option) {
    if (option != null && !option.isBlank()) {
      return Optional.of(Paths.get(option).toAbsolutePath().normalize());
    }
    Optional<Path> fromOutput = classOutput(filer).flatMap(ProjectLayout::nearestBuildFile);
    if (fromOutput.isPresent()) {
      return fromOutput;
    }
    return nearestBuildFile(Paths.get("").toAbsolutePath());
  }

  static Locations locations(Optional<Path> projectDir, List<String> configured) {
    return locations(projectDir, configured, "-Aschemadrift.migrations", false);
  }

  /**
   * As {@link #locations(Optional, List)}, with {@code source} naming where the configured
   * directories were written, so that a message says what to fix. A configured location that does
   * not exist is a warning while another one exists, as Flyway only logs it; it is an error when
   * {@code failOnMissing} (Flyway's {@code failOnMissingLocations}) is set or none exists, since
   * without migrations every entity would look unmigrated.
   */
  static Locations locations(Optional<Path> projectDir, List<String> configured, String source, boolean failOnMissing) {
    List<Path> existing = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    if (configured.isEmpty()) {
      if (projectDir.isEmpty()) {
        errors.add("cannot find the project directory (no pom.xml or build.gradle above the class output or working directory) to look for "
            + DEFAULT_LOCATION + "; set -Aschemadrift.migrations=<directory>");
        return new Locations(existing, errors);
      }
      Path candidate = projectDir.get().resolve(DEFAULT_LOCATION);
      if (Files.isDirectory(candidate)) {
        existing.add(candidate);
      } else {
        errors.add("no migrations directory: tried '" + candidate + "'; put the migrations there or set -Aschemadrift.migrations=<directory>[,<directory>...]");
      }
      return new Locations(existing, errors);
    }
    for (String entry : configured) {
      Path path = Paths.get(entry);
      if (!path.isAbsolute() && projectDir.isPresent()) {
        path = projectDir.get().resolve(path);
      }
      path = path.toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        existing.add(path);
      } else {
        errors.add("migrations directory '" + entry + "' does not exist: tried '" + path + "'"
            + (Files.exists(path) ? " (it is a file)" : "")
            + "; fix " + source + " (directories, absolute or relative to "
            + projectDir.map(Path::toString).orElse("the working directory") + ")");
      }
    }
    if (!errors.isEmpty() && !existing.isEmpty() && !failOnMissing) {
      List<String> warnings = errors.stream()
          .map(e -> e + "; the other locations are replayed, as Flyway does unless failOnMissingLocations is set")
          .toList();
      return new Locations(existing, List.of(), warnings);
    }
    if (failOnMissing && !existing.isEmpty()) {
      errors.replaceAll(e -> e + "; Flyway's failOnMissingLocations is set, so Flyway fails on it too");
    }
    return new Locations(existing, errors);
  }

  private static Optional<Path> classOutput(Filer filer) {
    try {
      FileObject probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "schemadrift.probe");
      URI uri = probe.toUri();
      if (!"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      return Optional.of(Paths.get(uri).getParent());
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // in-memory file managers and some IDEs have no output folder
    }
  }

  private static Optional<Path> nearestBuildFile(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          || Files.isRegularFile(dir.resolve("build.gradle"))
          || Files.isRegularFile(dir.resolve("build.gradle.kts"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }
}
