package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import io.github.schemadrift.migration.ViewDef;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A mapped attribute whose column the table does not have: every load and save fails. */
public final class MissingColumnRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("missing-column", "a mapped column does not exist in the table", Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {
    for (TableMapping mapped : entity.tables()) {
      if (JoinTableRule.covers(mapped)) {
        continue; // join and collection tables are reported by join-table
      }
      ResolvedEntities.Table resolved = ResolvedEntities.table(schema, mapped); // resolved once per round
      Optional<TableDef> found = resolved.found();
      if (found.isEmpty()) {
        TableLookup.findView(schema, mapped).ifPresent(view -> checkView(entity, mapped, view, schema, findings));
        continue; // missing-table reports a missing table once
      }
      TableDef table = found.get();
      List<ColumnMapping> mappings = mapped.columns();
      for (int i = 0; i < mappings.size(); i++) {
        ColumnMapping column = mappings.get(i);
        if (resolved.column(i) != null
            || column.attributePath().equals(DiscriminatorRule.ATTRIBUTE)) {
          continue; // the discriminator column is reported by discriminator
        }
        findings.accept(missing(entity, schema, table, column));
      }
    }
  }

  /** The finding for a column the table lacks; when a migration renamed it, the rename is the finding. */
  private static Finding missing(EntityModel entity, SchemaModel schema, TableDef table, ColumnMapping column) {
    Dialect dialect = schema.dialect();
    Optional<ColumnDef> renamed = table.columns().stream()
        .filter(c -> c.formerlyNamed(dialect, column.columnName(), column.quoted()))
        .findFirst();
    String fix = renamed.isPresent()
        ? FixSql.renameColumn(dialect, table, renamed.get(), column.columnName())
        : FixSql.addColumn(dialect, table, column);
    String fileFix = renamed.isEmpty() && !column.ddlNullable() && !column.id() ? FixData.addNotNullColumn(dialect, table, column) : fix;
    String message = renamed.isPresent()
        ? TableMessages.renamedColumn(table, column, renamed.get(), fix)
        : TableMessages.missingColumn(table, column,
            NameSuggestions.closest(column.columnName(), table.columns().stream().map(ColumnDef::name).toList()), fix);
    return new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(), message, column.columnAnnotation(),
            renamed.map(ColumnDef::renamedAt).orElse(table.createdAt()), entity.qualifiedName() + "#" + column.attributePath(), fileFix)
        .about(new Finding.Concern(dialect.key(table.name(), table.quoted()), dialect.key(column.columnName(), column.quoted()),
            renamed.map(c -> dialect.key(c.name(), c.quoted())).orElse(null)));
  }

  /**
   * A view's columns are known only by name, and only when its select list names them (not for
   * {@code SELECT *}): a mapped column the view does not return fails every load.
   */
  private static void checkView(
      EntityModel entity, TableMapping mapped, ViewDef view, SchemaModel schema, Consumer<Finding> findings) {
    if (view.columns().isEmpty()) {
      return; // the view's columns cannot be derived, so nothing can be said about them
    }
    for (ColumnMapping column : mapped.columns()) {
      // a view's column names are kept without their quotes: compared ignoring case, never a false alarm
      boolean present = view.columns().stream().anyMatch(c -> c.equalsIgnoreCase(column.columnName()));
      if (present || column.attributePath().equals(DiscriminatorRule.ATTRIBUTE)) {
        continue;
      }
      Optional<String> suggestion = NameSuggestions.closest(column.columnName(), view.columns());
      findings.accept(
          new Finding(
              DESCRIPTOR,
              DESCRIPTOR.defaultSeverity(),
              TableMessages.missingViewColumn(view, column, suggestion),
              column.columnAnnotation(),
              view.createdAt(),
              entity.qualifiedName() + "#" + column.attributePath()));
    }
  }
}
