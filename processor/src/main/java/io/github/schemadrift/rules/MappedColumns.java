package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;

/**
 * The pairs most rules compare: each column an entity maps, with the replayed column of the same
 * name. Mapped tables and columns the schema lacks are skipped; missing-table, missing-column and
 * join-table report those once.
 */
final class MappedColumns {

  /** One mapped column and the database's column for it. */
  interface Visitor {
    void visit(TableMapping mapped, TableDef table, ColumnMapping mapping, ColumnDef column);
  }

  private MappedColumns() {}

  static void forEach(EntityModel entity, SchemaModel schema, Visitor visitor) {
    for (TableMapping mapped : entity.tables()) {
      TableLookup.find(schema, mapped)
          .ifPresent(
              table -> {
                ColumnIndex columns = ColumnIndex.of(schema.dialect(), table);
                for (ColumnMapping mapping : mapped.columns()) {
                  columns
                      .column(mapping.columnName(), mapping.quoted())
                      .ifPresent(column -> visitor.visit(mapped, table, mapping, column));
                }
              });
    }
  }
}
