package io.github.schemadrift.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Spring configuration files beyond {@code application.*}: the files the application files
 * themselves point at ({@code spring.config.import}, {@code spring.config.additional-location},
 * {@code spring.config.name}) and the files named with {@code -Aschemadrift.configFiles}, for
 * configuration that code loads where the processor cannot see it. Imported files and additional
 * locations come before the application files (Boot lets them override the files that name them);
 * other names and the option's files come after them.
 */
public final class SpringConfigSources {

  private static final List<String> EXTENSIONS = List.of("properties", "yml", "yaml");

  private SpringConfigSources() {}

  /**
   * @param resources the main resources folder, or null
   * @param projectDir the project directory, for relative paths; may be null
   * @param extraFiles the option's comma-separated files, or null
   */
  public static SpringConfigReader.Result read(Path resources, Path projectDir, String extraFiles) {
    return read(resources, projectDir, extraFiles, List.of());
  }

  /**
   * As {@link #read(Path, Path, String)}, with the files {@code @PropertySource} names on classes
   * of the compilation, after the application files (Spring adds them last, so they decide least).
   */
  public static SpringConfigReader.Result read(Path resources, Path projectDir, String extraFiles,
      List<SpringCode.PropertySourceRef> propertySources) {
    SpringConfigReader.Result base = SpringConfigReader.read(resources);
    List<ConfigFile> front = new ArrayList<>();
    List<ConfigFile> back = new ArrayList<>();
    List<String> problems = new ArrayList<>(base.problems());
    for (ConfigFile file : base.defaults()) {
      for (String location : values(file, "spring.config.import")) {
        imported(location, file.file().getParent(), resources, projectDir, front, problems);
      }
      for (String location : values(file, "spring.config.additional-location")) {
        additional(location, resources, projectDir, front, problems);
      }
      for (String name : values(file, "spring.config.name")) {
        if (!name.equals("application")) {
          named(name, resources, back, problems);
        }
      }
    }
    for (SpringCode.PropertySourceRef source : propertySources) {
      propertySource(source, resources, projectDir, back, problems);
    }
    for (String path : list(extraFiles)) {
      Path file = projectDir != null ? projectDir.resolve(path) : Path.of(path);
      if (Files.isRegularFile(file)) {
        SpringConfigReader.readFile(file, profileOf(file, null), back, problems);
      } else {
        problems.add("option -Aschemadrift.configFiles names " + path + ", which is no file");
      }
    }
    if (front.isEmpty() && back.isEmpty()) {
      return base.problems().size() == problems.size() ? base : new SpringConfigReader.Result(base.files(), problems);
    }
    List<ConfigFile> all = new ArrayList<>(front);
    all.addAll(base.files());
    all.addAll(back);
    return new SpringConfigReader.Result(all, problems);
  }

  /** One {@code spring.config.import} location: {@code optional:}, {@code classpath:}, {@code file:} or relative. */
  private static void imported(String location, Path importer, Path resources, Path projectDir, List<ConfigFile> out,
      List<String> problems) {
    boolean optional = location.startsWith("optional:");
    String rest = optional ? location.substring("optional:".length()) : location;
    Optional<Path> file = resolve(rest, importer, resources, projectDir);
    if (file.isEmpty()) {
      problems.add("spring.config.import '" + location + "' is not a file schemadrift reads (classpath:, file: or a path)");
    } else if (Files.isRegularFile(file.get())) {
      SpringConfigReader.readFile(file.get(), profileOf(file.get(), null), out, problems);
    } else if (!optional) {
      problems.add("spring.config.import '" + location + "' names " + file.get() + ", which does not exist");
    }
  }

  /**
   * One {@code @PropertySource} location: {@code classpath:}, {@code file:}, or a path without a
   * prefix, which Spring's resource loader takes from the class path. A missing file fails the
   * application's start unless {@code ignoreResourceNotFound}, so only then is it a problem.
   */
  private static void propertySource(SpringCode.PropertySourceRef source, Path resources, Path projectDir,
      List<ConfigFile> out, List<String> problems) {
    String location = source.location();
    String where = "@PropertySource('" + location + "') on " + source.place();
    if (location.contains("${")) {
      problems.add(where + " has a placeholder schemadrift cannot resolve; the file is not read");
      return;
    }
    boolean prefixed = location.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.*-]*:.*");
    Optional<Path> file = resolve(prefixed ? location : "classpath:" + location, projectDir, resources, projectDir);
    if (file.isEmpty()) {
      problems.add(where + " is not a file schemadrift reads (classpath:, file: or a path)");
    } else if (Files.isRegularFile(file.get())) {
      SpringConfigReader.readFile(file.get(), null, out, problems);
    } else if (!source.ignoreResourceNotFound()) {
      problems.add(where + " names " + file.get() + ", which does not exist");
    }
  }

  /** One {@code spring.config.additional-location}: a folder with {@code application.*}, or a file. */
  private static void additional(String location, Path resources, Path projectDir, List<ConfigFile> out, List<String> problems) {
    String rest = location.startsWith("optional:") ? location.substring("optional:".length()) : location;
    Optional<Path> path = resolve(rest, projectDir, resources, projectDir);
    if (path.isEmpty()) {
      return;
    }
    if (Files.isRegularFile(path.get())) {
      SpringConfigReader.readFile(path.get(), profileOf(path.get(), null), out, problems);
    } else if (Files.isDirectory(path.get())) {
      named("application", path.get(), out, problems);
    }
  }

  /** The {@code <name>.*} and {@code <name>-<profile>.*} files of a folder and its {@code config/}. */
  private static void named(String name, Path folder, List<ConfigFile> out, List<String> problems) {
    if (folder == null) {
      return;
    }
    for (Path dir : List.of(folder.resolve("config"), folder)) {
      for (String extension : EXTENSIONS) {
        Path file = dir.resolve(name + "." + extension);
        if (Files.isRegularFile(file)) {
          SpringConfigReader.readFile(file, null, out, problems);
        }
      }
      if (!Files.isDirectory(dir)) {
        continue;
      }
      TreeSet<Path> profileFiles = new TreeSet<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, name + "-*.{properties,yml,yaml}")) {
        stream.forEach(profileFiles::add);
      } catch (IOException e) {
        problems.add("cannot list " + dir + ": " + e.getMessage());
      }
      for (Path file : profileFiles) {
        SpringConfigReader.readFile(file, profileOf(file, name), out, problems);
      }
    }
  }

  private static Optional<Path> resolve(String location, Path relativeTo, Path resources, Path projectDir) {
    String lower = location.toLowerCase(Locale.ROOT);
    if (lower.startsWith("classpath:") || lower.startsWith("classpath*:")) {
      String path = location.substring(location.indexOf(':') + 1).replaceFirst("^/+", "");
      return resources == null ? Optional.empty() : Optional.of(resources.resolve(path));
    }
    if (lower.startsWith("file:")) {
      String path = location.substring("file:".length());
      Path p = Path.of(path);
      return Optional.of(p.isAbsolute() || projectDir == null ? p : projectDir.resolve(path).normalize());
    }
    if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.matches("^[a-z]:[\\\\/].*")) {
      return Optional.empty(); // configtree:, configserver:, vault: and other loaders
    }
    Path p = Path.of(location);
    return Optional.of(p.isAbsolute() || relativeTo == null ? p : relativeTo.resolve(location).normalize());
  }

  /** The profile a file name gives ({@code application-prod.yml}, {@code <name>-prod.yml}), or null. */
  private static String profileOf(Path file, String name) {
    String fileName = file.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    String prefix = (name != null ? name : "application") + "-";
    return stem.startsWith(prefix) && stem.length() > prefix.length() ? stem.substring(prefix.length()) : null;
  }

  /** A list-valued key: comma-separated, or a YAML list ({@code key[0]}, {@code key[1]}...). */
  private static List<String> values(ConfigFile file, String key) {
    List<String> out = new ArrayList<>(list(file.properties().get(key)));
    for (int i = 0; file.properties().containsKey(key + "[" + i + "]"); i++) {
      out.addAll(list(file.properties().get(key + "[" + i + "]")));
    }
    return out;
  }

  private static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split("[,;]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
