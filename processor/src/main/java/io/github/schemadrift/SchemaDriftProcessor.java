package io.github.schemadrift;

import com.google.auto.service.AutoService;
import io.github.schemadrift.config.AnnotationConfig;
import io.github.schemadrift.config.Decision;
import io.github.schemadrift.config.ProjectConfig;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.EntityReader;
import io.github.schemadrift.entity.NamingDetection;
import io.github.schemadrift.entity.NamingStrategy;
import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.migration.FlywayConfig;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.Placeholders;
import io.github.schemadrift.migration.SchemaJsonExport;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlProblem;
import io.github.schemadrift.options.ProcessorOption;
import io.github.schemadrift.options.ProcessorOptions;
import io.github.schemadrift.report.ReportFiles;
import io.github.schemadrift.report.Reporter;
import io.github.schemadrift.rules.Finding;
import io.github.schemadrift.rules.Messages;
import io.github.schemadrift.rules.Rule;
import io.github.schemadrift.rules.RuleDescriptor;
import io.github.schemadrift.rules.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The schemadrift annotation processor. It only collects entity names while rounds run, and in
 * the last round replays the migrations once, reads every entity, runs the rules and reports.
 * It claims no annotations, and nothing it meets may crash javac: each entity is checked in its
 * own try, and an unexpected failure becomes one {@code internal-error} diagnostic.
 */
@AutoService(Processor.class)
public final class SchemaDriftProcessor extends AbstractProcessor {

  private static final List<String> ENTITY_ANNOTATIONS =
      List.of("jakarta.persistence.Entity", "javax.persistence.Entity");

  /** Where {@code @SchemaDriftConfig} is written: {@code package:a.b} or a type's qualified name. */
  private final Set<String> configPlaces = new LinkedHashSet<>();

  /** Qualified names of the entities seen in any round; elements are looked up again at the end. */
  private final Set<String> entityNames = new LinkedHashSet<>();

  private boolean done;

  private final List<Rule> checks;

  /** The processor javac and the other compilers instantiate through the service loader. */
  public SchemaDriftProcessor() {
    this(Rules.checks());
  }

  /** For tests that need a rule of their own, such as one that fails. */
  SchemaDriftProcessor(List<Rule> checks) {
    this.checks = List.copyOf(checks);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>(ENTITY_ANNOTATIONS);
    types.add(AnnotationConfig.NAME);
    return types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOption.supportedOptions(ruleIds());
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      for (TypeElement annotation : annotations) {
        boolean config = annotation.getQualifiedName().contentEquals(AnnotationConfig.NAME);
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          if (config) {
            rememberConfig(element);
          } else if (element instanceof TypeElement type) {
            entityNames.add(type.getQualifiedName().toString());
          }
        }
      }
      if (round.processingOver() && !done) {
        done = true;
        check();
      }
    } catch (RuntimeException | LinkageError e) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.WARNING,
              Rules.INTERNAL_ERROR.tag() + " " + Messages.internalError(version(), "the compilation", e));
    }
    return false;
  }

  private void check() {
    long start = System.nanoTime();
    ProcessorOptions options = ProcessorOptions.parse(processingEnv.getOptions(), ruleIds());
    if (!options.errors().isEmpty()) {
      options.errors().forEach(this::configError);
      return;
    }
    Optional<Path> projectDir = ProjectLayout.projectDir(processingEnv.getFiler(), options.projectDir());
    ProjectConfig config =
        ProjectConfig.resolve(
            processingEnv.getOptions(), options, configAnnotations(), projectDir, this::onClassPath, ruleIds());
    if (!config.errors().isEmpty()) {
      for (ProjectConfig.Problem problem : config.errors()) {
        processingEnv
            .getMessager()
            .printMessage(Diagnostic.Kind.ERROR, Rules.CONFIG.tag() + " " + problem.message(), problem.element(), problem.mirror());
      }
      return;
    }
    Reporter reporter = new Reporter(processingEnv.getMessager(), config.severities());
    FlywayConfig flywayConfig = new FlywayConfig(List.of(), java.util.Map.of(), List.of());
    try {
      flywayConfig = projectDir.map(FlywayConfig::read).orElse(flywayConfig);
    } catch (RuntimeException e) {
      internalError("the Flyway configuration in " + projectDir.map(Path::toString).orElse("the project"), e);
    }
    if (config.migrations().source().equals(ProjectConfig.DEFAULT_SOURCE) && !flywayConfig.locations().isEmpty()) {
      // spring.flyway.locations or flyway.locations, when neither an option nor the annotation says
      config = config.withMigrations(
          new Decision<>(
              flywayConfig.locations().stream().map(Path::toString).toList(),
              "Flyway locations in " + flywayConfig.sources().stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse("the project configuration")));
    }
    if (config.naming().source().equals(ProjectConfig.DEFAULT_SOURCE)) {
      NamingDetection.Result detected = NamingDetection.detect(processingEnv.getElementUtils(), projectDir);
      if (detected.naming() == null) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, Rules.CONFIG.tag() + " " + detected.problem());
        return;
      }
      config = config.withNaming(new Decision<>(detected.naming(), detected.source()));
    }
    ProjectLayout.Locations locations = ProjectLayout.locations(
            projectDir,
            config.migrations().value(),
            config.migrations().source().startsWith("option ")
                ? "-Aschemadrift.migrations (comma-separated)"
                : config.migrations().source());
    if (!locations.errors().isEmpty()) {
      locations.errors().forEach(this::configError);
      return;
    }
    Long parseTimeout = parseTimeoutMillis();
    if (parseTimeout == null) {
      return;
    }
    MigrationDiscovery.Result discovered;
    try {
      discovered = MigrationDiscovery.discover(locations.existing());
    } catch (RuntimeException e) {
      internalError("the migrations in " + locations.existing(), e);
      discovered = new MigrationDiscovery.Result(List.of(), List.of());
    }
    discovered.errors().forEach(this::configError);
    java.util.Map<String, String> placeholderValues = new java.util.LinkedHashMap<>(flywayConfig.placeholders());
    placeholderValues.putAll(config.placeholders());
    placeholderValues.putAll(options.placeholders());
    Dialect dialect = config.dialect().value();
    List<Finding> replayFailures = new ArrayList<>();
    SchemaModel schema;
    try {
      schema =
          MigrationReplayer.replay(
              discovered.migrations(),
              dialect,
              Placeholders.of(placeholderValues, dialect),
              parseTimeout,
              (at, e) ->
                  replayFailures.add(
                      new Finding(
                          Rules.INTERNAL_ERROR,
                          Rules.INTERNAL_ERROR.defaultSeverity(),
                          Messages.internalError(version(), at.toString(), e),
                          SourcePosition.NONE,
                          at,
                          "~replay " + at)));
    } catch (RuntimeException e) {
      internalError("the replay of " + discovered.migrations().size() + " migrations", e);
      return; // without a schema every entity would look unmigrated
    }

    List<String> javaMigrations = new ArrayList<>(discovered.javaMigrations());
    projectDir.ifPresent(dir -> javaMigrations.addAll(MigrationDiscovery.javaMigrations(dir.resolve("src/main/java/db/migration"))));
    if (!javaMigrations.isEmpty()) {
      reporter.note(
          Rules.SUMMARY.tag() + " Java-based migrations cannot be replayed, so the schema lacks their changes: "
              + String.join(", ", javaMigrations));
    }
    schema.notes().forEach(n -> reporter.note(Rules.SUMMARY.tag() + " " + n));
    if (options.schemaExport() != null) {
      Path export = Path.of(options.schemaExport());
      if (!export.isAbsolute() && projectDir.isPresent()) {
        export = projectDir.get().resolve(export);
      }
      try {
        SchemaJsonExport.write(schema, export);
      } catch (java.io.IOException | RuntimeException e) {
        configError("cannot write the schema export '" + export + "': " + e.getMessage());
      }
    }

    List<EntityModel> entities = new ArrayList<>();
    List<Finding> findings = new ArrayList<>(replayFailures);
    List<String> skipped = new ArrayList<>();
    List<TypeElement> roundEntities = new ArrayList<>();
    for (String name : entityNames) {
      Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(name)).ifPresent(roundEntities::add);
    }
    String quoteAll = processingEnv.getOptions().getOrDefault(ProcessorOption.QUOTE_IDENTIFIERS.key(), "false").trim();
    if (!quoteAll.equals("true") && !quoteAll.equals("false")) {
      configError("option '" + ProcessorOption.QUOTE_IDENTIFIERS.key() + "' has unknown value '" + quoteAll
          + "'; valid values: true, false");
      return;
    }
    EntityReader reader = new EntityReader(config.naming().value(), quoteAll.equals("true"), roundEntities);
    for (String name : entityNames) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type == null) {
        continue; // removed or renamed in a later round: nothing left to check
      }
      if (CompileErrors.inEntity(type)) {
        skipped.add(name);
        continue; // javac reports the missing types itself; a finding here would mislead
      }
      try {
        EntityModel entity = reader.read(type);
        entities.add(entity);
        for (Rule rule : checks) {
          rule.check(entity, schema, findings::add);
        }
      } catch (RuntimeException e) {
        findings.add(
            new Finding(
                Rules.INTERNAL_ERROR,
                Rules.INTERNAL_ERROR.defaultSeverity(),
                Messages.internalError(version(), name, e),
                SourcePosition.of(type),
                null,
                name));
      }
    }
    // Checks across entities need every entity: one left out would look like unmapped columns.
    boolean allRead = skipped.isEmpty() && entities.size() == roundEntities.size();
    for (Rule rule : allRead ? checks : List.<Rule>of()) {
      try {
        rule.checkAll(entities, schema, findings::add);
      } catch (RuntimeException e) {
        findings.add(
            new Finding(
                Rules.INTERNAL_ERROR,
                Rules.INTERNAL_ERROR.defaultSeverity(),
                Messages.internalError(version(), "rule " + rule.descriptor().id(), e),
                SourcePosition.NONE,
                null,
                "~rule " + rule.descriptor().id()));
      }
    }
    findings.addAll(sqlFindings(schema, entities));
    Reporter.Outcome counts = reporter.report(findings);
    try {
      writeReportFiles(options, projectDir, schema, counts);
    } catch (RuntimeException e) {
      internalError("the report files", e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    reporter.note(
        Rules.SUMMARY.tag() + " checked " + entities.size() + " entit" + (entities.size() == 1 ? "y" : "ies")
            + " against " + schema.migrations().size() + " migration" + (schema.migrations().size() == 1 ? "" : "s")
            + " (" + schema.dialect().optionValue() + ", " + schema.tables().size() + " tables, "
            + schema.stats().replayed() + " statements replayed, " + schema.stats().ignored() + " ignored, "
            + schema.stats().notUnderstood() + " not understood) from "
            + locations.existing().stream().map(l -> l + outsideNote(l, projectDir)).reduce((a, b) -> a + ", " + b).orElse("")
            + ": " + counts.errors() + " error" + (counts.errors() == 1 ? "" : "s") + ", "
            + counts.warnings() + " warning" + (counts.warnings() == 1 ? "" : "s")
            + (counts.suppressed() > 0 ? ", " + counts.suppressed() + " suppressed" : "")
            + (skipped.isEmpty() ? "" : "; not checked until they compile: " + String.join(", ", skipped))
            + " in " + millis + " ms; " + config.describe());
  }

  private void rememberConfig(Element element) {
    if (element instanceof PackageElement pkg) {
      configPlaces.add("package:" + pkg.getQualifiedName());
    } else if (element instanceof TypeElement type) {
      configPlaces.add(type.getQualifiedName().toString());
    }
  }

  /** Every {@code @SchemaDriftConfig} seen in any round, looked up again now. */
  private List<AnnotationConfig> configAnnotations() {
    List<AnnotationConfig> configs = new ArrayList<>();
    for (String place : configPlaces) {
      Element element =
          place.startsWith("package:")
              ? processingEnv.getElementUtils().getPackageElement(place.substring("package:".length()))
              : processingEnv.getElementUtils().getTypeElement(place);
      AnnotationConfig config = element == null ? null : AnnotationConfig.of(element);
      if (config != null) {
        configs.add(config);
      }
    }
    return configs;
  }

  /** Whether a class is on the compile class path (or among the sources), for dialect detection. */
  private boolean onClassPath(String qualifiedName) {
    try {
      return processingEnv.getElementUtils().getTypeElement(qualifiedName) != null;
    } catch (RuntimeException e) {
      return false; // a broken class file is no evidence of a database
    }
  }

  private void writeReportFiles(
      ProcessorOptions options, Optional<Path> projectDir, SchemaModel schema, Reporter.Outcome outcome) {
    if (options.report() == null && options.fixMigration() == null) {
      return;
    }
    Path base = projectDir.orElse(Path.of("").toAbsolutePath());
    Map<String, Path> migrationPaths = new LinkedHashMap<>();
    schema.migrations().forEach(m -> migrationPaths.put(m.displayName(), m.path()));
    ReportFiles.Context context =
        new ReportFiles.Context(
            processingEnv,
            version(),
            Rules.descriptors(),
            repositoryRoot(base),
            migrationPaths,
            MigrationDiscovery.nextVersion(schema.migrations()));
    List<String> problems =
        ReportFiles.write(
            context,
            outcome,
            options.report() == null ? null : base.resolve(options.report()),
            options.fixMigration() == null ? null : base.resolve(options.fixMigration()));
    problems.forEach(this::configError);
  }

  /** The nearest folder above the project that holds {@code .git}, else the project itself. */
  private static Path repositoryRoot(Path projectDir) {
    for (Path dir = projectDir; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return projectDir;
  }

  /**
   * Migration problems as findings. Statements that could not be parsed are always reported;
   * statements that parsed but were not replayed only when they touch a table an entity maps.
   */
  private static List<Finding> sqlFindings(SchemaModel schema, List<EntityModel> entities) {
    Set<String> mapped = new HashSet<>();
    for (EntityModel entity : entities) {
      mapped.add(schema.dialect().key(entity.tableName(), entity.tableQuoted()));
    }
    List<Finding> findings = new ArrayList<>();
    for (SqlProblem problem : schema.problems()) {
      boolean parse = problem.ruleId().equals(Rules.SQL_PARSE.id());
      if (!parse && problem.table() != null && !mapped.contains(problem.table())) {
        continue;
      }
      RuleDescriptor rule = parse ? Rules.SQL_PARSE : Rules.SQL_UNSUPPORTED;
      findings.add(
          new Finding(
              rule,
              rule.defaultSeverity(),
              Messages.sqlProblem(problem),
              SourcePosition.NONE,
              problem.location(),
              "~sql " + problem.location()));
    }
    return findings;
  }

  /** Says so when a migrations location lies outside the project directory: allowed, but worth knowing. */
  private static String outsideNote(Path location, Optional<Path> projectDir) {
    if (projectDir.isEmpty()
        || location.toAbsolutePath().normalize().startsWith(projectDir.get().toAbsolutePath().normalize())) {
      return "";
    }
    return " (outside the project directory " + projectDir.get() + ")";
  }

  /** One {@code internal-error} warning for a stage that failed unexpectedly; the caller goes on. */
  private void internalError(String subject, RuntimeException e) {
    processingEnv
        .getMessager()
        .printMessage(
            Diagnostic.Kind.WARNING,
            Rules.INTERNAL_ERROR.tag() + " " + Messages.internalError(version(), subject, e));
  }

  /** The parse time bound per statement, or null after reporting a bad option value. */
  private Long parseTimeoutMillis() {
    String key = ProcessorOption.PARSE_TIMEOUT.key();
    String value = processingEnv.getOptions().get(key);
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
    configError("option '" + key + "' has invalid value '" + value
        + "'; write a number of milliseconds (0: no limit, default " + ProcessorOption.DEFAULT_PARSE_TIMEOUT_MILLIS + ")");
    return null;
  }

  private void configError(String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Rules.CONFIG.tag() + " " + message);
  }

  private static List<String> ruleIds() {
    return Rules.descriptors().stream().map(RuleDescriptor::id).toList();
  }

  static String version() {
    try (InputStream in = SchemaDriftProcessor.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
