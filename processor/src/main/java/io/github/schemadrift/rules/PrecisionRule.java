package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlType;
import io.github.schemadrift.migration.TableDef;
import java.util.List;
import java.util.function.Consumer;

/**
 * A numeric column narrower than an explicit {@code @Column(precision, scale)}: fewer digits after
 * the point round values, fewer before it reject them. Only what the code writes is judged:
 * Hibernate's defaults (38, 2) are not a requirement anyone stated, and real schemas choose
 * {@code numeric(10, 2)} and the like on purpose, so defaults alone are never reported.
 */
public final class PrecisionRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("precision", "a numeric column is narrower than the declared precision or scale", Severity.ERROR);

  private static final List<String> NUMERIC = List.of("numeric", "decimal", "number", "dec");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {
    MappedColumns.forEach(
        entity, schema, (mapped, table, mapping, column) -> check(entity, table, column, mapping, schema, findings));
  }

  private static void check(
      EntityModel entity, TableDef table, ColumnDef column, ColumnMapping mapping, SchemaModel schema, Consumer<Finding> findings) {
    SqlType type = column.type();
    boolean explicit = mapping.positions().containsKey("precision") || mapping.positions().containsKey("scale");
    if (type == null || type.precision() == null || !NUMERIC.contains(type.base()) || !explicit
        || mapping.shape().columnDefinition() != null || mapping.shape().precision() == null) {
      return;
    }
    int precision = mapping.shape().precision();
    int scale = mapping.shape().scale() == null ? 0 : mapping.shape().scale();
    int actualScale = type.scale() == null ? 0 : type.scale();
    boolean rounds = actualScale < scale;
    boolean overflows = type.precision() - actualScale < precision - scale;
    if (!rounds && !overflows) {
      return;
    }
    int wantedScale = Math.max(scale, actualScale);
    int wantedDigits = Math.max(precision - scale, type.precision() - actualScale) + wantedScale;
    String wanted = type.base() + "(" + wantedDigits + ", " + wantedScale + ")";
    String fix = FixSql.changeType(schema.dialect(), table, column, wanted);
    findings.accept(
        new Finding(
            DESCRIPTOR,
            DESCRIPTOR.defaultSeverity(),
            ColumnMessages.numericTooNarrow(table, column, mapping, precision, scale, rounds, fix),
            rounds && mapping.positions().containsKey("scale") ? mapping.position("scale") : mapping.position("precision"),
            column.lastChanged(),
            entity.qualifiedName() + "#" + mapping.attributePath(),
            fix));
  }
}
