package io.github.schemadrift.pipeline;

import io.github.schemadrift.config.AnnotationConfig;
import io.github.schemadrift.report.Reporter;
import io.github.schemadrift.rules.Finding;
import io.github.schemadrift.rules.Rule;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * The check, as a chain of stages with typed hand-offs:
 *
 * <pre>
 * options ─► SettingsStage ─► Settings ─► ReplayStage ─► ReplayedSchema ─┐
 * entity names ─────────────────────────► EntityStage ─► MappedEntities ─┴► Findings ─► Reporters
 * </pre>
 *
 * <p>The first round runs the settings quietly and starts the replay on a background thread
 * ({@link #startEarly}); the last round ({@link #check}) resolves the settings again, with their
 * diagnostics, and uses that replay when its inputs are the same. One instance lives as long as
 * the processor, so that the background replay outlives the first round.
 */
public final class Pipeline {

  private final ProcessingEnvironment env;
  private final ReplayStage replayStage;
  private final Findings findings;
  private final List<Rule> rules;

  /** The opt-in schema constants, written in the first round. */
  private final SchemaConstantsStage constants = new SchemaConstantsStage();

  /** The replay started in the first round, on a thread of its own, while javac goes on. */
  private BackgroundReplay background;

  /** What the application's Spring classes say; the processor sets it from the classes it saw. */
  private Supplier<io.github.schemadrift.config.SpringCode> springCode = () -> io.github.schemadrift.config.SpringCode.NONE;

  /** The classes with {@code @PropertySource} or auto-configuration excludes, read when the settings are. */
  public void springCode(Supplier<io.github.schemadrift.config.SpringCode> code) {
    this.springCode = code;
  }

  /** How long the first round's quiet configuration and start of the replay took on javac's thread. */
  private long firstRoundMillis = -1;

  public Pipeline(ProcessingEnvironment env, List<Rule> rules, Runnable beforeReplay) {
    this.env = env;
    this.replayStage = new ReplayStage(beforeReplay);
    this.findings = new Findings(rules);
    this.rules = List.copyOf(rules);
  }

  /**
   * In the first round, after {@link #startEarly}: writes the schema constants when asked to,
   * from the replay that started (javac compiles them only if they are written before the last round).
   * The originating elements are looked up only when the constants are written.
   */
  public void generateConstants(List<AnnotationConfig> annotations,
      Supplier<List<? extends javax.lang.model.element.Element>> originating) {
    constants.firstRound(env, annotations, () -> background == null ? null : background.join().schema(), originating);
  }

  /**
   * Runs the configuration quietly in the first round and starts the migration replay (or the
   * cache load) on a daemon thread, so that it overlaps javac's own work. A failure here changes
   * nothing: the last round meets it and reports it.
   */
  public void startEarly(Supplier<List<AnnotationConfig>> annotations) {
    long start = System.nanoTime();
    try {
      Diagnostics quiet = Diagnostics.quiet();
      new SettingsStage(env, quiet, springCode.get()).resolve(annotations.get())
          .flatMap(settings -> replayStage.startEarly(settings, quiet))
          .ifPresent(started -> background = started);
    } catch (RuntimeException | LinkageError e) {
      // the last round runs the same code and reports what fails
    } finally {
      firstRoundMillis = (System.nanoTime() - start) / 1_000_000;
    }
  }

  /** The last round's check: every stage in turn, each one's output the next one's input. */
  public void check(List<AnnotationConfig> annotations, Collection<String> entityNames, Collection<String> converterNames) {
    check(annotations, entityNames, converterNames, List.of());
  }

  /**
   * The last round's check, with the types that hold native SQL (repositories) for the native-query
   * rule; it returns after the background replay's store of the cache, which runs beside it.
   */
  public void check(List<AnnotationConfig> annotations, Collection<String> entityNames, Collection<String> converterNames,
      Collection<String> nativeSqlHolders) {
    try {
      checkNow(annotations, entityNames, converterNames, nativeSqlHolders);
    } finally {
      if (background != null) {
        background.awaitStored();
      }
    }
  }

  private void checkNow(List<AnnotationConfig> annotations, Collection<String> entityNames, Collection<String> converterNames,
      Collection<String> nativeSqlHolders) {
    long start = System.nanoTime();
    constants.lastRound(env.getMessager());
    Diagnostics out = new Diagnostics(env.getMessager());
    Optional<Settings> resolved = new SettingsStage(env, out, springCode.get()).resolve(annotations);
    if (resolved.isEmpty()) {
      return;
    }
    Settings settings = resolved.get();
    // what this check reads, for schemadrift-maven-plugin's look before the next compile
    BuildInputs.record(env.getFiler(), env.getElementUtils(), settings, entityNames);
    Reporters reporters = new Reporters(env, settings, out);
    Optional<ReplayedSchema> schema = replayStage.replay(settings, out, background);
    if (schema.isEmpty()) {
      return;
    }
    ReplayedSchema replayed = schema.get();
    reporters.replayNotes(replayed);
    reporters.exportSchema(replayed.schema());
    if (settings.quotingProblem().isPresent()) {
      out.configError(settings.quotingProblem().get());
      return;
    }
    EntityStage entityStage = new EntityStage(env.getElementUtils());
    MappedEntities mapped = entityStage.read(settings, entityNames, converterNames);
    List<Finding> all = new java.util.ArrayList<>(findings.collect(mapped, replayed));
    all.addAll(NativeQueryStage.run(env, rules, nativeSqlHolders, mapped.entities(), replayed.schema(), entityStage.entityTypes()));
    long checked = System.nanoTime();
    Reporter.Outcome counts = reporters.report(all, replayed.schema());
    Summary summary = new Summary(replayed, mapped, counts, start, checked, (System.nanoTime() - start) / 1_000_000);
    reporters.summary(summary);
    reporters.timings(summary, firstRoundMillis, System.nanoTime());
  }
}
