package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A join table ({@code @ManyToMany}, {@code @JoinTable}) or collection table
 * ({@code @ElementCollection}, {@code @CollectionTable}) that no migration creates, or one of its
 * columns (join columns, the element or map key column, {@code @OrderColumn},
 * {@code @MapKeyColumn}) that it lacks: loading or saving the collection fails.
 */
public final class JoinTableRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("join-table", "a join or collection table, or one of its columns, does not exist", Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** Whether this rule, rather than missing-table and missing-column, reports the table. */
  static boolean covers(TableMapping table) {
    return table.kind() == TableMapping.Kind.JOIN || table.kind() == TableMapping.Kind.COLLECTION;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {
    for (TableMapping mapped : entity.tables()) {
      if (!covers(mapped)) {
        continue;
      }
      Optional<TableDef> found = TableLookup.find(schema, mapped);
      List<TableDef> elsewhere = found.isEmpty() ? schema.tablesNamed(mapped.name(), mapped.quoted()) : List.of();
      if (!elsewhere.isEmpty()) {
        findings.accept(
            new Finding(
                DESCRIPTOR,
                DESCRIPTOR.defaultSeverity(),
                TableMessages.joinTableInOtherSchema(entity, mapped, TableLookup.explicitSchema(schema, mapped), elsewhere),
                mapped.position(),
                null,
                entity.qualifiedName() + "#" + mapped.name()));
        continue;
      }
      if (found.isEmpty()) {
        Optional<String> suggestion =
            NameSuggestions.closest(mapped.name(), schema.tables().values().stream().map(TableDef::name).toList());
        String fix = FixSql.createTable(schema.dialect(), mapped);
        findings.accept(
            new Finding(
                DESCRIPTOR,
                DESCRIPTOR.defaultSeverity(),
                TableMessages.missingJoinTable(entity, mapped, schema.migrations().size(), suggestion, fix),
                mapped.position(),
                null,
                entity.qualifiedName() + "#" + mapped.name(),
                FixTables.createJoinTable(schema.dialect(), mapped)).about(new Finding.Concern(schema.dialect().key(mapped.name(), mapped.quoted()), null, null)));
        continue;
      }
      TableDef table = found.get();
      Set<String> reported = new HashSet<>();
      for (ColumnMapping column : mapped.columns()) {
        if (table.column(schema.dialect(), column.columnName(), column.quoted()).isPresent()
            || !reported.add(schema.dialect().key(column.columnName(), column.quoted()))) {
          continue;
        }
        Optional<String> suggestion =
            NameSuggestions.closest(column.columnName(), table.columns().stream().map(ColumnDef::name).toList());
        String fix = FixSql.addColumn(schema.dialect(), table, column);
        findings.accept(
            new Finding(
                DESCRIPTOR,
                DESCRIPTOR.defaultSeverity(),
                TableMessages.missingJoinTableColumn(mapped, table, column, suggestion, fix),
                column.columnAnnotation(),
                table.createdAt(),
                entity.qualifiedName() + "#" + mapped.name() + "." + column.columnName(),
                fix));
      }
    }
  }
}
