package io.github.schemadrift.rules;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.function.Consumer;

/** An entity whose table no migration creates: every query on it fails. */
public final class MissingTableRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("missing-table", "the entity's table does not exist after the migrations", Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {
    if (schema.table(entity.tableName(), entity.tableQuoted()).isPresent()) {
      return;
    }
    var suggestion =
        NameSuggestions.closest(entity.tableName(), schema.tables().values().stream().map(TableDef::name).toList());
    findings.accept(
        new Finding(
            DESCRIPTOR,
            DESCRIPTOR.defaultSeverity(),
            Messages.missingTable(entity, schema.migrations().size(), suggestion),
            entity.tableAnnotation(),
            null,
            entity.qualifiedName()));
  }
}
