package io.github.schemadrift.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads Spring Boot's configuration files from a resources folder the way Boot finds them:
 * {@code application.properties}, {@code application.yml} and {@code application.yaml}, in the
 * folder and in its {@code config/} subfolder, plus the profile files {@code application-<profile>.*}.
 * Multi-document files are split ({@code ---} in YAML, {@code #---} in properties) and each
 * document's {@code spring.config.activate.on-profile} marks its profile.
 *
 * <p>A reusable reader: anything that needs a Spring property (the dialect from
 * {@code spring.datasource.url}, the migration locations from {@code spring.flyway.locations},
 * placeholders) asks {@link Result#value} or walks {@link Result#files()}.
 */
public final class SpringConfigReader {

  /** What was read, highest precedence first within the default profile, and what could not be. */
  public record Result(List<ConfigFile> files, List<String> problems) {

    /** The files of the default profile (no profile), highest precedence first. */
    public List<ConfigFile> defaults() {
      return files.stream().filter(f -> f.profile() == null).toList();
    }

    /** The profile-specific files and documents. */
    public List<ConfigFile> profiles() {
      return files.stream().filter(f -> f.profile() != null).toList();
    }

    /**
     * The default profile's value of {@code key}, with {@code ${name:fallback}} placeholders
     * resolved against the default profile's properties, and the file that holds it.
     */
    public Optional<Map.Entry<ConfigFile, String>> value(String key) {
      for (ConfigFile file : defaults()) {
        String raw = file.properties().get(key);
        if (raw != null) {
          return Optional.of(Map.entry(file, resolve(raw, this::defaultRaw, 0)));
        }
      }
      return Optional.empty();
    }

    /**
     * The profiles Spring Boot would activate with no command line or environment, lowest
     * precedence first, as Boot's {@code Profiles} orders them: the default documents'
     * {@code spring.profiles.include}, then their {@code spring.profiles.active}; when neither
     * names one, {@code spring.profiles.default} (else {@code default}). Each profile is followed by
     * the members of its {@code spring.profiles.group.<name>}, recursively; a profile counts once.
     */
    public List<String> activeProfiles() {
      java.util.LinkedHashSet<String> activated = new java.util.LinkedHashSet<>(list("spring.profiles.include"));
      activated.addAll(list("spring.profiles.active"));
      if (activated.isEmpty()) {
        List<String> defaults = list("spring.profiles.default");
        activated.addAll(defaults.isEmpty() ? List.of("default") : defaults);
      }
      java.util.Deque<String> stack = new java.util.ArrayDeque<>();
      pushReversed(stack, new ArrayList<>(activated));
      java.util.LinkedHashSet<String> expanded = new java.util.LinkedHashSet<>();
      while (!stack.isEmpty()) {
        String current = stack.pop();
        if (expanded.add(current)) {
          pushReversed(stack, list("spring.profiles.group." + current));
        }
      }
      return List.copyOf(expanded);
    }

    private static void pushReversed(java.util.Deque<String> stack, List<String> items) {
      for (int i = items.size() - 1; i >= 0; i--) {
        stack.push(items.get(i));
      }
    }

    /** A list-valued property of the default documents: comma-separated, or a YAML list. */
    private List<String> list(String key) {
      Optional<Map.Entry<ConfigFile, String>> value = value(key);
      return value
          .map(e -> java.util.Arrays.stream(e.getValue().split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList())
          .orElse(List.of());
    }

    /**
     * The documents in force for these active profiles, highest precedence first: each profile's
     * documents (a later profile wins over an earlier one), then the default profile's.
     */
    public List<ConfigFile> effective(List<String> active) {
      List<ConfigFile> out = new ArrayList<>();
      for (int i = active.size() - 1; i >= 0; i--) {
        String profile = active.get(i);
        files.stream().filter(f -> profile.equals(f.profile())).forEach(out::add);
      }
      out.addAll(defaults());
      return out;
    }

    private String defaultRaw(String key) {
      for (ConfigFile file : defaults()) {
        String raw = file.properties().get(key);
        if (raw != null) {
          return raw;
        }
      }
      return null;
    }
  }

  private static final List<String> EXTENSIONS = List.of("properties", "yml", "yaml");
  private static final Pattern PROPERTIES_SEPARATOR = Pattern.compile("(?m)^[#!]---\\s*$");

  private SpringConfigReader() {}

  /** Reads every application file under {@code resources}; a missing folder gives no files. */
  public static Result read(Path resources) {
    List<ConfigFile> files = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (resources == null || !Files.isDirectory(resources)) {
      return new Result(files, problems);
    }
    // Boot's order: config/ beats the classpath root; within a folder .properties beats .yml.
    for (Path folder : List.of(resources.resolve("config"), resources)) {
      for (String extension : EXTENSIONS) {
        Path file = folder.resolve("application." + extension);
        if (Files.isRegularFile(file)) {
          readFile(file, null, files, problems);
        }
      }
    }
    for (Path folder : List.of(resources.resolve("config"), resources)) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      TreeSet<Path> profileFiles = new TreeSet<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "application-*.{properties,yml,yaml}")) {
        stream.forEach(profileFiles::add);
      } catch (IOException e) {
        problems.add("cannot list " + folder + ": " + e.getMessage());
      }
      for (Path file : profileFiles) {
        String name = file.getFileName().toString();
        String profile = name.substring("application-".length(), name.lastIndexOf('.'));
        readFile(file, profile, files, problems);
      }
    }
    return new Result(files, problems);
  }

  static void readFile(Path file, String fileProfile, List<ConfigFile> out, List<String> problems) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add("cannot read " + file + ": " + e.getMessage());
      return;
    }
    List<Map<String, String>> documents;
    try {
      documents = file.toString().endsWith(".properties") ? properties(text) : yaml(text);
    } catch (RuntimeException e) {
      problems.add("cannot read " + file + ": " + firstLine(e.getMessage()));
      return;
    }
    // Within one file a later document overrides an earlier one: keep the later first.
    for (int i = documents.size() - 1; i >= 0; i--) {
      Map<String, String> document = documents.get(i);
      String profile = document.getOrDefault("spring.config.activate.on-profile", document.get("spring.profiles"));
      if (profile == null) {
        profile = fileProfile;
      }
      if (profile != null) {
        // Spring Boot 2.4+ refuses these in a profile-specific document, so they are not followed
        document.keySet().stream()
            .filter(k -> k.equals("spring.profiles.include") || k.equals("spring.profiles.active")
                || k.equals("spring.profiles.default") || k.startsWith("spring.profiles.group."))
            .sorted()
            .forEach(k -> problems.add(file + ": '" + k + "' in a document for profile '" + fileProfileOrOwn(fileProfile, document)
                + "' is not followed: Spring Boot refuses it in a profile-specific document (InvalidConfigDataPropertyException);"
                + " move it to a document without a profile"));
      }
      out.add(new ConfigFile(file, profile, document));
    }
  }

  private static String fileProfileOrOwn(String fileProfile, Map<String, String> document) {
    return document.getOrDefault("spring.config.activate.on-profile", document.getOrDefault("spring.profiles", fileProfile));
  }

  /** The documents of a properties file; {@code #---} or {@code !---} on its own line separates them. */
  static List<Map<String, String>> properties(String text) {
    List<Map<String, String>> documents = new ArrayList<>();
    for (String part : PROPERTIES_SEPARATOR.split(text, -1)) {
      Properties properties = new Properties();
      try {
        properties.load(new StringReader(part));
      } catch (IOException e) {
        throw new IllegalStateException(e); // a StringReader does not fail
      }
      Map<String, String> document = new LinkedHashMap<>();
      for (String name : new TreeSet<>(properties.stringPropertyNames())) {
        document.put(name, properties.getProperty(name));
      }
      documents.add(document);
    }
    return documents;
  }

  /** The documents of a YAML file, each flattened to Spring's dotted keys ({@code a.b[0].c}). */
  static List<Map<String, String>> yaml(String text) {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<Map<String, String>> documents = new ArrayList<>();
    for (Object document : yaml.loadAll(text)) {
      Map<String, String> flat = new LinkedHashMap<>();
      if (document != null) {
        flatten("", document, flat);
      }
      documents.add(flat);
    }
    return documents;
  }

  private static void flatten(String prefix, Object value, Map<String, String> out) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        flatten(prefix.isEmpty() ? key : prefix + "." + key, e.getValue(), out);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        flatten(prefix + "[" + i + "]", list.get(i), out);
      }
      if (list.stream().noneMatch(v -> v instanceof Map || v instanceof List)) {
        out.put(prefix, String.join(",", list.stream().map(String::valueOf).toList()));
      }
    } else {
      out.put(prefix, value == null ? "" : String.valueOf(value));
    }
  }

  /**
   * Resolves {@code ${name}} and {@code ${name:fallback}} against {@code lookup}; an unknown name
   * without a fallback stays as written, so callers can tell that the value is not known.
   */
  static String resolve(String value, java.util.function.Function<String, String> lookup, int depth) {
    if (depth > 8 || value.indexOf("${") < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      int open = value.indexOf("${", i);
      if (open < 0) {
        out.append(value, i, value.length());
        break;
      }
      int close = matchingBrace(value, open + 2);
      if (close < 0) {
        out.append(value, i, value.length());
        break;
      }
      out.append(value, i, open);
      String body = value.substring(open + 2, close);
      int colon = topLevelColon(body);
      String name = (colon < 0 ? body : body.substring(0, colon)).trim();
      String found = lookup.apply(name);
      if (found != null) {
        out.append(resolve(found, lookup, depth + 1));
      } else if (colon >= 0) {
        out.append(resolve(body.substring(colon + 1), lookup, depth + 1));
      } else {
        out.append(value, open, close + 1);
      }
      i = close + 1;
    }
    return out.toString();
  }

  private static int matchingBrace(String text, int from) {
    int nesting = 0;
    for (int i = from; i < text.length(); i++) {
      if (text.startsWith("${", i)) {
        nesting++;
        i++;
      } else if (text.charAt(i) == '}') {
        if (nesting == 0) {
          return i;
        }
        nesting--;
      }
    }
    return -1;
  }

  private static int topLevelColon(String body) {
    int nesting = 0;
    for (int i = 0; i < body.length(); i++) {
      if (body.startsWith("${", i)) {
        nesting++;
        i++;
      } else if (body.charAt(i) == '}') {
        nesting--;
      } else if (body.charAt(i) == ':' && nesting == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Resolves placeholders in a profile document: its own properties first, then the defaults'. */
  public static String resolveIn(ConfigFile file, Result all, String raw) {
    return resolve(raw, k -> file.properties().containsKey(k) ? file.properties().get(k) : all.defaultRaw(k), 0);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
