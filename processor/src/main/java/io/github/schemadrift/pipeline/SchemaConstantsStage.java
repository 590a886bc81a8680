package io.github.schemadrift.pipeline;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.github.schemadrift.config.AnnotationConfig;
import io.github.schemadrift.generate.SchemaConstants;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.options.ProcessorOption;
import io.github.schemadrift.rules.Rules;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * The opt-in generation of the schema as Java constants ({@code -Aschemadrift.generate=<package>}
 * or {@code @SchemaDriftConfig(generate = ...)}). The files must be written in a round javac still
 * compiles, so this runs in the first round: it waits for the replay the first round started on its
 * background thread, then writes. The last round says why, if nothing was written.
 */
public final class SchemaConstantsStage {

  private String requested;
  private String problem;
  private boolean written;

  /**
   * Whether an option asks for constants: the processor then runs in the first round even when
   * no source holds an annotation it reads. (An {@code @SchemaDriftConfig} is such an annotation.)
   */
  public static boolean requested(ProcessingEnvironment env) {
    String option = env == null ? null : env.getOptions().get(ProcessorOption.GENERATE.key());
    return option != null && !option.isBlank();
  }

  /** Writes the constants when asked to; {@code schema} waits for the first round's replay (null: none started). */
  void firstRound(ProcessingEnvironment env, List<AnnotationConfig> configs, Callable<SchemaModel> schema,
      java.util.function.Supplier<List<? extends Element>> originating) {
    requested = requestedPackage(env.getOptions(), configs);
    if (requested == null || written) {
      return;
    }
    if (!validPackage(requested)) {
      problem = "'" + requested + "' is not a valid package name";
      return;
    }
    try {
      SchemaModel replayed = schema.call();
      if (replayed == null) {
        problem = "the migrations could not be replayed in the first round (see the other messages)";
        return;
      }
      ClassName generated = env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null
          ? ClassName.get("javax.annotation.processing", "Generated")
          : env.getElementUtils().getTypeElement("javax.annotation.Generated") != null ? ClassName.get("javax.annotation", "Generated")
          : null;
      for (JavaFile file : new SchemaConstants(replayed, requested, generated, originating.get()).files()) {
        file.writeTo(env.getFiler());
      }
      written = true;
    } catch (Exception | LinkageError e) {
      problem = "writing them failed: " + e;
    }
  }

  /** In the last round: one error when constants were asked for and not written. */
  void lastRound(Messager messager) {
    if (requested != null && !written) {
      messager.printMessage(Diagnostic.Kind.ERROR, Rules.CONFIG.tag() + " the schema constants of option '"
          + ProcessorOption.GENERATE.key() + "' were not generated into '" + requested + "': " + problem);
    }
  }

  private static String requestedPackage(Map<String, String> options, List<AnnotationConfig> configs) {
    String option = options.get(ProcessorOption.GENERATE.key());
    if (option != null && !option.isBlank()) {
      return option.trim();
    }
    for (AnnotationConfig config : configs) {
      String value = generateAttribute(config.mirror());
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }

  private static String generateAttribute(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("generate") && e.getValue().getValue() instanceof String s) {
        return s;
      }
    }
    return null;
  }

  private static boolean validPackage(String name) {
    for (String part : name.split("\\.", -1)) {
      if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) {
        return false;
      }
    }
    return true;
  }
}
