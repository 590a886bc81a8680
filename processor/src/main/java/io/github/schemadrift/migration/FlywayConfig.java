package io.github.schemadrift.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The Flyway settings a project already has: {@code spring.flyway.locations} and
 * {@code spring.flyway.placeholders.*} from {@code src/main/resources/application.properties} or
 * {@code application.yml}/{@code .yaml}, and {@code flyway.locations} and
 * {@code flyway.placeholders.*} from {@code flyway.conf} (project root or {@code conf/}). Processor
 * options win over all of these; the processor only falls back to them.
 *
 * <p>The YAML reader understands the block mappings and lists such files use for these keys, not
 * YAML in general; anything else is skipped.
 *
 * @param locations the migration directories, resolved against the project ({@code classpath:} in
 *     {@code src/main/resources}, {@code filesystem:} against the project directory)
 * @param placeholders placeholder values by name
 * @param sources the files that were read, for messages
 */
public record FlywayConfig(List<Path> locations, Map<String, String> placeholders, List<Path> sources) {

  private static final String RESOURCES = "src/main/resources";

  public static FlywayConfig read(Path projectDir) {
    List<Path> sources = new ArrayList<>();
    Map<String, String> flat = new LinkedHashMap<>();
    for (String conf : List.of("flyway.conf", "conf/flyway.conf")) {
      Path file = projectDir.resolve(conf);
      if (Files.isRegularFile(file)) {
        sources.add(file);
        properties(file).forEach((k, v) -> flat.put(k.replaceFirst("^flyway\\.", "spring.flyway."), v));
      }
    }
    Path properties = projectDir.resolve(RESOURCES).resolve("application.properties");
    if (Files.isRegularFile(properties)) {
      sources.add(properties);
      flat.putAll(properties(properties));
    }
    for (String yml : List.of("application.yml", "application.yaml")) {
      Path file = projectDir.resolve(RESOURCES).resolve(yml);
      if (Files.isRegularFile(file)) {
        sources.add(file);
        flat.putAll(yaml(file));
      }
    }
    List<Path> locations = new ArrayList<>();
    String value = flat.get("spring.flyway.locations");
    List<String> entries = new ArrayList<>();
    if (value != null) {
      for (String part : value.split(",")) {
        entries.add(part.trim());
      }
    }
    for (int i = 0; flat.containsKey("spring.flyway.locations[" + i + "]"); i++) {
      entries.add(flat.get("spring.flyway.locations[" + i + "]").trim());
    }
    for (String entry : entries) {
      if (entry.isEmpty() || entry.contains("{vendor}")) {
        continue;
      }
      if (entry.startsWith("filesystem:")) {
        locations.add(projectDir.resolve(entry.substring("filesystem:".length())).normalize());
      } else {
        String path = entry.startsWith("classpath:") ? entry.substring("classpath:".length()) : entry;
        locations.add(projectDir.resolve(RESOURCES).resolve(path.replaceFirst("^/", "")).normalize());
      }
    }
    Map<String, String> placeholders = new LinkedHashMap<>();
    flat.forEach(
        (k, v) -> {
          if (k.startsWith("spring.flyway.placeholders.")) {
            placeholders.put(k.substring("spring.flyway.placeholders.".length()), v);
          }
        });
    return new FlywayConfig(List.copyOf(locations), placeholders, List.copyOf(sources));
  }

  private static Map<String, String> properties(Path file) {
    Map<String, String> out = new LinkedHashMap<>();
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(reader);
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    } catch (IOException | RuntimeException e) {
      // unreadable configuration: the processor options and defaults still apply
    }
    return out;
  }

  /** Flattens block mappings to dotted keys; list items become {@code key[i]}. */
  static Map<String, String> yaml(Path file) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return out;
    }
    Deque<int[]> indents = new ArrayDeque<>();
    Deque<String> keys = new ArrayDeque<>();
    Map<String, Integer> listIndex = new LinkedHashMap<>();
    for (String raw : lines) {
      String line = raw.replaceFirst("\\s+#.*$", "");
      if (line.isBlank() || line.trim().startsWith("#") || line.trim().equals("---")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      String text = line.trim();
      boolean item = text.startsWith("- ");
      while (!indents.isEmpty() && (item ? indents.peek()[0] > indent : indents.peek()[0] >= indent)) {
        indents.pop();
        keys.pop();
      }
      String prefix = String.join(".", reversed(keys));
      if (item) {
        int i = listIndex.merge(prefix, 1, Integer::sum) - 1;
        out.put(prefix + "[" + i + "]", unquote(text.substring(2).trim()));
        continue;
      }
      int colon = text.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = text.substring(0, colon).trim();
      String value = text.substring(colon + 1).trim();
      String full = prefix.isEmpty() ? key : prefix + "." + key;
      if (value.isEmpty()) {
        indents.push(new int[] {indent});
        keys.push(key);
      } else {
        out.put(full, unquote(value));
      }
    }
    return out;
  }

  private static List<String> reversed(Deque<String> keys) {
    List<String> list = new ArrayList<>(keys);
    java.util.Collections.reverse(list);
    return list;
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && ((value.startsWith("\"") && value.endsWith("\"")) || (value.startsWith("'") && value.endsWith("'")))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
