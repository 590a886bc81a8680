package io.github.schemadrift.liquibase;

import io.github.schemadrift.config.AnnotationConfig;
import io.github.schemadrift.config.ConfigFile;
import io.github.schemadrift.config.Decision;
import io.github.schemadrift.config.FlywaySettings;
import io.github.schemadrift.config.SettingSources;
import io.github.schemadrift.config.SpringConfigReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * Where a project keeps its Liquibase changelog and how Liquibase would run it, each value with
 * where it was found. Highest precedence first: {@code -Aschemadrift.liquibase.<key>} options,
 * {@code @SchemaDriftConfig(liquibase = "key=value")}, Spring Boot's {@code spring.liquibase.*}
 * (active profiles, then the default profile), then {@code liquibase.properties}. Without any,
 * Spring Boot's default changelog {@code classpath:db/changelog/db.changelog-master.yaml} counts
 * when it exists. This class touches no Liquibase class: a Flyway project only reads files here.
 */
public final class LiquibaseSettings {

  /** Spring Boot's {@code spring.liquibase.change-log} default. */
  public static final String BOOT_DEFAULT_CHANGELOG = "classpath:db/changelog/db.changelog-master.yaml";

  private static final String OPTION_PREFIX = io.github.schemadrift.options.ProcessorOption.LIQUIBASE_PREFIX;

  private static final List<String> PROPERTY_FILES =
      List.of("liquibase.properties", "src/main/resources/liquibase.properties", "src/test/resources/liquibase.properties");

  private final SettingSources sources;
  private final List<Path> roots;
  private final List<String> problems;

  private LiquibaseSettings(SettingSources sources, List<Path> roots, List<String> problems) {
    this.sources = sources;
    this.roots = roots;
    this.problems = problems;
  }

  /**
   * Reads the settings.
   *
   * @param options the raw {@code -A} options
   * @param annotation {@code @SchemaDriftConfig(liquibase)} entries and where the annotation is, or null
   * @param spring the Spring application files
   * @param projectDir the project directory; null when unknown (then only an absolute changelog is found)
   */
  public static LiquibaseSettings read(
      Map<String, String> options,
      Map.Entry<String, List<String>> annotation,
      SpringConfigReader.Result spring,
      Path projectDir) {
    List<String> problems = new ArrayList<>();
    SettingSources sources = new SettingSources();
    Map<String, String> fromOptions = new LinkedHashMap<>();
    options.forEach((k, v) -> {
      if (k.startsWith(OPTION_PREFIX)) {
        fromOptions.put(k.substring(OPTION_PREFIX.length()), v == null ? "" : v);
      }
    });
    sources.add(new SettingSources.Source("option -A" + OPTION_PREFIX, null, fromOptions));
    if (annotation != null && !annotation.getValue().isEmpty()) {
      sources.add(new SettingSources.Source("", annotation.getKey(),
          SettingSources.entries(annotation.getValue(), annotation.getKey(), problems)));
    }
    for (ConfigFile file : spring.effective(spring.activeProfiles())) {
      Map<String, String> resolved = new LinkedHashMap<>();
      file.properties().forEach((k, v) -> resolved.put(k, SpringConfigReader.resolveIn(file, spring, v)));
      sources.add(new SettingSources.Source("spring.liquibase.", file.describe(projectDir),
          SettingSources.under(resolved, "spring.liquibase.")));
    }
    List<Path> roots = new ArrayList<>();
    if (projectDir != null) {
      for (String name : PROPERTY_FILES) {
        Path file = projectDir.resolve(name);
        if (Files.isRegularFile(file)) {
          sources.add(new SettingSources.Source("", name, liquibaseProperties(file, problems)));
        }
      }
      roots.addAll(FlywaySettings.resourceRoots(projectDir));
      roots.add(projectDir);
    }
    return new LiquibaseSettings(sources, roots, problems);
  }

  /** Reads the settings, with the {@code liquibase} entries of the one {@code @SchemaDriftConfig}, if any. */
  public static LiquibaseSettings read(
      Map<String, String> options, List<AnnotationConfig> annotations, SpringConfigReader.Result spring, Path projectDir) {
    Map.Entry<String, List<String>> entries = annotations.size() != 1 ? null
        : Map.entry("@SchemaDriftConfig on " + annotations.get(0).place() + " (liquibase)",
            annotationEntries(annotations.get(0).mirror()));
    return read(options, entries, spring, projectDir);
  }

  /** The {@code liquibase} attribute of a {@code @SchemaDriftConfig}: {@code key=value} entries. */
  private static List<String> annotationEntries(AnnotationMirror mirror) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("liquibase") && e.getValue().getValue() instanceof List<?> list) {
        for (Object item : list) {
          Object v = item instanceof AnnotationValue av ? av.getValue() : item;
          if (!String.valueOf(v).isBlank()) {
            out.add(String.valueOf(v).trim());
          }
        }
      }
    }
    return out;
  }

  /**
   * {@code liquibase.properties} with its keys as written ({@code changeLogFile}, {@code contexts},
   * {@code labelFilter}), the {@code liquibase.} and {@code liquibase.command.} prefixes removed;
   * {@code parameter.x} (and {@code liquibase.parameter.x}) become {@code parameters.x}.
   */
  private static Map<String, String> liquibaseProperties(Path file, List<String> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      problems.add("cannot read " + file.getFileName() + ": " + e.getMessage());
      return out;
    }
    for (String key : p.stringPropertyNames()) {
      String bare = key.replaceFirst("^liquibase\\.(command\\.)?", "");
      String normal = bare.toLowerCase(java.util.Locale.ROOT).replace("-", "");
      String value = p.getProperty(key).trim();
      if (normal.startsWith("parameter.")) {
        out.put("parameters." + bare.substring("parameter.".length()), value);
      } else {
        out.put(bare, value);
      }
    }
    return out;
  }

  /** What could not be read, for the summary. */
  public List<String> problems() {
    return problems;
  }

  /** A setting and where it came from; Spring's older names ({@code labels}) count too. */
  public Optional<Decision<String>> get(String... keys) {
    return sources.get(keys);
  }

  /** Whether a changelog exists and Liquibase is enabled: then the replay waits for its generation. */
  public boolean active() {
    return enabled() && changelog().map(c -> c.file() != null).orElse(false);
  }

  /** Whether {@code spring.liquibase.enabled} (or its option) leaves Liquibase on; Boot's default is on. */
  public boolean enabled() {
    return get("enabled").map(d -> !d.value().trim().equalsIgnoreCase("false")).orElse(true);
  }

  /** The changelog parameters: {@code spring.liquibase.parameters.*} and {@code liquibase.properties}' {@code parameter.*}. */
  public Map<String, Decision<String>> parameters() {
    return sources.map("parameters");
  }

  /** The contexts to run, or null for Liquibase's default (every changeSet, whatever its context). */
  public Decision<String> contexts() {
    return get("contexts").filter(d -> !d.value().isBlank()).orElse(null);
  }

  /** The label filter, or null for Liquibase's default (every changeSet, whatever its labels). */
  public Decision<String> labels() {
    return get("labelFilter", "labels").filter(d -> !d.value().isBlank()).orElse(null);
  }

  /**
   * The changelog: the configured one (found or not: a configured changelog that is missing is a
   * problem to report), else Spring Boot's default when that file exists, else empty.
   */
  public Optional<Changelog> changelog() {
    Optional<Decision<String>> set = get("changeLog", "changeLogFile");
    if (set.isPresent() && !set.get().value().isBlank()) {
      String path = set.get().value().trim();
      return Optional.of(new Changelog(path, set.get().source(), locate(path)));
    }
    Path found = locate(BOOT_DEFAULT_CHANGELOG);
    return found == null
        ? Optional.empty()
        : Optional.of(new Changelog(BOOT_DEFAULT_CHANGELOG, "Spring Boot's default spring.liquibase.change-log", found));
  }

  /** The resource roots a {@code classpath:} changelog and its includes are looked up in. */
  public List<Path> roots() {
    return roots;
  }

  /** The file of a changelog path: absolute, {@code classpath:} in a resource root, or relative to the project. */
  private Path locate(String configured) {
    boolean classpath = configured.matches("^classpath\\*?:.*");
    String path = configured.replaceFirst("^classpath\\*?:", "").replaceFirst("^file:", "");
    Path direct = Path.of(path);
    if (!classpath && direct.isAbsolute()) {
      if (!Files.isRegularFile(direct)) {
        return null;
      }
      // a changelog outside the resource roots: its folder is its classpath root, as for the Liquibase CLI
      if (!roots.contains(direct.getParent())
          && roots.subList(0, Math.max(0, roots.size() - 1)).stream().noneMatch(direct::startsWith)) {
        roots.add(0, direct.getParent());
      }
      return direct;
    }
    String relative = path.replaceFirst("^/+", "");
    for (Path root : roots) {
      Path candidate = root.resolve(relative).normalize();
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * A changelog as configured.
   *
   * @param configured the path as written ({@code classpath:db/changelog/db.changelog-master.yaml})
   * @param source where it was configured
   * @param file the file found, or null when none exists
   */
  public record Changelog(String configured, String source, Path file) {

    /** The file's path relative to the root it was found in: what Liquibase names it by. */
    public String resourcePath(List<Path> roots) {
      for (Path root : roots) {
        if (file.startsWith(root)) {
          return root.relativize(file).toString().replace('\\', '/');
        }
      }
      return file.getFileName().toString();
    }
  }
}
