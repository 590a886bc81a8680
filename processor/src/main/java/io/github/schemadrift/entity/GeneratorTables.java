package io.github.schemadrift.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/** The tables of the {@code @TableGenerator}s an entity's identifier uses, split from {@link EntityReader}. */
final class GeneratorTables {

  private final PhysicalNames names;
  private final GenerationReader generations;

  GeneratorTables(PhysicalNames names, GenerationReader generations) {
    this.names = names;
    this.generations = generations;
  }

  /** The table of each {@code @TableGenerator} the entity's identifier uses, with its two columns. */
  void add(EntityContext context) {
    if (!context.tables.anyTableGeneration()) {
      return; // most entities: building their tables here would only be done again by the reader
    }
    for (TableMapping table : context.tables.build()) {
      for (ColumnMapping column : table.columns()) {
        Generation generation = column.generation();
        if (generation == null || generation.tableName() == null) {
          continue;
        }
        Optional<AnnotationMirror> generator = Optional.empty();
        for (Attribute attr : Attribute.declaredBy(context.hierarchy.root, context.access, TypeBindings.none())) {
          generator = generator.or(() -> generations.tableGenerator(attr, context, generation.generator()));
        }
        PhysicalNames.Name tableName = names.physicalTable(generator.flatMap(g -> JpaAnnotations.explicitString(g, "table"))
            .orElse(GenerationReader.DEFAULT_TABLE));
        TableDrafts.Draft draft = context.tables.table("#generator:" + tableName.name(), tableName, null, null,
            TableMapping.Kind.GENERATOR, column.attribute(), column.attributePath());
        draft.add(generatorColumn(generator.flatMap(g -> JpaAnnotations.explicitString(g, "pkColumnName"))
            .orElse(GenerationReader.DEFAULT_PK_COLUMN), "java.lang.String", 255, false, column));
        draft.add(generatorColumn(generator.flatMap(g -> JpaAnnotations.explicitString(g, "valueColumnName"))
            .orElse(generations.defaultValueColumn()), "java.lang.Long", null, true, column));
      }
    }
  }

  private ColumnMapping generatorColumn(String logical, String javaType, Integer length, boolean nullable, ColumnMapping id) {
    PhysicalNames.Name name = names.physical(logical);
    return new ColumnMapping(id.attributePath(), name.name(), name.quoted(), null, false, !nullable, javaType,
        id.attribute(), id.columnAnnotation(), id.columnAnnotation(), nullable,
        nullable ? EnumSet.noneOf(NotNullEvidence.class) : EnumSet.of(NotNullEvidence.ID),
        new ColumnShape(length, false, null, null, null, false, true, true, null),
        new ColumnType(javaType, javaType, List.of(), null, false, null, null), null, null, Map.of());
  }
}
