package io.github.schemadrift.rules;

import io.github.schemadrift.entity.AuditMapping;
import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Hibernate Envers' tables for {@code @Audited} entities: each entity's audit table with its id,
 * revision, revision type and audited columns, and the default revision table {@code REVINFO}
 * (unless the compilation maps its own {@code @RevisionEntity}, which the other rules check). A
 * missing one makes every write of an audited entity fail. Only existence is checked: Envers'
 * audit columns are nullable and typed like the entity's, which the other rules already compare.
 */
public final class AuditTableRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("audit-table", "an Envers audit or revision table or column does not exist", Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {
    if (entity.audit() != null) {
      checkTable(entity, entity.audit().table(), false, schema, findings);
    }
  }

  /** The revision table is shared by every audited entity: it is reported once, on the first of them. */
  @Override
  public void checkAll(List<EntityModel> entities, SchemaModel schema, Consumer<Finding> findings) {
    entities.stream()
        .filter(e -> e.audit() != null && e.audit().revisionTable() != null)
        .min(Comparator.comparing(EntityModel::qualifiedName))
        .ifPresent(first -> checkTable(first, first.audit().revisionTable(), true, schema, findings));
  }

  private static void checkTable(
      EntityModel entity, TableMapping expected, boolean revision, SchemaModel schema, Consumer<Finding> findings) {
    AuditMapping audit = entity.audit();
    String subject = (revision ? "~envers#" : entity.qualifiedName() + "#") + expected.name();
    Optional<TableDef> found = TableLookup.find(schema, expected);
    if (found.isEmpty()) {
      Optional<String> suggestion =
          NameSuggestions.closest(expected.name(), schema.tables().values().stream().map(TableDef::name).toList());
      String fix = FixSql.createKeyedTable(schema.dialect(), expected);
      findings.accept(
          new Finding(
              DESCRIPTOR,
              DESCRIPTOR.defaultSeverity(),
              revision
                  ? Messages.missingRevisionTable(entity, expected, schema.migrations().size(), suggestion, fix)
                  : Messages.missingAuditTable(entity, expected, schema.migrations().size(), suggestion, fix),
              revision ? audit.position() : expected.position(),
              null,
              subject,
              fix));
      return;
    }
    TableDef table = found.get();
    for (ColumnMapping column : expected.columns()) {
      if (table.column(schema.dialect(), column.columnName(), column.quoted()).isPresent()) {
        continue;
      }
      Optional<String> suggestion =
          NameSuggestions.closest(column.columnName(), table.columns().stream().map(ColumnDef::name).toList());
      String fix = FixSql.addColumn(schema.dialect(), table, column);
      findings.accept(
          new Finding(
              DESCRIPTOR,
              DESCRIPTOR.defaultSeverity(),
              revision
                  ? Messages.missingRevisionColumn(entity, table, column, suggestion, fix)
                  : Messages.missingAuditColumn(entity, table, column, suggestion, fix),
              column.attributePath().startsWith("#") ? audit.position() : column.columnAnnotation(),
              table.createdAt(),
              subject + "." + column.columnName(),
              fix));
    }
  }
}
