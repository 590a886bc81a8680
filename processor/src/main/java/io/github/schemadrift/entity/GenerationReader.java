package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @GeneratedValue} with its {@code @SequenceGenerator} or {@code @TableGenerator}, and
 * Hibernate's defaults: a sequence named {@code <table or entity>_SEQ} with increment 50 for
 * {@code SEQUENCE} and numeric {@code AUTO}, the {@code hibernate_sequences} table for
 * {@code TABLE}.
 */
final class GenerationReader {

  static final String DEFAULT_TABLE = "hibernate_sequences";
  static final String DEFAULT_PK_COLUMN = "sequence_name";
  static final String DEFAULT_VALUE_COLUMN = "next_val";

  private final PhysicalNames names;

  GenerationReader(PhysicalNames names) {
    this.names = names;
  }

  Generation read(Attribute attr, EntityContext entity) {
    Optional<AnnotationMirror> generated = JpaAnnotations.find(attr.element(), "GeneratedValue");
    if (generated.isEmpty()) {
      return null;
    }
    String strategy = JpaAnnotations.explicitEnum(generated.get(), "strategy").orElse("AUTO");
    String generator = JpaAnnotations.explicitString(generated.get(), "generator").orElse(null);
    String idType = ColumnFactory.qualified(attr.type());
    if (strategy.equals("IDENTITY") || strategy.equals("UUID")
        || (strategy.equals("AUTO") && (idType.equals("java.util.UUID") || idType.equals("java.lang.String")))) {
      return new Generation(strategy, generator, null, null, 1, 1);
    }
    List<Element> places = places(attr, entity);
    if (strategy.equals("AUTO") && generator != null && generator(places, "SequenceGenerator", generator).isEmpty()
        && generator(places, "TableGenerator", generator).isPresent()) {
      strategy = "TABLE"; // AUTO naming a @TableGenerator: Hibernate generates through that table
    }
    if (strategy.equals("TABLE")) {
      Optional<AnnotationMirror> table = generator(places, "TableGenerator", generator);
      String tableName = table.flatMap(t -> JpaAnnotations.explicitString(t, "table")).orElse(DEFAULT_TABLE);
      return new Generation(strategy, generator, null, names.physical(tableName).name(),
          table.flatMap(t -> JpaAnnotations.explicitInt(t, "allocationSize")).orElse(50),
          table.flatMap(t -> JpaAnnotations.explicitInt(t, "initialValue")).orElse(0),
          resolved(attr, places, generator, table.isPresent()), null, null,
          table.isEmpty() ? Generation.DEFAULT_SEGMENT
              : table.flatMap(t -> JpaAnnotations.explicitString(t, "pkColumnValue")).filter(v -> !v.isEmpty()).orElse(null));
    }
    Optional<AnnotationMirror> sequence = generator(places, "SequenceGenerator", generator);
    String sequenceName = sequence.flatMap(s -> JpaAnnotations.explicitString(s, "sequenceName"))
        .or(() -> Optional.ofNullable(generator))
        .orElse(implicitSequenceBase(entity.hierarchy.root) + "_SEQ");
    return new Generation(strategy, generator, names.physical(sequenceName).name(), null,
        sequence.flatMap(s -> JpaAnnotations.explicitInt(s, "allocationSize")).orElse(50),
        sequence.flatMap(s -> JpaAnnotations.explicitInt(s, "initialValue")).orElse(1),
        resolved(attr, places, generator, sequence.isPresent()),
        sequence.flatMap(s -> JpaAnnotations.explicitString(s, "schema")).filter(v -> !v.isBlank()).orElse(null),
        sequence.flatMap(s -> JpaAnnotations.explicitString(s, "catalog")).filter(v -> !v.isBlank()).orElse(null));
  }

  /**
   * The base of Hibernate 7's implicit sequence name: the root entity's table name as written
   * ({@code @Table(name)}), else its entity name; Hibernate's own DDL names the sequence
   * {@code <base>_SEQ} and then applies the physical naming strategy.
   */
  private static String implicitSequenceBase(TypeElement root) {
    return JpaAnnotations.find(root, "Table")
        .flatMap(t -> JpaAnnotations.explicitString(t, "name"))
        .orElse(EntityReader.entityName(root));
  }

  /**
   * Whether the generator is surely the JPA one read here: a named generator must be found, and
   * no Hibernate generator ({@code @GenericGenerator}, an {@code @IdGeneratorType} or
   * {@code @ValueGenerationType} annotation) may sit on the attribute or its classes.
   */
  private static boolean resolved(Attribute attr, List<Element> places, String generator, boolean found) {
    if (generator != null && !found) {
      return false;
    }
    for (Element place : places) {
      if (JpaAnnotations.hibernate(place, "GenericGenerator").isPresent()
          || JpaAnnotations.hibernate(place, "GenericGenerators").isPresent()) {
        return false;
      }
    }
    for (AnnotationMirror mirror : attr.element().getAnnotationMirrors()) {
      for (AnnotationMirror meta : mirror.getAnnotationType().asElement().getAnnotationMirrors()) {
        String name = JpaAnnotations.qualifiedName(meta);
        if (name.equals("org.hibernate.annotations.IdGeneratorType") || name.equals("org.hibernate.annotations.ValueGenerationType")) {
          return false;
        }
      }
    }
    return true;
  }

  /** The {@code @TableGenerator} that defines a table generation's table, for its columns. */
  Optional<AnnotationMirror> tableGenerator(Attribute attr, EntityContext entity, String generator) {
    return generator(places(attr, entity), "TableGenerator", generator);
  }

  private static List<Element> places(Attribute attr, EntityContext entity) {
    List<Element> places = new ArrayList<>();
    places.add(attr.element());
    places.addAll(entity.hierarchy.classesTopDown);
    TypeElement type = entity.entity;
    Element pkg = type.getEnclosingElement();
    while (pkg != null && pkg.getEnclosingElement() != null && !(pkg instanceof javax.lang.model.element.PackageElement)) {
      pkg = pkg.getEnclosingElement();
    }
    if (pkg != null) {
      places.add(pkg);
    }
    return places;
  }

  /** The generator annotation named {@code name}, or an unnamed one where the value is generated. */
  private static Optional<AnnotationMirror> generator(List<Element> places, String kind, String name) {
    for (Element place : places) {
      List<AnnotationMirror> found = JpaAnnotations.all(place, kind, kind + "s");
      for (AnnotationMirror g : found) {
        Optional<String> n = JpaAnnotations.explicitString(g, "name");
        if (name == null ? n.isEmpty() || place == places.get(0) : n.map(name::equals).orElse(false)) {
          return Optional.of(g);
        }
      }
    }
    return Optional.empty();
  }
}
