package io.github.schemadrift;

import com.google.auto.service.AutoService;
import io.github.schemadrift.config.AnnotationConfig;
import io.github.schemadrift.config.SpringCode;
import io.github.schemadrift.entity.EntityReader;
import io.github.schemadrift.nativesql.NativeSqlReader;
import io.github.schemadrift.options.ProcessorOption;
import io.github.schemadrift.pipeline.Pipeline;
import io.github.schemadrift.pipeline.ProcessorVersion;
import io.github.schemadrift.pipeline.SchemaConstantsStage;
import io.github.schemadrift.pipeline.SettingsStage;
import io.github.schemadrift.rules.Messages;
import io.github.schemadrift.rules.Rule;
import io.github.schemadrift.rules.Rules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
 * The schemadrift annotation processor: a thin javac adapter over the {@link Pipeline}. While
 * rounds run it only collects qualified names (entities, converters, {@code @SchemaDriftConfig}
 * places); the first round starts the replay early, and the last round runs the check. It claims no
 * annotations, and nothing it meets may crash javac: an unexpected failure becomes one {@code
 * internal-error} diagnostic (each entity is checked in its own try inside the pipeline).
 */
@AutoService(Processor.class)
public final class SchemaDriftProcessor extends AbstractProcessor {

  private static final List<String> ENTITY_ANNOTATIONS =
      List.of("jakarta.persistence.Entity", "javax.persistence.Entity");

  private static final List<String> CONVERTER_ANNOTATIONS =
      List.of("jakarta.persistence.Converter", "javax.persistence.Converter");

  /** Where {@code @SchemaDriftConfig} is written: {@code package:a.b} or a type's qualified name. */
  private final Set<String> configPlaces = new LinkedHashSet<>();

  /** Qualified names of the entities seen in any round; elements are looked up again at the end. */
  private final Set<String> entityNames = new LinkedHashSet<>();

  /** Qualified names of the repositories and other types that hold native SQL, seen in any round. */
  private final Set<String> nativeSqlHolders = new LinkedHashSet<>();

  /** Qualified names of the {@code @Converter} classes seen in any round (auto-applied ones convert attributes). */
  private final Set<String> converterNames = new LinkedHashSet<>();

  /** Classes with {@code @PropertySource} or {@code @SpringBootApplication}/{@code @EnableAutoConfiguration}. */
  private final Set<String> springClasses = new LinkedHashSet<>();

  private boolean done;

  private boolean startedEarly;

  /** Runs at the start of every replay, in the thread that replays; tests make it fail. */
  private final Runnable beforeReplay;

  private final List<Rule> checks;

  private Pipeline pipeline;

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
    types.addAll(SpringCode.ANNOTATIONS);
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
    return ProcessorOption.supportedOptions(SettingsStage.ruleIds());
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      remember(annotations, round);
      if (pipeline == null) {
        pipeline = new Pipeline(processingEnv, checks, beforeReplay);
        pipeline.springCode(() -> SpringCode.read(processingEnv.getElementUtils(), springClasses));
      }
      if (round.processingOver() && !done) {
        done = true;
        try {
          pipeline.check(configAnnotations(), entityNames, converterNames, nativeSqlHolders);
        } finally {
          EntityReader.forgetRoundState(); // javac's thread may outlive this compilation (a build daemon's)
          Rules.forgetRoundState();
        }
      } else if (!round.processingOver() && !startedEarly) {
        startedEarly = true;
        pipeline.startEarly(this::configAnnotations);
        pipeline.generateConstants(configAnnotations(), // the entities are looked up only when constants are asked for
            () -> entityNames.stream().map(n -> processingEnv.getElementUtils().getTypeElement(n)).toList());
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

  /** Keeps the qualified names of this round's entities, converters and configuration places. */
  private void remember(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (name.equals(AnnotationConfig.NAME)) {
          rememberConfig(element);
        } else if (SpringCode.ANNOTATIONS.contains(name)) {
          if (element instanceof TypeElement type) {
            springClasses.add(type.getQualifiedName().toString());
          }
        } else if (NativeSqlReader.HOLDER_ANNOTATIONS.contains(name)) {
          TypeElement holder = NativeSqlReader.holderOf(element);
          if (holder != null) {
            nativeSqlHolders.add(holder.getQualifiedName().toString());
          }
        } else if (CONVERTER_ANNOTATIONS.contains(name)) {
          if (element instanceof TypeElement type) {
            converterNames.add(type.getQualifiedName().toString());
          }
        } else if (element instanceof TypeElement type && ENTITY_ANNOTATIONS.contains(name)) {
          entityNames.add(type.getQualifiedName().toString());
        }
      }
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

  static String version() {
    return ProcessorVersion.get();
  }
}
