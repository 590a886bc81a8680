package io.github.schemadrift.config;

import io.github.schemadrift.entity.NamingStrategy;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.options.ProcessorOption;
import io.github.schemadrift.options.ProcessorOptions;
import io.github.schemadrift.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Every setting the check runs with, each with where it came from. Precedence, highest first:
 * a {@code -Aschemadrift.*} option, then {@code @SchemaDriftConfig}, then what the project's own
 * files tell (Spring Boot's {@code application.*}, {@code flyway.conf}, drivers on the class path),
 * then the default.
 *
 * @param migrations the migration directories as written; empty means the default location
 * @param dialect the SQL dialect
 * @param naming the physical naming strategy
 * @param severities severity overrides by rule id, options over the annotation
 * @param placeholders Flyway placeholders from {@code @SchemaDriftConfig}
 * @param notes what the user should know about how the settings were found
 * @param errors what stops the check
 * @param warnings what is ignored while the check goes on (a bad severity entry of the annotation)
 */
public record ProjectConfig(
    Decision<List<String>> migrations,
    Decision<Dialect> dialect,
    Decision<NamingStrategy> naming,
    Map<String, Severity> severities,
    Map<String, String> placeholders,
    List<String> notes,
    List<Problem> errors,
    List<Problem> warnings) {

  /** A configuration error, placed on the annotation when it comes from one. */
  public record Problem(String message, Element element, AnnotationMirror mirror) {}

  public static final String DEFAULT_SOURCE = "default";

  /**
   * Resolves the settings.
   *
   * @param raw the raw {@code -A} options, to tell a set option from a default
   * @param options the validated options
   * @param annotations every {@code @SchemaDriftConfig} in the compilation
   * @param projectDir the project directory, if known
   * @param onClassPath whether a class is on the compile class path, for dialect detection
   * @param ruleIds every rule id, for severities
   */
  public static ProjectConfig resolve(
      Map<String, String> raw,
      ProcessorOptions options,
      List<AnnotationConfig> annotations,
      Optional<Path> projectDir,
      Predicate<String> onClassPath,
      Collection<String> ruleIds) {
    return resolve(raw, options, annotations, projectDir, onClassPath, ruleIds, SpringCode.NONE);
  }

  /** As above, with the {@code @PropertySource} files of the application's classes for dialect detection. */
  public static ProjectConfig resolve(
      Map<String, String> raw,
      ProcessorOptions options,
      List<AnnotationConfig> annotations,
      Optional<Path> projectDir,
      Predicate<String> onClassPath,
      Collection<String> ruleIds,
      SpringCode code) {
    List<Problem> errors = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    AnnotationConfig annotation = single(annotations, errors);
    String fromAnnotation = annotation == null ? null : "@SchemaDriftConfig on " + annotation.place();
    Decision<List<String>> migrations;
    if (raw.containsKey(ProcessorOption.MIGRATIONS.key())) {
      migrations = new Decision<>(options.migrations(), "option -A" + ProcessorOption.MIGRATIONS.key());
    } else if (annotation != null && !annotation.migrations().isEmpty()) {
      migrations = new Decision<>(annotation.migrations(), fromAnnotation);
    } else {
      migrations = new Decision<>(List.of(), DEFAULT_SOURCE);
    }
    Decision<Dialect> dialect = dialect(raw, options, annotation, errors);
    if (dialect == null) {
      Path resources = projectDir.map(p -> p.resolve("src/main/resources")).orElse(null);
      DialectDetector.Detection detection =
          DialectDetector.detect(SpringConfigSources.read(resources, projectDir.orElse(null),
              raw.get(ProcessorOption.CONFIG_FILES.key()), code.propertySources()), projectDir.orElse(null), onClassPath);
      notes.addAll(detection.notes());
      dialect = detection.dialect().orElseGet(defaultDialect());
    }
    Decision<NamingStrategy> naming = naming(raw, options, annotation, errors);
    // Severities: the annotation's first, then every option over it.
    // A bad entry is ignored with a warning, as a bad severity option is: the check itself is still meaningful.
    Map<String, Severity> severities = new LinkedHashMap<>();
    List<Problem> warnings = new ArrayList<>();
    if (annotation != null) {
      List<String> problems = new ArrayList<>();
      ProcessorOptions.parseSeverityEntries(fromAnnotation, annotation.severities(), ruleIds, severities, problems);
      for (String problem : problems) {
        warnings.add(new Problem(problem + "; the entry is ignored", annotation.element(), annotation.mirror()));
      }
    }
    severities.putAll(options.severities());
    Map<String, String> placeholders = placeholders(annotation, errors);
    return new ProjectConfig(migrations, dialect, naming, severities, placeholders, notes, errors, warnings);
  }

  /** The one {@code @SchemaDriftConfig}; with two or more, an error on each and none is used. */
  private static AnnotationConfig single(List<AnnotationConfig> annotations, List<Problem> errors) {
    if (annotations.size() <= 1) {
      return annotations.isEmpty() ? null : annotations.get(0);
    }
    StringBuilder places = new StringBuilder();
    List<AnnotationConfig> sorted = annotations.stream().sorted(java.util.Comparator.comparing(AnnotationConfig::place)).toList();
    for (AnnotationConfig a : sorted) {
      places.append(places.length() == 0 ? "" : " and ").append(a.place());
    }
    for (AnnotationConfig a : sorted) {
      errors.add(new Problem("two @SchemaDriftConfig in one compilation, on " + places
          + "; keep one (a -Aschemadrift.* option can override it)", a.element(), a.mirror()));
    }
    return null;
  }

  /** The dialect from the option, else the annotation; null when neither names one (detection decides). */
  private static Decision<Dialect> dialect(
      Map<String, String> raw, ProcessorOptions options, AnnotationConfig annotation, List<Problem> errors) {
    if (raw.containsKey(ProcessorOption.DIALECT.key())) {
      return new Decision<>(options.dialect(), "option -A" + ProcessorOption.DIALECT.key());
    }
    if (annotation == null || annotation.dialect().isEmpty()) {
      return null;
    }
    String fromAnnotation = "@SchemaDriftConfig on " + annotation.place();
    Optional<Dialect> parsed = Dialect.fromOption(annotation.dialect());
    if (parsed.isEmpty()) {
      errors.add(new Problem(fromAnnotation + " has dialect '" + annotation.dialect() + "'; valid values: "
          + Dialect.optionValues(), annotation.element(), annotation.mirror()));
      return null;
    }
    return new Decision<>(parsed.get(), fromAnnotation);
  }

  /** The naming from the option, else the annotation, else the default. */
  private static Decision<NamingStrategy> naming(
      Map<String, String> raw, ProcessorOptions options, AnnotationConfig annotation, List<Problem> errors) {
    if (raw.containsKey(ProcessorOption.NAMING.key())) {
      return new Decision<>(options.naming(), "option -A" + ProcessorOption.NAMING.key());
    }
    if (annotation != null && !annotation.naming().isEmpty()) {
      String fromAnnotation = "@SchemaDriftConfig on " + annotation.place();
      Optional<NamingStrategy> parsed = NamingStrategy.fromOption(annotation.naming());
      if (parsed.isPresent()) {
        return new Decision<>(parsed.get(), fromAnnotation);
      }
      errors.add(new Problem(fromAnnotation + " has naming '" + annotation.naming() + "'; valid values: "
          + NamingStrategy.optionValues(), annotation.element(), annotation.mirror()));
    }
    return new Decision<>(options.naming(), DEFAULT_SOURCE);
  }

  /** The annotation's Flyway placeholders, {@code name=value} each. */
  private static Map<String, String> placeholders(AnnotationConfig annotation, List<Problem> errors) {
    Map<String, String> placeholders = new LinkedHashMap<>();
    if (annotation == null) {
      return placeholders;
    }
    for (String entry : annotation.placeholders()) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        errors.add(new Problem("@SchemaDriftConfig on " + annotation.place() + " has placeholder '" + entry + "'; write name=value",
            annotation.element(), annotation.mirror()));
      } else {
        placeholders.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
      }
    }
    return placeholders;
  }

  private static Supplier<Decision<Dialect>> defaultDialect() {
    return () -> new Decision<>(Dialect.POSTGRESQL, DEFAULT_SOURCE
        + " (no spring.datasource.url, Hibernate connection URL or dialect, flyway.url, JDBC driver or Flyway"
        + " database module named one; set -Aschemadrift.dialect or @SchemaDriftConfig(dialect), or name the file"
        + " that holds the URL with -A" + ProcessorOption.CONFIG_FILES.key() + ")");
  }

  /** The same settings with the migrations decided elsewhere (Flyway's own configuration). */
  public ProjectConfig withMigrations(Decision<List<String>> decision) {
    return new ProjectConfig(decision, dialect, naming, severities, placeholders, notes, errors, warnings);
  }

  /** The same settings with the naming detected from the project. */
  public ProjectConfig withNaming(Decision<NamingStrategy> decision) {
    return new ProjectConfig(migrations, dialect, decision, severities, placeholders, notes, errors, warnings);
  }

  /**
   * The sentence the summary note ends with: every decision and where it came from, then the notes.
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append("dialect ").append(dialect.value().optionValue()).append(" from ").append(dialect.source());
    out.append("; migrations from ").append(migrations.source());
    out.append("; naming ").append(naming.value().optionValue()).append(" from ").append(naming.source());
    if (!placeholders.isEmpty()) {
      out.append("; placeholders ").append(String.join(", ", placeholders.keySet()))
          .append(" from @SchemaDriftConfig");
    }
    for (String note : notes) {
      out.append("; note: ").append(note);
    }
    return out.toString();
  }
}
