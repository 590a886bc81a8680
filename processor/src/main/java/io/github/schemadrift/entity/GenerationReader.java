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
 * {@code SEQUENCE} and numeric {@code AUTO} (Hibernate 5: one {@code hibernate_sequence} with
 * increment 1 when no generator is named), the {@code hibernate_sequences} table for
 * {@code TABLE}.
 */
final class GenerationReader {

  static final String DEFAULT_TABLE = "hibernate_sequences";
  static final String DEFAULT_PK_COLUMN = "sequence_name";
  static final String DEFAULT_VALUE_COLUMN = "next_val";

  /** Hibernate 5's shared sequence, for {@code AUTO} and a {@code SEQUENCE} without generator. */
  static final String HIBERNATE5_SEQUENCE = "hibernate_sequence";
  /** The value column of Hibernate 5's legacy table generator (hi/lo, {@code new_generator_mappings=false}). */
  static final String LEGACY_VALUE_COLUMN = "sequence_next_hi_value";

  private final PhysicalNames names;
  private final IdStyle ids;

  GenerationReader(PhysicalNames names, IdStyle ids) {
    this.names = names;
    this.ids = ids;
  }

  /** The value column of a {@code @TableGenerator} that names none. */
  String defaultValueColumn() {
    return ids.legacy() ? LEGACY_VALUE_COLUMN : DEFAULT_VALUE_COLUMN;
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
      Optional<AnnotationMirror> table = declared(places, "TableGenerator", generator);
      String tableName = table.flatMap(t -> JpaAnnotations.explicitString(t, "table")).orElse(DEFAULT_TABLE);
      return new Generation(strategy, generator, null, names.physical(tableName).name(),
          table.flatMap(t -> JpaAnnotations.explicitInt(t, "allocationSize")).orElse(50),
          table.flatMap(t -> JpaAnnotations.explicitInt(t, "initialValue")).orElse(0),
          resolved(attr, places, generator, table.isPresent()), null, null,
          table.isEmpty() ? Generation.DEFAULT_SEGMENT
              : table.flatMap(t -> JpaAnnotations.explicitString(t, "pkColumnValue")).filter(v -> !v.isEmpty()).orElse(null));
    }
    Optional<AnnotationMirror> sequence = declared(places, "SequenceGenerator", generator);
    if (ids.legacy()) {
      return legacy(strategy, generator, sequence, resolved(attr, places, generator, sequence.isPresent()));
    }
    if (ids == IdStyle.HIBERNATE5 && generator == null && sequence.isEmpty()) {
      // 5.x (hibernate.id.new_generator_mappings, true by default): one shared sequence, increment 1
      return new Generation(strategy, null, names.physical(HIBERNATE5_SEQUENCE).name(), null, 1, 1, resolved(attr, places, null, false));
    }
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
   * Hibernate 5 with {@code new_generator_mappings=false}: {@code AUTO} without a generator is
   * {@code native} (identity, or a sequence where the dialect prefers one); a sequence is hi/lo over
   * the named {@code sequenceName}, else {@code hibernate_sequence} even when a
   * {@code @SequenceGenerator} names none, and the database steps it by 1 whatever
   * {@code allocationSize} says (5.6's export, hibernateproof/Hibernate5ProofTest).
   */
  private Generation legacy(String strategy, String generator, Optional<AnnotationMirror> sequence, boolean resolved) {
    if (strategy.equals("AUTO") && generator == null && ids == IdStyle.HIBERNATE5_LEGACY_IDENTITY) {
      return new Generation("IDENTITY", null, null, null, 1, 1, resolved);
    }
    String sequenceName = sequence.flatMap(s -> JpaAnnotations.explicitString(s, "sequenceName")).orElse(HIBERNATE5_SEQUENCE);
    return new Generation(strategy, generator, names.physical(sequenceName).name(), null, 1,
        sequence.flatMap(s -> JpaAnnotations.explicitInt(s, "initialValue")).orElse(1), resolved,
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
    return declared(places(attr, entity), "TableGenerator", generator);
  }

  /**
   * The generator annotation in force: Hibernate 5 uses a {@code @SequenceGenerator} or
   * {@code @TableGenerator} only when {@code @GeneratedValue} names it, 7 also an unnamed one or
   * one beside it (5.6's export, hibernateproof/Hibernate5ProofTest).
   */
  private Optional<AnnotationMirror> declared(List<Element> places, String kind, String generator) {
    return ids.hibernate5() && generator == null ? Optional.empty() : generator(places, kind, generator);
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
