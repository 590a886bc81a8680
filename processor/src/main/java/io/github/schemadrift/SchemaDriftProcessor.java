package io.github.schemadrift;

import com.google.auto.service.AutoService;
import io.github.schemadrift.config.AnnotationConfig;
import io.github.schemadrift.config.Decision;
import io.github.schemadrift.config.FlywaySettings;
import io.github.schemadrift.config.HibernateSettings;
import io.github.schemadrift.config.ProjectConfig;
import io.github.schemadrift.config.SchemaSettings;
import io.github.schemadrift.config.SpringConfigReader;
import io.github.schemadrift.entity.AuditSettings;
import io.github.schemadrift.entity.CustomNaming;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.EntityReader;
import io.github.schemadrift.entity.ImplicitNaming;
import io.github.schemadrift.entity.NamingDetection;
import io.github.schemadrift.entity.NamingStrategy;
import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.Placeholders;
import io.github.schemadrift.migration.SchemaJsonExport;
import io.github.schemadrift.migration.MigrationFile;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.SchemaCache;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlProblem;
import io.github.schemadrift.nativesql.NativeSqlReader;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
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

  /** Qualified names of the repositories and other types that hold native SQL, seen in any round. */
  private final Set<String> nativeSqlHolders = new LinkedHashSet<>();

  /** Qualified names of the {@code @Converter} classes seen in any round (auto-applied ones convert attributes). */
  private final Set<String> converterNames = new LinkedHashSet<>();

  private static final List<String> CONVERTER_ANNOTATIONS =
      List.of("jakarta.persistence.Converter", "javax.persistence.Converter");

  private boolean done;

  /** The opt-in schema constants, written in the first round. */
  private final SchemaConstantsStage constants = new SchemaConstantsStage();

  /** True while the first round runs the configuration quietly to start the replay early. */
  private boolean speculative;

  /** The replay started in the first round, on a thread of its own, while javac goes on. */
  private BackgroundReplay background;

  private boolean startedEarly;

  /** How long the first round's quiet configuration and start of the replay took on javac's thread. */
  private long firstRoundMillis = -1;

  /** Runs at the start of every replay, in the thread that replays; tests make it fail. */
  private final Runnable beforeReplay;

  private final List<Rule> checks;

  /** The processor javac and the other compilers instantiate through the service loader. */
  public SchemaDriftProcessor() {
    this(Rules.checks());
  }

  /** For tests that need a rule of their own, such as one that fails. */
  SchemaDriftProcessor(List<Rule> checks) {
    this(checks, () -> { });
  }

  /** For tests of the replay's failure paths. */
  SchemaDriftProcessor(List<Rule> checks, Runnable beforeReplay) {
    this.checks = List.copyOf(checks);
    this.beforeReplay = beforeReplay;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>(ENTITY_ANNOTATIONS);
    types.add(AnnotationConfig.NAME);
    types.addAll(CONVERTER_ANNOTATIONS);
    types.addAll(NativeSqlReader.HOLDER_ANNOTATIONS);
    if (SchemaConstantsStage.requested(processingEnv)) {
      return Set.of("*"); // the constants are written in the first round, whatever its sources hold
    }
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
          } else if (NativeSqlReader.HOLDER_ANNOTATIONS.contains(annotation.getQualifiedName().toString())) {
            Optional.ofNullable(NativeSqlReader.holderOf(element)).ifPresent(t -> nativeSqlHolders.add(t.getQualifiedName().toString()));
          } else if (CONVERTER_ANNOTATIONS.contains(annotation.getQualifiedName().toString())) {
            if (element instanceof TypeElement type) {
              converterNames.add(type.getQualifiedName().toString());
            }
          } else if (element instanceof TypeElement type && ENTITY_ANNOTATIONS.contains(annotation.getQualifiedName().toString())) {
            entityNames.add(type.getQualifiedName().toString());
          }
        }
      }
      if (round.processingOver() && !done) {
        done = true;
        constants.lastRound(processingEnv.getMessager());
        try {
          check();
        } finally {
          EntityReader.forgetRoundState(); // javac's thread may outlive this compilation (a build daemon's)
          Rules.forgetRoundState();
        }
      } else if (!round.processingOver() && !startedEarly) {
        startedEarly = true;
        startReplayEarly();
        constants.firstRound(processingEnv, configAnnotations(), () -> background == null ? null : background.join().schema(),
            entityNames.stream().map(n -> processingEnv.getElementUtils().getTypeElement(n)).toList());
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

  /**
   * Runs the configuration quietly in the first round and starts the migration replay (or the
   * cache load) on a daemon thread, so that it overlaps javac's own work. The last round works the
   * configuration out again, with its diagnostics, and uses this replay only when its inputs are
   * the same; otherwise it replays again. A failure here changes nothing: the last round meets it.
   */
  private void startReplayEarly() {
    speculative = true;
    long start = System.nanoTime();
    try {
      check();
    } catch (RuntimeException | LinkageError e) {
      // the last round runs the same code and reports what fails
    } finally {
      speculative = false;
      firstRoundMillis = (System.nanoTime() - start) / 1_000_000;
    }
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
        messager().printMessage(Diagnostic.Kind.ERROR, Rules.CONFIG.tag() + " " + problem.message(), problem.element(), problem.mirror());
      }
      return;
    }
    Reporter reporter = new Reporter(messager(), config.severities());
    // The project's own Flyway and Hibernate settings, each with where it was found.
    List<AnnotationConfig> annotationConfigs = configAnnotations();
    String annotationPlace = annotationConfigs.size() == 1 ? "@SchemaDriftConfig on " + annotationConfigs.get(0).place() : null;
    SpringConfigReader.Result spring =
        SpringConfigReader.read(projectDir.map(p -> p.resolve("src/main/resources")).orElse(null));
    FlywaySettings flyway = FlywaySettings.read(processingEnv.getOptions(),
        annotationPlace == null ? null : Map.entry(annotationPlace + " (flyway)", annotationConfigs.get(0).flyway()),
        spring, projectDir.orElse(null));
    HibernateSettings hibernate = HibernateSettings.read(processingEnv.getOptions(),
        annotationPlace == null ? null : Map.entry(annotationPlace + " (hibernate)", annotationConfigs.get(0).hibernate()),
        spring, projectDir.orElse(null));
    List<String> settingProblems = new ArrayList<>(flyway.problems());
    settingProblems.addAll(hibernate.problems());
    // what the Spring files could not give (unreadable, or a setting Boot refuses); dialect
    // detection names them already when it ran
    List<String> detectionNotes = config.notes();
    spring.problems().stream().filter(p -> !detectionNotes.contains(p)).forEach(settingProblems::add);
    List<String> decided = new ArrayList<>(flyway.describe());
    Dialect dialect = config.dialect().value();
    if (config.migrations().source().equals(ProjectConfig.DEFAULT_SOURCE) && flyway.isSet("locations") && projectDir.isPresent()) {
      config = config.withMigrations(
          new Decision<>(
              FlywaySettings.resolveLocations(flyway.list("locations"), projectDir.get(), dialect),
              "Flyway locations '" + flyway.get("locations").value() + "' from " + flyway.get("locations").source()));
    }
    CustomNaming custom = null;
    String customText = processingEnv.getOptions().get(ProcessorOption.NAMING_CUSTOM.key());
    if (customText != null) {
      List<String> problems = new ArrayList<>();
      custom = CustomNaming.parse(customText, "option '" + ProcessorOption.NAMING_CUSTOM.key() + "'", problems);
      if (!problems.isEmpty()) {
        problems.forEach(this::configError);
        return;
      }
    }
    if (config.naming().source().equals(ProjectConfig.DEFAULT_SOURCE) || custom != null) {
      Optional<Decision<String>> strategy = hibernate.physicalStrategy();
      NamingDetection.Result detected = NamingDetection.detect(processingEnv.getElementUtils(),
          strategy.map(Decision::value).orElse(null), strategy.map(Decision::source).orElse(null), custom);
      if (detected.naming() == null) {
        messager().printMessage(Diagnostic.Kind.WARNING, Rules.CONFIG.tag() + " " + detected.problem());
        return;
      }
      config = config.withNaming(new Decision<>(detected.naming(), detected.source()));
    }
    ImplicitNaming implicit = ImplicitNaming.defaultFor(config.naming().value(),
        NamingDetection.springBootOnClassPath(processingEnv.getElementUtils()));
    Optional<Decision<String>> implicitSetting = hibernate.implicitStrategy();
    if (implicitSetting.isPresent()) {
      Decision<String> d = implicitSetting.get();
      Optional<ImplicitNaming> known = ImplicitNaming.fromSetting(d.value());
      if (known.isPresent()) {
        implicit = known.get();
        decided.add("hibernate implicit strategy " + d.value().trim() + " from " + d.source());
      } else {
        messager().printMessage(Diagnostic.Kind.NOTE, Rules.CONFIG.tag() + " "
            + Messages.customImplicitNaming(d.value().trim(), d.source(), implicit.optionValue(), ImplicitNaming.optionValues(),
                processingEnv.getElementUtils().getTypeElement(d.value().trim()) != null));
      }
    }
    hibernate.defaultSchema().ifPresent(d -> decided.add("hibernate default_schema '" + d.value() + "' from " + d.source()));
    flyway.defaultSchema().ifPresent(d -> decided.add("flyway default schema '" + d.value() + "' from " + d.source()));
    if (flyway.isSet("baselineVersion")) {
      decided.add("note: flyway baselineVersion has no effect on a fresh database (Flyway uses it only to baseline a"
          + " non-empty schema); the replay starts from the newest baseline migration, if any");
    }
    Optional<Decision<String>> migrationSchema =
        SchemaSettings.defaultSchema(dialect, flyway, spring, projectDir.orElse(null));
    decided.add(migrationSchema
        .map(d -> "unqualified names in migrations land in schema '" + d.value() + "' from " + d.source())
        .orElse("unqualified names in migrations land in a schema nothing names (no Flyway defaultSchema or schemas,"
            + " no database in the JDBC URL): tables are matched by name alone"));
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
    MigrationDiscovery.Result found;
    try {
      if (speculative) {
        found = new MigrationDiscovery.Result(List.of(), List.of()); // the first round discovers on the background thread
      } else {
        // the background thread's discovery of the same locations with the same naming, if no
        // folder changed since; else our own
        Optional<MigrationDiscovery.Result> early =
            background == null
                ? Optional.empty()
                : background.discovered(locations.existing(), flyway.naming()).filter(MigrationDiscovery.Result::stillCurrent);
        found = early.isPresent() ? early.get() : MigrationDiscovery.discover(locations.existing(), flyway.naming());
      }
    } catch (RuntimeException e) {
      internalError("the migrations in " + locations.existing(), e);
      found = new MigrationDiscovery.Result(List.of(), List.of());
    }
    MigrationDiscovery.Result discovered = found;
    discovered.errors().forEach(this::configError);
    java.util.Map<String, String> placeholderValues = new java.util.LinkedHashMap<>();
    flyway.defaultSchema().ifPresent(d -> placeholderValues.put("flyway:defaultSchema", d.value()));
    if (flyway.isSet("user")) {
      placeholderValues.put("flyway:user", flyway.get("user").value());
    }
    flyway.placeholders().forEach((name, d) -> placeholderValues.put(name, d.value()));
    placeholderValues.putAll(config.placeholders());
    placeholderValues.putAll(options.placeholders());
    String cacheOption = processingEnv.getOptions().getOrDefault(ProcessorOption.CACHE.key(), "on").trim();
    if (!cacheOption.equals("on") && !cacheOption.equals("off")) {
      configError("option '" + ProcessorOption.CACHE.key() + "' has unknown value '" + cacheOption + "'; valid values: on, off");
      return;
    }
    String placeholderPrefix = flyway.get("placeholderPrefix").value();
    String placeholderSuffix = flyway.get("placeholderSuffix").value();
    boolean placeholderReplacement = !"false".equalsIgnoreCase(flyway.get("placeholderReplacement").value().trim());
    Placeholders placeholders =
        Placeholders.of(placeholderValues, dialect, placeholderPrefix, placeholderSuffix, placeholderReplacement);
    Map<String, String> cacheInputs = new LinkedHashMap<>(placeholderValues);
    cacheInputs.put("\0placeholder syntax", placeholderPrefix + " " + placeholderSuffix + " " + placeholderReplacement);
    cacheInputs.put("\0parse timeout", String.valueOf(parseTimeout));
    cacheInputs.put("\0default schema", migrationSchema.map(Decision::value).orElse("") + " "
        + String.join(",", SchemaSettings.schemas(flyway)));
    ReplayKey key = new ReplayKey(dialect, discovered.migrations(), cacheInputs, cacheOption, projectDir,
        migrationSchema.map(Decision::value).orElse(null), SchemaSettings.schemas(flyway));
    Callable<ReplayOutcome> replay =
        () -> replayOrLoad(key, placeholders, parseTimeout);
    if (speculative) {
      // Walking and sorting thousands of migration files is javac's time if done here: the
      // background thread discovers them, then replays; the last round compares the keys.
      List<Path> existing = locations.existing();
      MigrationDiscovery.Naming naming = flyway.naming();
      ReplayKey undiscovered = key;
      background = BackgroundReplay.start(existing, naming,
          result -> new ReplayKey(dialect, result.migrations(), undiscovered.cacheInputs(),
              cacheOption, projectDir, undiscovered.defaultSchema(), undiscovered.schemas()),
          k -> replayOrLoad(k, placeholders, parseTimeout));
      return;
    }
    ReplayOutcome outcome;
    long configured = System.nanoTime();
    boolean early = background != null && background.hasKey(key);
    try {
      if (early) {
        outcome = background.join();
      } else {
        if (background != null) {
          background.cancel(); // the configuration changed after the first round
        }
        outcome = replay.call();
      }
    } catch (Exception e) {
      RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
      internalError("the replay of " + discovered.migrations().size() + " migrations", failure);
      return; // without a schema every entity would look unmigrated
    }
    long joined = System.nanoTime();
    List<Finding> replayFailures = outcome.failures();
    SchemaModel replayed = outcome.schema();
    Optional<SchemaModel> cached = outcome.fromCache() ? Optional.of(replayed) : Optional.empty();
    SchemaModel schema = replayed.withEntitySchema(hibernate.defaultSchema().map(Decision::value).orElse(null));

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
    Map<String, TypeElement> entityTypes = new HashMap<>(); // javac's lookup by name is costly: once per name
    for (String name : entityNames) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        roundEntities.add(type);
        entityTypes.put(name, type);
      }
    }
    String quoteAllSource = "option -A" + ProcessorOption.QUOTE_IDENTIFIERS.key();
    String quoteAll = processingEnv.getOptions().get(ProcessorOption.QUOTE_IDENTIFIERS.key());
    if (quoteAll == null && hibernate.globallyQuoted().isPresent()) {
      quoteAll = hibernate.globallyQuoted().get().value();
      quoteAllSource = hibernate.globallyQuoted().get().source();
    }
    quoteAll = quoteAll == null ? "false" : quoteAll.trim().toLowerCase(java.util.Locale.ROOT);
    if (!quoteAll.equals("true") && !quoteAll.equals("false")) {
      configError(quoteAllSource + " has unknown value '" + quoteAll + "'; valid values: true, false");
      return;
    }
    if (quoteAll.equals("true")) {
      decided.add("globally quoted identifiers from " + quoteAllSource);
    }
    boolean quoteKeywords = hibernate.autoQuoteKeyword().map(d -> d.value().trim().equalsIgnoreCase("true")).orElse(false);
    hibernate.autoQuoteKeyword().ifPresent(d -> decided.add("hibernate auto_quote_keyword " + d.value().trim() + " from " + d.source()));
    settingProblems.forEach(p -> decided.add("note: " + p));
    AuditSettings envers = enversSettings(hibernate, decided);
    List<TypeElement> converters = new ArrayList<>();
    for (String name : converterNames) {
      Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(name)).ifPresent(converters::add);
    }
    EntityReader reader = new EntityReader(config.naming().value(), quoteAll.equals("true"), roundEntities, custom, quoteKeywords,
        envers, converters, implicit);
    Map<TypeElement, Boolean> walked = new java.util.IdentityHashMap<>(); // shared superclasses are walked once
    for (String name : entityNames) {
      TypeElement type = entityTypes.get(name);
      if (type == null) {
        continue; // removed or renamed in a later round: nothing left to check
      }
      if (CompileErrors.inEntity(type, walked)) {
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
    findings.addAll(NativeQueryStage.run(processingEnv, checks, nativeSqlHolders, entities, schema, version()));
    long checked = System.nanoTime();
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
            + schema.stats().notUnderstood() + " not understood" + (cached.isPresent() ? ", replay from cache" : "") + ") from "
            + locations.existing().stream().map(l -> l + outsideNote(l, projectDir)).reduce((a, b) -> a + ", " + b).orElse("")
            + ": " + counts.errors() + " error" + (counts.errors() == 1 ? "" : "s") + ", "
            + counts.warnings() + " warning" + (counts.warnings() == 1 ? "" : "s")
            + (counts.suppressed() > 0 ? ", " + counts.suppressed() + " suppressed" : "")
            + (skipped.isEmpty() ? "" : "; not checked until they compile: " + String.join(", ", skipped))
            + " in " + millis + " ms; " + config.describe()
            + (decided.isEmpty() ? "" : "; " + String.join("; ", decided)));
    if ("true".equalsIgnoreCase(processingEnv.getOptions().getOrDefault(ProcessorOption.TIMINGS.key(), "false").trim())) {
      long reported = System.nanoTime();
      reporter.note(
          Rules.SUMMARY.tag() + " timings: " + (outcome.fromCache() ? "cache load " : "replay ") + outcome.millis()
              + " ms "
              + (early
                  ? "on a background thread started in the first round, of which the last round waited "
                      + (joined - configured) / 1_000_000 + " ms"
                  : "in the last round")
              + (firstRoundMillis >= 0 ? "; first round " + firstRoundMillis + " ms" : "")
              + "; configuration "
              + (configured - start) / 1_000_000 + " ms, entities and rules " + (checked - joined) / 1_000_000
              + " ms, report " + (reported - checked) / 1_000_000 + " ms (the last round's own time is the 'in "
              + millis + " ms' above)");
    }
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

  /**
   * The replay cache in the build's output folder ({@code target/} for Maven, {@code build/} for
   * Gradle), when the processor runs from its jar: the jar's size and time tell one build of the
   * processor from another. Without a project folder or a jar there is no cache.
   */
  private static Optional<SchemaCache> schemaCache(
      Optional<Path> projectDir, Dialect dialect, Map<String, String> placeholders, List<MigrationFile> migrations) {
    try {
      Path jar = Path.of(SchemaDriftProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (projectDir.isEmpty() || !Files.isRegularFile(jar)) {
        return Optional.empty();
      }
      Path dir = projectDir.get();
      Path output = Files.exists(dir.resolve("pom.xml")) ? dir.resolve("target") : dir.resolve("build");
      String build = version() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
      return Optional.of(
          SchemaCache.of(output.resolve("schemadrift-cache").resolve("schema.bin"), build, dialect, placeholders, migrations));
    } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
      return Optional.empty(); // no cache is only slower
    }
  }

  /** What a replay reads: equal keys give equal schemas. */
  private record ReplayKey(
      Dialect dialect, List<MigrationFile> migrations, Map<String, String> cacheInputs, String cacheOption,
      Optional<Path> projectDir, String defaultSchema, List<String> schemas) {}

  /** A replayed or cached schema, whether it came from the cache, and the files whose replay failed. */
  private record ReplayOutcome(SchemaModel schema, boolean fromCache, List<Finding> failures, long millis) {}

  /** The schema from the cache, else replayed (and then cached when every file replayed). */
  private ReplayOutcome replayOrLoad(ReplayKey key, Placeholders placeholders, long parseTimeout) {
    long start = System.nanoTime();
    beforeReplay.run();
    Optional<SchemaCache> cache =
        key.cacheOption().equals("on")
            ? schemaCache(key.projectDir(), key.dialect(), key.cacheInputs(), key.migrations())
            : Optional.empty();
    Optional<SchemaModel> cached = cache.flatMap(c -> c.load(key.migrations()));
    if (cached.isPresent()) {
      return new ReplayOutcome(cached.get(), true, List.of(), (System.nanoTime() - start) / 1_000_000);
    }
    List<Finding> replayFailures = new ArrayList<>();
    SchemaModel schema =
        MigrationReplayer.replay(
            key.migrations(),
            key.dialect(),
            placeholders,
            parseTimeout,
            key.defaultSchema(),
            key.schemas(),
            (at, e) ->
                replayFailures.add(
                    new Finding(
                        Rules.INTERNAL_ERROR,
                        Rules.INTERNAL_ERROR.defaultSeverity(),
                        Messages.internalError(version(), at.toString(), e),
                        SourcePosition.NONE,
                        at,
                        "~replay " + at)));
    if (replayFailures.isEmpty()) {
      cache.ifPresent(c -> c.store(schema)); // a replay that failed in part is not kept
    }
    return new ReplayOutcome(schema, false, replayFailures, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * A replay running on a daemon thread of its own; javac never waits for it unless it joins. The
   * thread first discovers the migration files of {@code locations}, which the last round reuses
   * when it resolves the same locations and naming and no walked folder changed since (walking
   * thousands of files is javac's time if done twice).
   */
  private record BackgroundReplay(
      List<Path> locations,
      MigrationDiscovery.Naming naming,
      CompletableFuture<MigrationDiscovery.Result> discovery,
      CompletableFuture<ReplayKey> key,
      FutureTask<ReplayOutcome> task) {
    /** Discovers the migrations, works out the key and then the replay, all on the thread. */
    static BackgroundReplay start(
        List<Path> locations,
        MigrationDiscovery.Naming naming,
        Function<MigrationDiscovery.Result, ReplayKey> keyOf,
        Function<ReplayKey, ReplayOutcome> replay) {
      CompletableFuture<MigrationDiscovery.Result> discovery = new CompletableFuture<>();
      CompletableFuture<ReplayKey> key = new CompletableFuture<>();
      FutureTask<ReplayOutcome> task =
          new FutureTask<>(
              () -> {
                try {
                  MigrationDiscovery.Result found = MigrationDiscovery.discover(locations, naming);
                  discovery.complete(found);
                  key.complete(keyOf.apply(found));
                } finally {
                  // whatever the discovery threw (an Error too), the last round must not wait forever
                  discovery.completeExceptionally(new IllegalStateException("the background discovery failed"));
                  key.completeExceptionally(new IllegalStateException("the background discovery failed"));
                }
                return replay.apply(key.join());
              });
      Thread thread = new Thread(null, task, "schemadrift-replay", 16L << 20);
      thread.setDaemon(true);
      thread.start();
      return new BackgroundReplay(List.copyOf(locations), naming, discovery, key, task);
    }

    /**
     * The thread's discovery when it walked these locations with this naming; empty when the
     * inputs differ or the discovery failed (the last round then discovers, and reports, itself).
     */
    Optional<MigrationDiscovery.Result> discovered(List<Path> wantedLocations, MigrationDiscovery.Naming wantedNaming) {
      if (!locations.equals(wantedLocations) || !naming.equals(wantedNaming)) {
        return Optional.empty();
      }
      try {
        return Optional.of(discovery.get());
      } catch (ExecutionException | java.util.concurrent.CancellationException e) {
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }

    /** Whether this replay reads the same inputs; waits for the thread's discovery if need be. */
    boolean hasKey(ReplayKey wanted) {
      try {
        return key.get().equals(wanted);
      } catch (ExecutionException | java.util.concurrent.CancellationException e) {
        return false; // the last round discovers again, and replays or reports on its own thread
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    /** The outcome; a failure in the replay is rethrown here, on javac's thread. */
    ReplayOutcome join() throws InterruptedException {
      try {
        return task.get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
      }
    }

    void cancel() {
      task.cancel(true);
    }
  }

  /** Where diagnostics go: nowhere while the first round only starts the replay early. */
  private Messager messager() {
    return speculative ? QUIET : processingEnv.getMessager();
  }

  private static final Messager QUIET =
      new Messager() {
        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg) {}

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {}

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {}

        @Override
        public void printMessage(
            Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {}
      };

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
    messager()
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
    messager().printMessage(Diagnostic.Kind.ERROR, Rules.CONFIG.tag() + " " + message);
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

  /** Hibernate Envers' naming settings; each one that is set is named in the summary. */
  private static AuditSettings enversSettings(HibernateSettings hibernate, List<String> decided) {
    AuditSettings d = AuditSettings.DEFAULTS;
    for (String key : List.of("audit_table_prefix", "audit_table_suffix", "revision_field_name", "revision_type_field_name",
        "do_not_audit_optimistic_locking_field")) {
      hibernate.envers(key).ifPresent(v -> decided.add("envers " + key + " '" + v.value() + "' from " + v.source()));
    }
    for (String key : AuditSettings.MORE_KEYS) {
      hibernate.envers(key).ifPresent(v -> decided.add("envers " + key + " '" + v.value() + "' from " + v.source()));
    }
    return new AuditSettings(
        hibernate.envers("audit_table_prefix").map(Decision::value).orElse(d.tablePrefix()),
        hibernate.envers("audit_table_suffix").map(Decision::value).orElse(d.tableSuffix()),
        hibernate.envers("revision_field_name").map(Decision::value).filter(v -> !v.isBlank()).orElse(d.revisionField()),
        hibernate.envers("revision_type_field_name").map(Decision::value).filter(v -> !v.isBlank()).orElse(d.revisionTypeField()),
        hibernate.envers("do_not_audit_optimistic_locking_field").map(v -> v.value().trim().equalsIgnoreCase("false"))
            .orElse(d.auditVersion()))
        .withMore(key -> hibernate.envers(key).map(Decision::value));
  }
}
