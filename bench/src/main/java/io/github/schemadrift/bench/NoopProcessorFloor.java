package io.github.schemadrift.bench;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The floor of any annotation processor: one that claims the entity annotations, as schemadrift
 * does, and does nothing with them. Its whole cost is javac's: with a processor present, javac
 * runs annotation-processing rounds, and before the last round it cleans and enters every class of
 * the compilation again. {@code bench/javac-bench.sh} times javac with this processor beside javac
 * alone, so that schemadrift's own share can be told from what javac charges every processor
 * ({@code -processorpath bench/target/classes -processor io.github.schemadrift.bench.NoopProcessorFloor}).
 */
@SupportedAnnotationTypes({"jakarta.persistence.Entity", "javax.persistence.Entity"})
public final class NoopProcessorFloor extends AbstractProcessor {

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
