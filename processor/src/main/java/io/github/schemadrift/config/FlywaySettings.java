package io.github.schemadrift.config;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationDiscovery;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flyway settings that change what a fresh {@code flyway migrate} runs, read from wherever the
 * project keeps them. Highest precedence first: {@code -Aschemadrift.flyway.<key>} options,
 * {@code @SchemaDriftConfig(flyway = "key=value")}, Spring Boot's {@code spring.flyway.*} (active
 * profiles, then the default profile), {@code flyway.conf} ({@code flyway.*}) and
 * {@code flyway.toml} ({@code [flyway]} and the environment's table). Keys are Flyway's own names
 * ({@code sqlMigrationPrefix}); Spring's dashed forms are the same key.
 */
public final class FlywaySettings {

  /** Every key read, with Flyway's default; {@code null} means "none". */
  public static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("locations", "classpath:db/migration");
    DEFAULTS.put("sqlMigrationPrefix", "V");
    DEFAULTS.put("sqlMigrationSeparator", "__");
    DEFAULTS.put("sqlMigrationSuffixes", ".sql");
    DEFAULTS.put("repeatableSqlMigrationPrefix", "R");
    DEFAULTS.put("baselineMigrationPrefix", "B");
    DEFAULTS.put("undoSqlMigrationPrefix", "U");
    DEFAULTS.put("placeholderPrefix", "${");
    DEFAULTS.put("placeholderSuffix", "}");
    DEFAULTS.put("placeholderReplacement", "true");
    DEFAULTS.put("defaultSchema", null);
    DEFAULTS.put("schemas", null);
    DEFAULTS.put("user", null);
    DEFAULTS.put("baselineVersion", null);
    DEFAULTS.put("failOnMissingLocations", "false");
  }

  private static final Pattern TOML_SECTION = Pattern.compile("^\\[\\s*([^\\]]+?)\\s*]$");
  private static final Pattern TOML_ENTRY = Pattern.compile("^([A-Za-z0-9_.\\-\"]+)\\s*=\\s*(.*)$");

  private final SettingSources sources;
  private final List<String> problems;

  private FlywaySettings(SettingSources sources, List<String> problems) {
    this.sources = sources;
    this.problems = problems;
  }

  /**
   * Reads the settings.
   *
   * @param options the raw {@code -A} options
   * @param annotation {@code @SchemaDriftConfig(flyway)} entries and where the annotation is, or null
   * @param spring the Spring application files
   * @param projectDir the project directory, for {@code flyway.conf}/{@code flyway.toml}; may be null
   */
  public static FlywaySettings read(
      Map<String, String> options,
      Map.Entry<String, List<String>> annotation,
      SpringConfigReader.Result spring,
      Path projectDir) {
    List<String> problems = new ArrayList<>();
    SettingSources sources = new SettingSources();
    sources.add(new SettingSources.Source("option -Aschemadrift.flyway.", null, optionSource(options, "schemadrift.flyway.")));
    if (annotation != null) {
      sources.add(new SettingSources.Source("", annotation.getKey(),
          SettingSources.entries(annotation.getValue(), annotation.getKey(), problems)));
    }
    for (ConfigFile file : spring.effective(spring.activeProfiles())) {
      Map<String, String> resolved = new LinkedHashMap<>();
      file.properties().forEach((k, v) -> resolved.put(k, SpringConfigReader.resolveIn(file, spring, v)));
      sources.add(new SettingSources.Source("spring.flyway.", file.describe(projectDir),
          SettingSources.under(resolved, "spring.flyway.")));
    }
    if (projectDir != null) {
      for (String name : List.of("flyway.conf", "conf/flyway.conf", "src/main/resources/flyway.conf")) {
        Path file = projectDir.resolve(name);
        if (Files.isRegularFile(file)) {
          sources.add(new SettingSources.Source("flyway.", name, SettingSources.under(properties(file, problems), "flyway.")));
        }
      }
      for (String name : List.of("flyway.toml", "conf/flyway.toml")) {
        Path file = projectDir.resolve(name);
        if (Files.isRegularFile(file)) {
          sources.add(new SettingSources.Source("flyway.", name, toml(file, problems)));
        }
      }
    }
    return new FlywaySettings(sources, problems);
  }

  /** The options under {@code prefix}, the prefix removed. */
  static Map<String, String> optionSource(Map<String, String> options, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    options.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v == null ? "" : v);
      }
    });
    return out;
  }

  /** What could not be read, for the summary. */
  public List<String> problems() {
    return problems;
  }

  /** A setting and where it came from, or Flyway's default. */
  public Decision<String> get(String key) {
    return sources.get(key).orElse(new Decision<>(DEFAULTS.get(key), ProjectConfig.DEFAULT_SOURCE));
  }

  /** Whether the setting was found anywhere (not Flyway's default). */
  public boolean isSet(String key) {
    return sources.get(key).isPresent();
  }

  /** Whether Flyway fails on a location that does not exist ({@code failOnMissingLocations}); else it only logs it. */
  public boolean failOnMissingLocations() {
    return "true".equalsIgnoreCase(String.valueOf(get("failOnMissingLocations").value()).trim());
  }

  /** A comma-separated setting as a list of trimmed, non-empty items. */
  public List<String> list(String key) {
    String value = get(key).value();
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The {@code placeholders.*} values, higher sources first. */
  public Map<String, Decision<String>> placeholders() {
    return sources.map("placeholders");
  }

  /** The file-name rules of the migrations. */
  public MigrationDiscovery.Naming naming() {
    return new MigrationDiscovery.Naming(
        get("sqlMigrationPrefix").value(),
        get("sqlMigrationSeparator").value(),
        list("sqlMigrationSuffixes"),
        get("repeatableSqlMigrationPrefix").value(),
        get("baselineMigrationPrefix").value(),
        get("undoSqlMigrationPrefix").value());
  }

  /** The schema unqualified names land in: {@code defaultSchema}, else the first of {@code schemas}. */
  public Optional<Decision<String>> defaultSchema() {
    if (isSet("defaultSchema") && !get("defaultSchema").value().isBlank()) {
      return Optional.of(get("defaultSchema"));
    }
    List<String> schemas = list("schemas");
    return schemas.isEmpty() ? Optional.empty() : Optional.of(new Decision<>(schemas.get(0), get("schemas").source()));
  }

  /**
   * The settings that differ from Flyway's defaults, each with where it came from, for the summary
   * note: {@code flyway sqlMigrationPrefix '' from flyway.sqlMigrationPrefix in flyway.conf}.
   */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    for (String key : DEFAULTS.keySet()) {
      if (!key.equals("locations") && isSet(key)) {
        Decision<String> d = get(key);
        out.add("flyway " + key + " '" + d.value() + "' from " + d.source());
      }
    }
    Map<String, Decision<String>> placeholders = placeholders();
    if (!placeholders.isEmpty()) {
      List<String> names = new ArrayList<>();
      placeholders.forEach((k, d) -> names.add(k + " from " + d.source()));
      out.add("flyway placeholders " + String.join(", ", names));
    }
    return out;
  }

  /**
   * The locations resolved to folders: {@code {vendor}} becomes the dialect's name,
   * {@code classpath:} is looked up in every resource root, {@code filesystem:} against the project.
   * A location in no resource root is kept where the first root would hold it, so the missing
   * folder is reported.
   */
  public static List<String> resolveLocations(List<String> entries, Path projectDir, Dialect dialect) {
    List<String> out = new ArrayList<>();
    List<Path> roots = resourceRoots(projectDir);
    for (String raw : entries) {
      String entry = raw.trim().replace("{vendor}", dialect.optionValue());
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.startsWith("filesystem:")) {
        out.add(projectDir.resolve(entry.substring("filesystem:".length())).normalize().toString());
        continue;
      }
      String path = (entry.startsWith("classpath:") ? entry.substring("classpath:".length()) : entry).replaceFirst("^/+", "");
      List<Path> found = new ArrayList<>();
      for (Path root : roots) {
        Path candidate = root.resolve(path).normalize();
        if (Files.isDirectory(candidate)) {
          found.add(candidate);
        }
      }
      if (found.isEmpty()) {
        found.add(roots.get(0).resolve(path).normalize());
      }
      found.forEach(p -> out.add(p.toString()));
    }
    return out;
  }

  /**
   * Where {@code classpath:} resources live: {@code src/main/resources}, then the resource
   * directories a Maven {@code pom.xml} declares, then {@code src/main/java} (Flyway also finds SQL
   * files there when a build copies them).
   */
  public static List<Path> resourceRoots(Path projectDir) {
    List<Path> roots = new ArrayList<>();
    roots.add(projectDir.resolve("src/main/resources"));
    Path pom = projectDir.resolve("pom.xml");
    if (Files.isRegularFile(pom)) {
      try {
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        Matcher resources = Pattern.compile("(?s)<resources>(.*?)</resources>").matcher(text);
        while (resources.find()) {
          Matcher dir = Pattern.compile("<directory>\\s*([^<]+?)\\s*</directory>").matcher(resources.group(1));
          while (dir.find()) {
            Path root = projectDir.resolve(dir.group(1).replace("${project.basedir}/", "").replace("${basedir}/", "")).normalize();
            if (!roots.contains(root)) {
              roots.add(root);
            }
          }
        }
      } catch (IOException e) {
        // no pom to read: the standard root still applies
      }
    }
    Path java = projectDir.resolve("src/main/java");
    if (!roots.contains(java)) {
      roots.add(java);
    }
    return roots;
  }

  private static Map<String, String> properties(Path file, List<String> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(reader);
      p.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, p.getProperty(k)));
    } catch (IOException | IllegalArgumentException e) {
      problems.add("cannot read " + file + ": " + e.getMessage());
    }
    return out;
  }

  /**
   * The Flyway settings of a {@code flyway.toml}: the {@code [flyway]} table (and its
   * {@code [flyway.placeholders]}), then the environment's table ({@code [environments.<name>]},
   * the name from {@code flyway.environment}, else {@code default}) for {@code url}, {@code user}
   * and {@code schemas}. Single-line values only: strings, booleans, numbers, arrays of strings.
   */
  static Map<String, String> toml(Path file, List<String> problems) {
    Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add("cannot read " + file + ": " + e.getMessage());
      return Map.of();
    }
    String table = "";
    for (String raw : lines) {
      String line = stripComment(raw).trim();
      if (line.isEmpty()) {
        continue;
      }
      Matcher section = TOML_SECTION.matcher(line);
      if (section.matches()) {
        table = section.group(1).replace("\"", "");
        continue;
      }
      Matcher entry = TOML_ENTRY.matcher(line);
      if (entry.matches()) {
        String key = entry.group(1).replace("\"", "");
        String full = table.isEmpty() ? key : table + "." + key;
        int dot = full.lastIndexOf('.');
        tables.computeIfAbsent(dot < 0 ? "" : full.substring(0, dot), k -> new LinkedHashMap<>())
            .put(full.substring(dot + 1), tomlValue(entry.group(2).trim()));
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    tables.getOrDefault("flyway", Map.of()).forEach(out::put);
    tables.getOrDefault("flyway.placeholders", Map.of()).forEach((k, v) -> out.put("placeholders." + k, v));
    String environment = out.getOrDefault("environment", "default");
    tables.getOrDefault("environments." + environment, Map.of()).forEach(out::putIfAbsent);
    return out;
  }

  private static String stripComment(String line) {
    boolean inString = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inString && c == quote) {
        inString = false;
      } else if (!inString && (c == '"' || c == '\'')) {
        inString = true;
        quote = c;
      } else if (!inString && c == '#') {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static String tomlValue(String value) {
    if (value.startsWith("[") && value.endsWith("]")) {
      List<String> items = new ArrayList<>();
      for (String item : value.substring(1, value.length() - 1).split(",")) {
        if (!item.isBlank()) {
          items.add(tomlValue(item.trim()));
        }
      }
      return String.join(",", items);
    }
    if (value.length() >= 2
        && ((value.startsWith("\"") && value.endsWith("\"")) || (value.startsWith("'") && value.endsWith("'")))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
