package io.github.schemadrift.migration;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.drop.Drop;

/** The index family: {@code CREATE [UNIQUE] INDEX} and {@code DROP INDEX}. */
final class IndexReplay {

  private final ReplayContext context;
  private final Dialect dialect;
  private final ReplayState state;
  private final SchemaNames names;

  IndexReplay(ReplayContext context) {
    this.context = context;
    this.dialect = context.dialect();
    this.state = context.state();
    this.names = context.names();
  }

  void createIndex(CreateIndex create, SqlLocation at, MigrationReplayer.ParseOutcome parse) {
    String key = names.key(create.getTable().getName());
    String tableKey = names.find(create.getTable());
    TableDef table = tableKey == null ? null : state.tables.get(tableKey);
    Index index = create.getIndex();
    String name = index.getName() == null ? null : SqlIdentifier.of(SchemaNames.stripSchema(index.getName())).name();
    if (table == null) {
      state.unsupported(at, "CREATE INDEX '" + name + "' names table '" + create.getTable().getName()
          + "', which no earlier migration created", key);
      return;
    }
    if (name != null && ConstraintEdits.findIndex(table, dialect, name).isPresent()) {
      if (create.isUsingIfNotExists()) {
        state.replayed();
      } else {
        state.unsupported(at, "index '" + name + "' is created twice; the database would refuse the second CREATE INDEX", key);
      }
      return;
    }
    boolean unique = index.getType() != null && index.getType().toUpperCase(Locale.ROOT).contains("UNIQUE");
    List<String> columns = context.constraints().keys(index.getColumnsNames());
    state.tables.put(tableKey, ConstraintReader.withIndex(table, new IndexDef(name, columns, unique, at)));
    state.replayed();
  }

  /** {@code DROP INDEX a, b}: false when one is missing and IF EXISTS is absent (reported). */
  boolean dropIndexes(Drop drop, List<Table> indexes, SqlLocation at) {
    for (Table t : indexes) {
      if (!dropIndex(t, drop, at) && !drop.isIfExists()) {
        return false;
      }
    }
    return true;
  }

  private boolean dropIndex(Table indexName, Drop drop, SqlLocation at) {
    String name = SqlIdentifier.of(indexName.getName()).name();
    String onTable = null;
    List<String> on = drop.getParamsByType("ON");
    if (on != null && !on.isEmpty()) {
      onTable = on.get(0);
    } else if (dialect == Dialect.SQLSERVER && indexName.getSchemaName() != null) {
      onTable = indexName.getSchemaName(); // DROP INDEX table.index
    }
    String onKey = onTable == null ? null : names.find(onTable);
    for (Map.Entry<String, TableDef> entry : state.tables.entrySet()) {
      if (onTable != null && !entry.getKey().equals(onKey)) {
        continue;
      }
      Optional<TableDef> without = ConstraintEdits.dropIndex(entry.getValue(), dialect, name);
      if (without.isPresent()) {
        entry.setValue(without.get());
        return true;
      }
    }
    if (!drop.isIfExists()) {
      state.unsupported(at, "DROP INDEX names index '" + name + "', which no earlier migration created",
          onTable == null ? null : names.key(onTable));
    }
    return false;
  }
}
