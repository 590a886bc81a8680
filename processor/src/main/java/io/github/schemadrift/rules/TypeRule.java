package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The column's SQL type cannot hold the attribute's Java type the way Hibernate 7 maps it by
 * default. A type from another family fails at run time (error); a narrower or looser type of the
 * right kind works until a value does not fit (warning). Types either side does not know, and
 * attributes whose mapping is not a plain basic type, are not judged.
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
    for (TableMapping mapped : entity.tables()) {
      schema.table(mapped.name(), mapped.quoted()).ifPresent(table -> check(entity, mapped, table, schema, findings));
    }
  }

  private static void check(
      EntityModel entity, TableMapping mapped, TableDef table, SchemaModel schema, Consumer<Finding> findings) {
    for (ColumnMapping mapping : mapped.columns()) {
      Optional<ColumnDef> column = table.column(schema.dialect(), mapping.columnName(), mapping.quoted());
      if (column.isEmpty() || column.get().type() == null) {
        continue;
      }
      Optional<JavaTypeMapping.Expected> expected = JavaTypeMapping.forMapping(mapping, schema.dialect());
      if (expected.isEmpty()) {
        continue;
      }
      SqlTypeFamily family = SqlTypeFamily.of(column.get().type());
      if (family == SqlTypeFamily.UNKNOWN || expected.get().exact().contains(family)) {
        continue;
      }
      boolean lossy = expected.get().lossy().contains(family);
      String preferred = expected.get().preferred(schema.dialect());
      String fix = FixSql.changeType(schema.dialect(), table, column.get(), preferred);
      findings.accept(
          new Finding(
              DESCRIPTOR,
              lossy ? Severity.WARNING : Severity.ERROR,
              Messages.typeMismatch(table, column.get(), mapping, preferred, lossy, fix),
              mapping.attribute(),
              column.get().lastChanged(),
              entity.qualifiedName() + "#" + mapping.attributePath(),
              fix));
    }
  }
}
