package io.github.schemadrift.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * An inheritance hierarchy's discriminator: the column the root maps (none under a
 * {@code @DiscriminatorFormula}) and each entity's value, split from {@link EntityReader}.
 */
final class Discriminators {

  private final PhysicalNames names;

  Discriminators(PhysicalNames names) {
    this.names = names;
  }

  static EntityTraits traits(TypeElement type, Hierarchy hierarchy, String entityName, boolean discriminated) {
    Optional<AnnotationMirror> written = JpaAnnotations.find(type, "DiscriminatorValue");
    String kind = JpaAnnotations.find(hierarchy.root, "DiscriminatorColumn")
        .flatMap(c -> JpaAnnotations.explicitEnum(c, "discriminatorType")).orElse("STRING");
    String value = !discriminated ? null
        : written.flatMap(v -> JpaAnnotations.explicitString(v, "value"))
            .orElse(kind.equals("STRING") ? entityName : null);
    SourcePosition position = written.map(v -> new SourcePosition(type, v, JpaAnnotations.explicit(v, "value").orElse(null)))
        .orElse(SourcePosition.of(type));
    return new EntityTraits(hierarchy.isAbstract(type), JpaAnnotations.hibernate(type, "Immutable").isPresent(),
        hierarchy.root.getQualifiedName().toString(), value, position);
  }

  /** Whether the hierarchy's root maps a discriminator column (the same test the root applies). */
  static boolean hasDiscriminator(Hierarchy hierarchy) {
    Optional<AnnotationMirror> declared = JpaAnnotations.find(hierarchy.root, "DiscriminatorColumn");
    return (hierarchy.strategy == EntityModel.Inheritance.SINGLE_TABLE
            && (hierarchy.hasSubclasses || !hierarchy.isRoot() || declared.isPresent()
                || JpaAnnotations.has(hierarchy.root, "DiscriminatorValue")))
        || (hierarchy.strategy == EntityModel.Inheritance.JOINED && declared.isPresent());
  }

  /** Adds the discriminator column to the root's primary table, when the hierarchy has one. */
  void add(EntityContext context) {
    Hierarchy hierarchy = context.hierarchy;
    Optional<AnnotationMirror> declared = JpaAnnotations.find(hierarchy.root, "DiscriminatorColumn");
    boolean needed = hierarchy.isRoot()
        && ((hierarchy.strategy == EntityModel.Inheritance.SINGLE_TABLE
                && (hierarchy.hasSubclasses || declared.isPresent() || JpaAnnotations.has(hierarchy.root, "DiscriminatorValue")))
            || (hierarchy.strategy == EntityModel.Inheritance.JOINED && declared.isPresent()));
    if (!needed || JpaAnnotations.hibernate(hierarchy.root, "DiscriminatorFormula").isPresent()) {
      return; // a @DiscriminatorFormula computes the discriminator: no column
    }
    AnnotationMirror column = declared.orElse(null);
    String kind = JpaAnnotations.explicitEnum(column, "discriminatorType").orElse("STRING");
    String javaType = switch (kind) {
      case "INTEGER" -> "java.lang.Integer";
      case "CHAR" -> "java.lang.Character";
      default -> "java.lang.String";
    };
    Integer length = kind.equals("STRING") ? JpaAnnotations.explicitInt(column, "length").orElse(31) : kind.equals("CHAR") ? 1 : null;
    PhysicalNames.Name name = names.physical(JpaAnnotations.explicitString(column, "name").orElse("DTYPE"));
    SourcePosition position = column != null ? new SourcePosition(context.entity, column, null) : SourcePosition.of(context.entity);
    String definition = JpaAnnotations.explicitString(column, "columnDefinition").orElse(null);
    context.primary().add(new ColumnMapping("#discriminator", name.name(), name.quoted(), null, false, false, javaType,
        SourcePosition.of(context.entity), position, position, false, EnumSet.of(NotNullEvidence.IMPLICIT),
        new ColumnShape(length, column != null && JpaAnnotations.explicit(column, "length").isPresent(), null, null,
            definition, false, true, true, null),
        new ColumnType(javaType, javaType, List.of(), null, false, null, null), null, null, Map.of()));
  }
}
