package io.github.schemadrift.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The places one family of settings (Flyway's, Hibernate's) can come from, highest precedence
 * first, and the lookup over them. Keys are compared the way Spring Boot's relaxed binding does:
 * case, dashes and underscores do not matter, so {@code sql-migration-prefix},
 * {@code sqlMigrationPrefix} and {@code sql_migration_prefix} are one key.
 */
public final class SettingSources {

  /**
   * One place: its settings with the family's prefix already removed ({@code sqlMigrationPrefix},
   * not {@code spring.flyway.sqlMigrationPrefix}), and how to name a key in it for the summary.
   *
   * @param prefix what goes before a key when it is named ({@code spring.flyway.}), or {@code ""}
   * @param where the file or annotation, or null for an option (then the key alone names it)
   * @param values the settings by key as written, prefix removed
   */
  public record Source(String prefix, String where, Map<String, String> values) {

    String describe(String key) {
      return where == null ? prefix + key : prefix + key + " in " + where;
    }
  }

  private final List<Source> sources = new ArrayList<>();

  /** Adds a source below those already added. */
  public SettingSources add(Source source) {
    if (!source.values().isEmpty()) {
      sources.add(source);
    }
    return this;
  }

  /** The highest-precedence value of the first of these keys any source holds, and where it is. */
  public Optional<Decision<String>> get(String... keys) {
    for (Source source : sources) {
      for (String key : keys) {
        String wanted = normalize(key);
        for (Map.Entry<String, String> e : source.values().entrySet()) {
          if (normalize(e.getKey()).equals(wanted)) {
            return Optional.of(new Decision<>(e.getValue(), source.describe(e.getKey())));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A map-valued setting such as {@code placeholders.*}: every entry under {@code name.}, names as
   * written, a higher source's entry over a lower one's (compared case-insensitively).
   */
  public Map<String, Decision<String>> map(String name) {
    String wanted = normalize(name) + ".";
    Map<String, Decision<String>> out = new LinkedHashMap<>();
    Map<String, String> seen = new LinkedHashMap<>();
    for (Source source : sources) {
      for (Map.Entry<String, String> e : source.values().entrySet()) {
        String key = e.getKey();
        int dot = key.indexOf('.');
        if (dot < 0 || !normalize(key.substring(0, dot + 1)).equals(wanted)) {
          continue;
        }
        String entry = key.substring(dot + 1);
        if (seen.putIfAbsent(entry.toLowerCase(Locale.ROOT), entry) == null) {
          out.put(entry, new Decision<>(e.getValue(), source.describe(key)));
        }
      }
    }
    return out;
  }

  /** Spring's relaxed form: lower case without dashes and underscores. */
  static String normalize(String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (char c : key.toCharArray()) {
      if (c != '-' && c != '_') {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * The settings under {@code prefix} in a flat map, prefix removed; {@code [i]} list entries are
   * joined with commas into the list's own key.
   */
  public static Map<String, String> under(Map<String, String> flat, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : flat.entrySet()) {
      if (!e.getKey().startsWith(prefix)) {
        continue;
      }
      String key = e.getKey().substring(prefix.length());
      int bracket = key.indexOf('[');
      if (bracket > 0 && key.endsWith("]") && key.indexOf('.', bracket) < 0) {
        lists.computeIfAbsent(key.substring(0, bracket), k -> new ArrayList<>()).add(e.getValue());
      } else {
        out.put(key, e.getValue());
      }
    }
    lists.forEach((k, v) -> out.putIfAbsent(k, String.join(",", v)));
    return out;
  }

  /** {@code key=value} entries, such as an annotation's, as a map; an entry without {@code =} is a problem. */
  public static Map<String, String> entries(List<String> entries, String where, List<String> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        problems.add(where + " has entry '" + entry + "'; write key=value");
      } else {
        out.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
      }
    }
    return out;
  }
}
