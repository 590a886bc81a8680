package io.github.schemadrift.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The floor of any entity check on javac's thread: an annotation processor that does nothing but
 * visit every {@code @Entity} class, its members and their annotations with their values, the
 * least schemadrift's entity reading must do. Run it as the only processor on a generated project
 * ({@code -processorpath bench/target/classes -processor io.github.schemadrift.bench.EntityScanFloor})
 * and it prints how long the visit took, in a note. It visits in the first round; with
 * {@code -AscanFloor.lastRound=true} it keeps the entities' qualified names and visits them in the
 * last round, looked up again, as schemadrift reads them (the fair floor for its last round).
 */
@SupportedAnnotationTypes("*")
public final class EntityScanFloor extends AbstractProcessor {

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /** The option that moves the visit to the last round. */
  static final String LAST_ROUND = "scanFloor.lastRound";

  private final List<String> names = new ArrayList<>();

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(LAST_ROUND);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean lastRound = Boolean.parseBoolean(processingEnv.getOptions().get(LAST_ROUND));
    long start = System.nanoTime();
    if (round.processingOver()) {
      if (lastRound) {
        visit(names.stream().map(n -> processingEnv.getElementUtils().getTypeElement(n)).toList(), start, "last round");
      }
      return false;
    }
    TypeElement entity = processingEnv.getElementUtils().getTypeElement("jakarta.persistence.Entity");
    if (entity == null) {
      return false;
    }
    List<Element> found = new ArrayList<>(round.getElementsAnnotatedWith(entity));
    if (lastRound) {
      found.forEach(e -> names.add(((TypeElement) e).getQualifiedName().toString()));
    } else {
      visit(found, start, "first round");
    }
    return false;
  }

  private void visit(List<? extends Element> entities, long start, String when) {
    int types = 0;
    int members = 0;
    int values = 0;
    for (Element type : entities) {
      types++;
      values += visit(type);
      for (Element member : type.getEnclosedElements()) {
        members++;
        values += visit(member);
        member.asType().toString();
      }
    }
    long micros = (System.nanoTime() - start) / 1_000;
    processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, "entity scan floor: " + types + " entities, "
        + members + " members, " + values + " annotation values visited in " + micros / 1000 + " ms (" + when + ")");
  }

  private static int visit(Element element) {
    int values = 0;
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      mirror.getAnnotationType().asElement().toString();
      for (var entry : mirror.getElementValues().entrySet()) {
        entry.getKey().getSimpleName().toString();
        entry.getValue().getValue();
        values++;
      }
    }
    return values;
  }
}
