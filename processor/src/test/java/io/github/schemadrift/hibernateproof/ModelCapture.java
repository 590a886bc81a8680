package io.github.schemadrift.hibernateproof;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.EntityReader;
import io.github.schemadrift.entity.NamingStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** A test processor that reads every {@code @Entity} of the first round with schemadrift's reader. */
final class ModelCapture extends AbstractProcessor {

  private final NamingStrategy naming;
  private final io.github.schemadrift.entity.ImplicitNaming implicit;
  private final io.github.schemadrift.entity.TypePreferences types;
  final List<EntityModel> models = new ArrayList<>();
  final List<String> failures = new ArrayList<>();

  ModelCapture(NamingStrategy naming) {
    this(naming, io.github.schemadrift.entity.ImplicitNaming.defaultFor(naming, false));
  }

  ModelCapture(NamingStrategy naming, io.github.schemadrift.entity.ImplicitNaming implicit) {
    this(naming, implicit, io.github.schemadrift.entity.TypePreferences.DEFAULTS);
  }

  /** @param types Hibernate's type settings, and whether Hibernate 5's defaults apply */
  ModelCapture(NamingStrategy naming, io.github.schemadrift.entity.ImplicitNaming implicit,
      io.github.schemadrift.entity.TypePreferences types) {
    this.naming = naming;
    this.implicit = implicit;
    this.types = types;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("jakarta.persistence.Entity", "javax.persistence.Entity");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<TypeElement> entities = new ArrayList<>();
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        entities.add((TypeElement) e);
      }
    }
    EntityReader reader = new EntityReader(naming, false, entities, null, false,
        io.github.schemadrift.entity.AuditSettings.DEFAULTS, List.of(), implicit, types);
    for (TypeElement entity : entities) {
      try {
        models.add(reader.read(entity));
      } catch (RuntimeException e) {
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        failures.add(entity.getQualifiedName() + ": " + trace);
      }
    }
    return false;
  }
}
