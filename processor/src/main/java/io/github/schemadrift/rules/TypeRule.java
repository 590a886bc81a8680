package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The column's SQL type is not one Hibernate 7's schema validate accepts for the attribute's Java
 * type on the dialect ({@link JavaTypeMapping}): an error, as validate rejects it, and for a type of
 * another kind reads and writes fail too. A pair validate accepts although values lose digits or
 * their zone is a warning. Types either side does not know, and attributes whose mapping is not a
 * plain basic type, are not judged. Under the Hibernate 5 mode, 5.6's looser validate decides
 * ({@link Hibernate5Validate}).
 */
public final class TypeRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("type", "the column's SQL type does not fit the attribute's Java type", Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {
    MappedColumns.forEach(entity, schema, (mapped, table, mapping, column) -> check(entity, table, mapping, column, schema, findings));
  }

  private static void check(
      EntityModel entity, TableDef table, ColumnMapping mapping, ColumnDef column, SchemaModel schema, Consumer<Finding> findings) {
    if (column.type() == null) {
      return;
    }
    Optional<JavaTypeMapping.Expected> expected = JavaTypeMapping.forMapping(mapping, schema.dialect(), entity.hibernate5());
    SqlTypeFamily family = SqlTypeFamily.of(column.type(), schema.dialect());
    if (expected.isEmpty() || family == SqlTypeFamily.UNKNOWN || expected.get().exact().contains(family)) {
      return;
    }
    boolean lossy = expected.get().lossy().contains(family)
        || entity.hibernate5() && Hibernate5Validate.lossyTime(expected.get(), schema.dialect(), column.type());
    boolean sameKind = expected.get().exact().stream().anyMatch(f -> f.kind().equals(family.kind()));
    String preferred = expected.get().preferred(schema.dialect());
    String fix = FixSql.changeType(schema.dialect(), table, column, preferred);
    findings.accept(
        new Finding(
            DESCRIPTOR,
            lossy ? Severity.WARNING : Severity.ERROR,
            ColumnMessages.typeMismatch(table, column, mapping, preferred, lossy, sameKind, fix),
            mapping.attribute(),
            column.lastChanged(),
            entity.qualifiedName() + "#" + mapping.attributePath(),
            fix));
  }
}
