package io.github.schemadrift.pipeline;

import io.github.schemadrift.config.AnnotationConfig;
import io.github.schemadrift.config.Decision;
import io.github.schemadrift.config.FlywaySettings;
import io.github.schemadrift.config.HibernateSettings;
import io.github.schemadrift.config.HibernateVersion;
import io.github.schemadrift.config.NamingEvidence;
import io.github.schemadrift.config.ProjectConfig;
import io.github.schemadrift.config.SchemaSettings;
import io.github.schemadrift.config.SiblingModules;
import io.github.schemadrift.config.SpringCode;
import io.github.schemadrift.config.SpringConfigReader;
import io.github.schemadrift.entity.CustomNaming;
import io.github.schemadrift.entity.ImplicitNaming;
import io.github.schemadrift.entity.NamingDetection;
import io.github.schemadrift.liquibase.LiquibaseSettings;
import io.github.schemadrift.migration.UserSchemaCache;
import io.github.schemadrift.options.ProcessorOption;
import io.github.schemadrift.options.ProcessorOptions;
import io.github.schemadrift.rules.Messages;
import io.github.schemadrift.rules.RuleDescriptor;
import io.github.schemadrift.rules.Rules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Options to {@link Settings}: parses the {@code -A} options, resolves the project configuration
 * (options, {@code @SchemaDriftConfig}, Spring and Flyway files, dialect detection), the naming
 * strategies and the migration locations. A configuration error is reported and ends the check
 * (empty result); a doubtful setting becomes a note in {@link Settings#decided()}.
 */
public final class SettingsStage {

  private final ProcessingEnvironment env;
  private final Diagnostics out;
  private final Map<String, String> raw;
  private final SpringCode code;

  public SettingsStage(ProcessingEnvironment env, Diagnostics out) {
    this(env, out, SpringCode.NONE);
  }

  /** With what the application's Spring classes say ({@code @PropertySource}, auto-configuration excludes). */
  public SettingsStage(ProcessingEnvironment env, Diagnostics out, SpringCode code) {
    this.env = env;
    this.out = out;
    this.raw = env.getOptions();
    this.code = code;
  }

  /** The rule ids, for the severity options. */
  public static List<String> ruleIds() {
    return Rules.descriptors().stream().map(RuleDescriptor::id).toList();
  }

  /** Each configuration problem as a {@code config} diagnostic on the annotation it comes from. */
  private void report(List<ProjectConfig.Problem> problems, Diagnostic.Kind kind) {
    for (ProjectConfig.Problem problem : problems) {
      out.messager().printMessage(kind, Rules.CONFIG.tag() + " " + problem.message(), problem.element(), problem.mirror());
    }
  }

  /** The settings, or empty after reporting why the check cannot go on. */
  public Optional<Settings> resolve(List<AnnotationConfig> annotations) {
    ProcessorOptions options = ProcessorOptions.parse(raw, ruleIds());
    options.warnings().forEach(out::configWarning);
    if (!options.errors().isEmpty()) {
      options.errors().forEach(out::configError);
      return Optional.empty();
    }
    Optional<SiblingModules.Choice> sibling = moduleWithProjectFiles(ProjectLayout.projectDir(env.getFiler(), options.projectDir()));
    if (sibling.isEmpty()) {
      return Optional.empty();
    }
    Optional<Path> projectDir = sibling.get().dir();
    ProjectConfig config = ProjectConfig.resolve(raw, options, annotations, projectDir, this::onClassPath, ruleIds(), code);
    report(config.warnings(), Diagnostic.Kind.WARNING);
    if (!config.errors().isEmpty()) {
      report(config.errors(), Diagnostic.Kind.ERROR);
      return Optional.empty();
    }
    ProjectFiles files = ProjectFiles.read(raw, annotations, projectDir, config.notes(), code);
    List<String> decided = new ArrayList<>(files.flyway().describe());
    if (sibling.get().note() != null) {
      decided.add(0, sibling.get().note());
    }
    config = withFlywayLocations(config, files.flyway(), projectDir);
    Custom parsed = customNaming();
    if (parsed.failed()) {
      return Optional.empty();
    }
    CustomNaming custom = parsed.naming();
    config = withDetectedNaming(config, files.hibernate(), custom, NamingEvidence.of(files.spring(), projectDir.orElse(null), code));
    if (config == null) {
      return Optional.empty();
    }
    ImplicitNaming implicit = implicitNaming(config, files.hibernate(), decided);
    Optional<Decision<String>> migrationSchema = schemaDecisions(config, files, projectDir, decided);
    ProjectLayout.Locations locations = ProjectLayout.locations(projectDir, config.migrations().value(),
        config.migrations().source().startsWith("option ")
            ? "-Aschemadrift.migrations (comma-separated)"
            : config.migrations().source(),
        files.flyway().failOnMissingLocations());
    locations.warnings().forEach(out::configWarning);
    if (!locations.errors().isEmpty()) {
      locations.errors().forEach(out::configError);
      return Optional.empty();
    }
    Long parseTimeout = parseTimeoutMillis();
    if (parseTimeout == null) {
      return Optional.empty();
    }
    HibernateVersion hibernateVersion = hibernateVersion(files.hibernate(), decided);
    EntitySettings entity = EntitySettings.of(raw, files, decided);
    String cacheOption = raw.getOrDefault(ProcessorOption.CACHE.key(), "on").trim();
    return Optional.of(new Settings(options, projectDir, config, files.flyway(), files.hibernate(), custom, implicit,
        migrationSchema, locations.existing(), parseTimeout, placeholderValues(files.flyway(), config, options),
        cacheOption.equals("on"), cacheProblem(cacheOption), userCacheDir(projectDir, annotations), entity.quoteAll(), entity.quoteKeywords(),
        entity.quotingProblem(), entity.envers(),
        "true".equalsIgnoreCase(raw.getOrDefault(ProcessorOption.TIMINGS.key(), "false").trim()), decided,
        LiquibaseSettings.read(raw, annotations, files.spring(), projectDir.orElse(null)), hibernateVersion));
  }

  /** Flyway's own locations win over the default folder, resolved against the project. */
  private static ProjectConfig withFlywayLocations(ProjectConfig config, FlywaySettings flyway, Optional<Path> projectDir) {
    if (config.migrations().source().equals(ProjectConfig.DEFAULT_SOURCE) && flyway.isSet("locations") && projectDir.isPresent()) {
      return config.withMigrations(
          new Decision<>(
              FlywaySettings.resolveLocations(flyway.list("locations"), projectDir.get(), config.dialect().value()),
              "Flyway locations '" + flyway.get("locations").value() + "' from " + flyway.get("locations").source()));
    }
    return config;
  }

  /** The custom naming option: its naming (null when absent), or failed after reporting its problems. */
  private record Custom(CustomNaming naming, boolean failed) {}

  private Custom customNaming() {
    String customText = raw.get(ProcessorOption.NAMING_CUSTOM.key());
    if (customText == null) {
      return new Custom(null, false);
    }
    List<String> problems = new ArrayList<>();
    CustomNaming custom = CustomNaming.parse(customText, "option '" + ProcessorOption.NAMING_CUSTOM.key() + "'", problems);
    problems.forEach(out::configError);
    return new Custom(custom, !problems.isEmpty());
  }

  /**
   * The project directory, or the sibling module that holds the project's migrations and
   * configuration when it has none (not when {@code -Aschemadrift.migrations} names them); empty
   * after a config error (several candidates).
   */
  private Optional<SiblingModules.Choice> moduleWithProjectFiles(Optional<Path> projectDir) {
    SiblingModules.Choice sibling = raw.containsKey(ProcessorOption.MIGRATIONS.key())
        ? new SiblingModules.Choice(projectDir, null, null) : SiblingModules.choose(projectDir);
    if (sibling.error() != null) {
      out.configError(sibling.error());
      return Optional.empty();
    }
    return Optional.of(sibling);
  }

  /** The physical naming detected from Hibernate's setting and the class path; null after a warning. */
  private ProjectConfig withDetectedNaming(ProjectConfig config, HibernateSettings hibernate, CustomNaming custom,
      NamingDetection.Evidence evidence) {
    if (!config.naming().source().equals(ProjectConfig.DEFAULT_SOURCE) && custom == null) {
      return config;
    }
    Optional<Decision<String>> strategy = hibernate.physicalStrategy();
    NamingDetection.Result detected = NamingDetection.detect(env.getElementUtils(),
        strategy.map(Decision::value).orElse(null), strategy.map(Decision::source).orElse(null), custom, evidence);
    if (detected.naming() == null) {
      out.messager().printMessage(Diagnostic.Kind.WARNING, Rules.CONFIG.tag() + " " + detected.problem());
      return null;
    }
    return config.withNaming(new Decision<>(detected.naming(), detected.source()));
  }

  /** Hibernate's implicit naming: the project's setting when known, else the default for the physical one. */
  private ImplicitNaming implicitNaming(ProjectConfig config, HibernateSettings hibernate, List<String> decided) {
    Elements elements = env.getElementUtils();
    ImplicitNaming implicit = ImplicitNaming.defaultFor(config.naming().value(), NamingDetection.springBootOnClassPath(elements));
    Optional<Decision<String>> implicitSetting = hibernate.implicitStrategy();
    if (implicitSetting.isPresent()) {
      Decision<String> d = implicitSetting.get();
      Optional<ImplicitNaming> known = ImplicitNaming.fromSetting(d.value());
      if (known.isPresent()) {
        implicit = known.get();
        decided.add("hibernate implicit strategy " + d.value().trim() + " from " + d.source());
      } else {
        out.messager().printMessage(Diagnostic.Kind.NOTE, Rules.CONFIG.tag() + " "
            + Messages.customImplicitNaming(d.value().trim(), d.source(), implicit.optionValue(), ImplicitNaming.optionValues(),
                elements.getTypeElement(d.value().trim()) != null));
      }
    }
    return implicit;
  }

  /** The schema decisions for the summary, and the schema unqualified names in migrations land in. */
  private static Optional<Decision<String>> schemaDecisions(
      ProjectConfig config, ProjectFiles files, Optional<Path> projectDir, List<String> decided) {
    FlywaySettings flyway = files.flyway();
    files.hibernate().defaultSchema().ifPresent(d -> decided.add("hibernate default_schema '" + d.value() + "' from " + d.source()));
    flyway.defaultSchema().ifPresent(d -> decided.add("flyway default schema '" + d.value() + "' from " + d.source()));
    if (flyway.isSet("baselineVersion")) {
      decided.add("note: flyway baselineVersion has no effect on a fresh database (Flyway uses it only to baseline a"
          + " non-empty schema); the replay starts from the newest baseline migration, if any");
    }
    Optional<Decision<String>> migrationSchema =
        SchemaSettings.defaultSchema(config.dialect().value(), flyway, files.spring(), projectDir.orElse(null));
    decided.add(migrationSchema
        .map(d -> "unqualified names in migrations land in schema '" + d.value() + "' from " + d.source())
        .orElse("unqualified names in migrations land in a schema nothing names (no Flyway defaultSchema or schemas,"
            + " no database in the JDBC URL): tables are matched by name alone"));
    return migrationSchema;
  }

  /** The placeholder values, later sources winning: Flyway's built-ins and files, the configuration, the option. */
  private static Map<String, String> placeholderValues(FlywaySettings flyway, ProjectConfig config, ProcessorOptions options) {
    Map<String, String> values = new LinkedHashMap<>();
    flyway.defaultSchema().ifPresent(d -> values.put("flyway:defaultSchema", d.value()));
    if (flyway.isSet("user")) {
      values.put("flyway:user", flyway.get("user").value());
    }
    flyway.placeholders().forEach((name, d) -> values.put(name, d.value()));
    values.putAll(config.placeholders());
    values.putAll(options.placeholders());
    return values;
  }

  private static Optional<String> cacheProblem(String cacheOption) {
    if (cacheOption.equals("on") || cacheOption.equals("off")) {
      return Optional.empty();
    }
    return Optional.of("option '" + ProcessorOption.CACHE.key() + "' has unknown value '" + cacheOption + "'; valid values: on, off");
  }

  /** The user-level cache folder of the option or the annotation; none after a warning about a bad value. */
  private Optional<Path> userCacheDir(Optional<Path> projectDir, List<AnnotationConfig> annotations) {
    String attribute = null;
    String place = null;
    for (AnnotationConfig config : annotations) {
      attribute = stringAttribute(config.mirror(), "userCache");
      place = config.place();
      if (attribute != null) {
        break;
      }
    }
    Decision<String> setting = userCacheSetting(raw.get(ProcessorOption.USER_CACHE.key()), attribute, place);
    try {
      return userCacheDir(setting.value(), projectDir, System.getenv(), System.getProperty("user.home"));
    } catch (RuntimeException e) {
      out.configWarning(setting.source() + " has invalid value '" + setting.value()
          + "'; write on, off or a folder; the user-level cache is off and the check goes on");
      return Optional.empty();
    }
  }

  /**
   * The user-level cache setting and its source: the option, else {@code
   * @SchemaDriftConfig(userCache)} (non-blank) on {@code place}, else {@code on}.
   */
  static Decision<String> userCacheSetting(String option, String attribute, String place) {
    if (option != null) {
      return new Decision<>(option, "option '" + ProcessorOption.USER_CACHE.key() + "'");
    }
    if (attribute != null && !attribute.isBlank()) {
      return new Decision<>(attribute, "@SchemaDriftConfig(userCache) on " + place);
    }
    return new Decision<>("on", "default");
  }

  /** A string attribute written on the annotation, or null when it is not written there. */
  private static String stringAttribute(javax.lang.model.element.AnnotationMirror mirror, String name) {
    for (var e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name) && e.getValue().getValue() instanceof String s) {
        return s;
      }
    }
    return null;
  }

  /**
   * The user-level cache folder: the XDG default for {@code on}, none for {@code off}, else the
   * folder named, relative to the project directory when not absolute.
   *
   * @throws java.nio.file.InvalidPathException for a value that is no path
   */
  static Optional<Path> userCacheDir(String option, Optional<Path> projectDir, Map<String, String> env, String userHome) {
    String value = option.trim();
    if (value.equals("off")) {
      return Optional.empty();
    }
    if (value.equals("on") || value.isEmpty()) {
      return UserSchemaCache.defaultDir(env, userHome);
    }
    Path dir = Path.of(value);
    return Optional.of(dir.isAbsolute() || projectDir.isEmpty() ? dir : projectDir.get().resolve(dir));
  }

  /** The parse time bound per statement; the default after a warning about a bad option value. */
  private Long parseTimeoutMillis() {
    String key = ProcessorOption.PARSE_TIMEOUT.key();
    String value = raw.get(key);
    if (value == null) {
      return ProcessorOption.DEFAULT_PARSE_TIMEOUT_MILLIS;
    }
    try {
      long millis = Long.parseLong(value.trim());
      if (millis >= 0) {
        return millis;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    out.configWarning("option '" + key + "' has invalid value '" + value
        + "'; write a number of milliseconds (0: no limit, default " + ProcessorOption.DEFAULT_PARSE_TIMEOUT_MILLIS + ")"
        + "; the default is used and the check goes on");
    return ProcessorOption.DEFAULT_PARSE_TIMEOUT_MILLIS;
  }

  /** The Hibernate generation whose defaults apply, named in the summary when it is not the default. */
  private HibernateVersion hibernateVersion(HibernateSettings hibernate, List<String> decided) {
    HibernateVersion version = HibernateVersion.decide(raw.get(ProcessorOption.HIBERNATE.key()), this::onClassPath)
        .withIdMappings(hibernate.newGeneratorMappings());
    Optional.ofNullable(version.describe()).ifPresent(decided::add);
    return version;
  }

  /** Whether a class is on the compile class path (or among the sources), for dialect detection. */
  private boolean onClassPath(String qualifiedName) {
    try {
      return env.getElementUtils().getTypeElement(qualifiedName) != null;
    } catch (RuntimeException e) {
      return false; // a broken class file is no evidence of a database
    }
  }
}
