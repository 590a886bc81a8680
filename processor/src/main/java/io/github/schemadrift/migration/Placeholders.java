package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway's placeholder replacement: {@code ${name}} takes the configured value, and the built-ins
 * {@code ${flyway:defaultSchema}}, {@code ${flyway:user}}, {@code ${flyway:database}},
 * {@code ${flyway:timestamp}}, {@code ${flyway:filename}}, {@code ${flyway:workingDirectory}},
 * {@code ${flyway:table}} and {@code ${flyway:environment}} take a fixed stand-in unless
 * configured. Names compare case-insensitively, as Flyway's do. An unknown placeholder is replaced
 * by its own name and reported, so the statement still replays (Flyway would stop the migration).
 */
public final class Placeholders {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.:\\-]+)}");

  /** A placeholder without a value, and the 1-based line it is on. */
  public record Unknown(String name, int line) {}

  /** The script with the placeholders replaced, and those that had no value. */
  public record Replaced(String text, List<Unknown> unknown) {}

  private final Map<String, String> values;
  private final Dialect dialect;
  private final String prefix;
  private final Pattern pattern;

  private Placeholders(Map<String, String> values, Dialect dialect, String prefix, String suffix, boolean enabled) {
    this.values = values;
    this.dialect = dialect;
    this.prefix = enabled ? prefix : null;
    this.pattern = !enabled ? null
        : prefix.equals("${") && suffix.equals("}") ? PLACEHOLDER
        : Pattern.compile(Pattern.quote(prefix) + "([A-Za-z0-9_.:\\-]+)" + Pattern.quote(suffix));
  }

  /**
   * Placeholders with Flyway's {@code placeholderPrefix}/{@code placeholderSuffix}; with
   * {@code enabled} false ({@code placeholderReplacement=false}) scripts are replayed as written.
   */
  public static Placeholders of(
      Map<String, String> values, Dialect dialect, String prefix, String suffix, boolean enabled) {
    Map<String, String> lower = new LinkedHashMap<>();
    values.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    return new Placeholders(lower, dialect, prefix == null || prefix.isEmpty() ? "${" : prefix,
        suffix == null || suffix.isEmpty() ? "}" : suffix, enabled);
  }

  public static Placeholders none(Dialect dialect) {
    return of(Map.of(), dialect);
  }

  /** Placeholders with these values; later sources are merged by the caller. */
  public static Placeholders of(Map<String, String> values, Dialect dialect) {
    return of(values, dialect, "${", "}", true);
  }

  /** Parses {@code name=value,name=value}; an entry without {@code =} is returned as an error. */
  public static Map<String, String> parseOption(String option, List<String> errors) {
    Map<String, String> values = new LinkedHashMap<>();
    if (option == null || option.isBlank()) {
      return values;
    }
    for (String item : option.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      int eq = item.indexOf('=');
      if (eq <= 0) {
        errors.add("option 'schemadrift.placeholders' has entry '" + item.trim() + "'; write name=value,name=value");
        continue;
      }
      values.put(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
    }
    return values;
  }

  public Map<String, String> values() {
    return Map.copyOf(values);
  }

  public Replaced replace(String script, String fileName) {
    if (prefix == null || !script.contains(prefix)) {
      return new Replaced(script, List.of());
    }
    List<Unknown> unknown = new ArrayList<>();
    Matcher m = pattern.matcher(script);
    StringBuilder out = new StringBuilder(script.length());
    int last = 0;
    int lineAt = 0; // line is the line of offset lineAt: each unknown placeholder counts on from the last
    int line = 1;
    while (m.find()) {
      out.append(script, last, m.start());
      String name = m.group(1);
      String value = value(name, fileName);
      if (value == null) {
        line += newlines(script, lineAt, m.start());
        lineAt = m.start();
        unknown.add(new Unknown(name, line));
        value = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
      }
      out.append(value);
      last = m.end();
    }
    out.append(script.substring(last));
    return new Replaced(out.toString(), unknown);
  }

  private String value(String name, String fileName) {
    String configured = values.get(name.toLowerCase(Locale.ROOT));
    if (configured != null) {
      return configured;
    }
    switch (name.toLowerCase(Locale.ROOT)) {
      case "flyway:defaultschema":
        return switch (dialect) {
          case POSTGRESQL -> "public";
          case H2 -> "PUBLIC";
          case SQLSERVER -> "dbo";
          default -> "schemadrift";
        };
      case "flyway:user":
        return "schemadrift";
      case "flyway:database":
        return "schemadrift";
      case "flyway:timestamp":
        return "2000-01-01 00:00:00";
      case "flyway:filename":
        int slash = fileName.lastIndexOf('/');
        return slash < 0 ? fileName : fileName.substring(slash + 1);
      case "flyway:workingdirectory":
        return ".";
      case "flyway:table":
        return "flyway_schema_history";
      case "flyway:environment":
        return "default";
      default:
        return null;
    }
  }

  /** The line breaks in {@code text[from, to)}. */
  private static int newlines(String text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }
}
