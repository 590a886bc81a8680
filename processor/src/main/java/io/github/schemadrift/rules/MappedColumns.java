package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The pairs most rules compare: each column an entity maps, with the replayed column of the same
 * name. Mapped tables and columns the schema lacks are skipped; missing-table, missing-column and
 * join-table report those once.
 *
 * <p>Several rules visit the pairs of the same entity one after the other, so the last entity's
 * pairs are kept on this thread until another entity is visited or {@link #forget} is called.
 */
final class MappedColumns {

  /** One mapped column and the database's column for it. */
  interface Visitor {
    void visit(TableMapping mapped, TableDef table, ColumnMapping mapping, ColumnDef column);
  }

  private record Pair(TableMapping mapped, TableDef table, ColumnMapping mapping, ColumnDef column) {}

  /** The last entity visited on a thread, the schema it was matched against and its pairs. */
  private static final class Last {
    EntityModel entity;
    SchemaModel schema;
    List<Pair> pairs;
  }

  private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

  private MappedColumns() {}

  static void forEach(EntityModel entity, SchemaModel schema, Visitor visitor) {
    Last last = LAST.get();
    if (last.entity != entity || last.schema != schema) {
      List<Pair> pairs = new ArrayList<>();
      for (TableMapping mapped : entity.tables()) {
        ResolvedEntities.Table resolved = ResolvedEntities.table(schema, mapped); // resolved once per round
        if (resolved.found().isEmpty()) {
          continue;
        }
        TableDef table = resolved.found().get();
        List<ColumnMapping> mappings = mapped.columns();
        for (int i = 0; i < mappings.size(); i++) {
          ColumnDef column = resolved.column(i);
          if (column != null) {
            pairs.add(new Pair(mapped, table, mappings.get(i), column));
          }
        }
      }
      last.entity = entity;
      last.schema = schema;
      last.pairs = pairs;
    }
    for (Pair pair : last.pairs) {
      visitor.visit(pair.mapped(), pair.table(), pair.mapping(), pair.column());
    }
  }

  /** How many entities this thread remembers (for tests). */
  static int remembered() {
    return LAST.get().entity != null ? 1 : 0;
  }

  /** Drops this thread's last entity: it holds source positions, and through them the compilation. */
  static void forget() {
    LAST.remove();
  }
}
