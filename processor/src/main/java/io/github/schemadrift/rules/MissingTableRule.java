package io.github.schemadrift.rules;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import io.github.schemadrift.migration.SqlLocation;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An entity whose table no migration creates: every query on it fails. Secondary tables are
 * checked too (join and collection tables by {@link JoinTableRule}, generator tables by
 * {@link GenerationRule}); an entity that maps no table ({@code @Subselect}, an
 * abstract table-per-class root) has none to miss.
 */
public final class MissingTableRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("missing-table", "the entity's table does not exist after the migrations", Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {
    for (TableMapping mapped : entity.tables()) {
      if (mapped.kind() == TableMapping.Kind.FOREIGN || ResolvedEntities.table(schema, mapped).found().isPresent()) {
        continue; // another entity's table is reported by that entity
      }
      if (JoinTableRule.covers(mapped)) {
        continue; // join and collection tables are reported by join-table
      }
      if (GenerationRule.covers(mapped)) {
        continue; // a @TableGenerator's table is reported by generation
      }
      if (TableLookup.findView(schema, mapped).isPresent()) {
        continue; // an entity may map a view; missing-column checks its columns when they are known
      }
      boolean primary = mapped.kind() == TableMapping.Kind.PRIMARY;
      List<TableDef> elsewhere = schema.tablesNamed(mapped.name(), mapped.quoted());
      if (!elsewhere.isEmpty()) {
        findings.accept(
            new Finding(
                DESCRIPTOR,
                DESCRIPTOR.defaultSeverity(),
                TableMessages.tableInOtherSchema(entity, mapped, TableLookup.explicitSchema(schema, mapped), elsewhere),
                primary ? entity.tableAnnotation() : mapped.position(),
                null,
                primary ? entity.qualifiedName() : entity.qualifiedName() + "#" + mapped.name()));
        continue;
      }
      var suggestion =
          NameSuggestions.closest(mapped.name(), schema.tables().values().stream().map(TableDef::name).toList());
      Optional<SqlLocation> dropped = schema.droppedAt(mapped.name(), mapped.quoted());
      String message = dropped.isPresent()
          ? TableMessages.droppedTable(entity, mapped, dropped.get())
          : primary
              ? TableMessages.missingTable(entity, schema.migrations().size(), suggestion)
              : TableMessages.missingMappedTable(entity, mapped, schema.migrations().size(), suggestion);
      String fix = FixTables.createEntityTable(schema.dialect(), mapped);
      if (dropped.isPresent()) {
        fix = "-- '" + mapped.name() + "' was dropped at " + dropped.get() + " with its rows: this creates it again, empty\n" + fix;
      }
      findings.accept(
          new Finding(
              DESCRIPTOR,
              DESCRIPTOR.defaultSeverity(),
              message,
              primary ? entity.tableAnnotation() : mapped.position(),
              dropped.orElse(null),
              primary ? entity.qualifiedName() : entity.qualifiedName() + "#" + mapped.name(),
              fix)
          .about(new Finding.Concern(schema.dialect().key(mapped.name(), mapped.quoted()), null, null)));
    }
  }
}
