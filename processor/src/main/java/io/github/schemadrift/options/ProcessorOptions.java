package io.github.schemadrift.options;

import io.github.schemadrift.entity.NamingStrategy;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.rules.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated processor options. Values without which no meaningful check is possible fail fast:
 * {@link #errors()} names the option, the bad value and the valid ones, and the processor checks
 * nothing until they are fixed. A bad severity or flag is one of {@link #warnings()}: ignored, and
 * the check goes on.
 *
 * @param migrations the configured migration directories as written, empty when not set
 * @param dialect the SQL dialect
 * @param naming the physical naming strategy
 * @param projectDir the project directory option, or null
 * @param severities severity overrides by rule id
 * @param errors what was wrong with the options
 * @param report where to write SARIF, or null
 * @param fixMigration where to write the suggested migration, or null
 * @param placeholders Flyway placeholder values from {@code schemadrift.placeholders}, in order
 * @param schemaExport the file to write the replayed schema to as JSON, or null
 * @param listFolded whether findings folded into the summary are also printed one by one, as notes
 * @param warnings settings that were ignored, each naming the option: a severity entry, a flag; the
 *     check goes on without them, since one bad presentation setting leaves a meaningful check
 */
public record ProcessorOptions(
    List<String> migrations,
    Dialect dialect,
    NamingStrategy naming,
    String projectDir,
    Map<String, Severity> severities,
    List<String> errors,
    String report,
    String fixMigration,
    Map<String, String> placeholders,
    String schemaExport,
    boolean listFolded,
    List<String> warnings) {

  /** What a warning about an ignored setting adds: the check goes on without it. */
  private static final String IGNORED = "; the setting is ignored and the check goes on";

  public static ProcessorOptions parse(Map<String, String> raw, Collection<String> ruleIds) {
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> migrations =
        Optional.ofNullable(raw.get(ProcessorOption.MIGRATIONS.key()))
            .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
            .orElse(List.of());
    Dialect dialect = Dialect.POSTGRESQL;
    String dialectValue = raw.get(ProcessorOption.DIALECT.key());
    if (dialectValue != null) {
      Optional<Dialect> parsed = Dialect.fromOption(dialectValue);
      if (parsed.isEmpty()) {
        errors.add(invalid(ProcessorOption.DIALECT.key(), dialectValue, Dialect.optionValues()));
      } else {
        dialect = parsed.get();
      }
    }
    NamingStrategy naming = NamingStrategy.JPA;
    String namingValue = raw.get(ProcessorOption.NAMING.key());
    if (namingValue != null) {
      Optional<NamingStrategy> parsed = NamingStrategy.fromOption(namingValue);
      if (parsed.isEmpty()) {
        errors.add(invalid(ProcessorOption.NAMING.key(), namingValue, NamingStrategy.optionValues()));
      } else {
        naming = parsed.get();
      }
    }
    String hibernate = raw.get(ProcessorOption.HIBERNATE.key());
    if (hibernate != null && !io.github.schemadrift.config.HibernateVersion.OPTION_VALUES.contains(hibernate.trim())) {
      errors.add(invalid(ProcessorOption.HIBERNATE.key(), hibernate, String.join(", ", io.github.schemadrift.config.HibernateVersion.OPTION_VALUES)));
    }
    Map<String, Severity> severities = severities(raw, ruleIds, warnings);
    Map<String, String> placeholders =
        io.github.schemadrift.migration.Placeholders.parseOption(raw.get(ProcessorOption.PLACEHOLDERS.key()), errors);
    String schemaExport = raw.get(ProcessorOption.SCHEMA_EXPORT.key());
    if (schemaExport != null && schemaExport.isBlank()) {
      errors.add("option '" + ProcessorOption.SCHEMA_EXPORT.key() + "' is empty; give a file, e.g. target/schemadrift-schema.json");
      schemaExport = null;
    }
    return new ProcessorOptions(
        migrations,
        dialect,
        naming,
        raw.get(ProcessorOption.PROJECT_DIR.key()),
        severities,
        errors,
        raw.get(ProcessorOption.REPORT.key()),
        raw.get(ProcessorOption.FIX_MIGRATION.key()),
        placeholders,
        schemaExport,
        flag(raw, ProcessorOption.LIST_FOLDED.key(), warnings),
        warnings.stream().map(w -> w + IGNORED).toList());
  }

  private static boolean flag(Map<String, String> raw, String key, List<String> warnings) {
    String value = raw.get(key);
    if (!raw.containsKey(key) || value != null && value.trim().equalsIgnoreCase("false")) {
      return false;
    }
    if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("true")) {
      return true; // -Akey alone means true, as javac passes it without a value
    }
    warnings.add(invalid(key, value, "true, false"));
    return false;
  }

  /** The severity overrides of {@code schemadrift.severity} (a list), then of each {@code schemadrift.severity.<rule>}. */
  private static Map<String, Severity> severities(Map<String, String> raw, Collection<String> ruleIds, List<String> problems) {
    Map<String, Severity> severities = new LinkedHashMap<>();
    Map<String, String> idsByKey = new LinkedHashMap<>();
    for (String id : ruleIds) {
      idsByKey.put(ProcessorOption.severityKey(id), id);
      idsByKey.put(ProcessorOption.SEVERITY_PREFIX + id, id);
    }
    String list = raw.get(ProcessorOption.SEVERITY.key());
    if (list != null) {
      for (String item : list.split(",")) {
        if (item.isBlank()) {
          continue;
        }
        String[] parts = item.trim().split("[:=]", 2);
        String rule = parts[0].trim();
        if (!ruleIds.contains(rule) || parts.length < 2) {
          problems.add("option '" + ProcessorOption.SEVERITY.key() + "' has entry '" + item.trim()
              + "'; write rule:level with a rule from " + String.join(", ", ruleIds) + " and a level from " + Severity.OPTION_VALUES);
          continue;
        }
        severity(ProcessorOption.SEVERITY.key(), rule, parts[1], severities, problems);
      }
    }
    for (Map.Entry<String, String> e : raw.entrySet()) {
      String key = e.getKey();
      if (!key.startsWith(ProcessorOption.SEVERITY_PREFIX)) {
        continue;
      }
      String rule = idsByKey.get(key);
      if (rule == null) {
        problems.add("unknown rule in option '" + key + "'; valid options: "
            + ruleIds.stream().map(ProcessorOption::severityKey).reduce((a, b) -> a + ", " + b).orElse(""));
        continue;
      }
      severity(key, rule, e.getValue(), severities, problems);
    }
    return severities;
  }

  /**
   * Parses severity entries written as {@code rule:level} (rule ids as printed) from another
   * source than the options, such as {@code @SchemaDriftConfig(severities = ...)}, into {@code into};
   * problems go to {@code errors}, each naming {@code where}.
   */
  public static void parseSeverityEntries(
      String where, List<String> entries, Collection<String> ruleIds, Map<String, Severity> into, List<String> errors) {
    for (String item : entries) {
      String[] parts = item.trim().split("[:=]", 2);
      String rule = parts[0].trim();
      if (!ruleIds.contains(rule) || parts.length < 2) {
        errors.add(where + " has severity '" + item.trim() + "'; write rule:level with a rule from "
            + String.join(", ", ruleIds) + " and a level from " + Severity.OPTION_VALUES);
        continue;
      }
      Optional<Severity> severity = Severity.fromOption(parts[1]);
      if (severity.isEmpty()) {
        errors.add(where + " has severity '" + item.trim() + "'; valid levels: " + Severity.OPTION_VALUES);
      } else {
        into.put(rule, severity.get());
      }
    }
  }

  private static void severity(
      String key, String rule, String value, Map<String, Severity> severities, List<String> errors) {
    Optional<Severity> severity = Severity.fromOption(value == null ? "" : value);
    if (severity.isEmpty()) {
      errors.add(invalid(key, value, Severity.OPTION_VALUES));
    } else {
      severities.put(rule, severity.get());
    }
  }

  private static String invalid(String key, String value, String valid) {
    return "option '" + key + "' has unknown value '" + value + "'; valid values: " + valid;
  }
}
