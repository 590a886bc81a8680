package io.github.schemadrift.migration;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;

/**
 * The table-alteration family: {@code ALTER TABLE} (its clauses applied by {@link
 * TableAlteration}), {@code RENAME TABLE} and SQL Server's {@code sp_rename}.
 */
final class TableAlterationReplay {

  private final ReplayContext context;
  private final Dialect dialect;
  private final ReplayState state;
  private final SchemaNames names;

  TableAlterationReplay(ReplayContext context) {
    this.context = context;
    this.dialect = context.dialect();
    this.state = context.state();
    this.names = context.names();
  }

  void alterTable(Alter alter, SqlLocation at, DdlRewriter.Rewritten rewritten) {
    String key = names.key(alter.getTable().getName());
    String tableKey = names.find(alter.getTable());
    TableDef table = tableKey == null ? null : state.tables.get(tableKey);
    if (table == null) {
      if (alter.isUseTableIfExists()) {
        state.replayed();
      } else {
        state.unsupported(at, "ALTER TABLE names table '" + SqlIdentifier.of(alter.getTable().getName()).name()
            + "', which no earlier migration created", key);
      }
      return;
    }
    TableAlteration alteration = new TableAlteration(dialect, context.constraints(), at);
    TableAlteration.Outcome outcome = alteration.apply(table, alter);
    if (outcome.table() != null) {
      state.tables.put(tableKey, outcome.table());
    }
    if (outcome.renamedTo() != null) {
      renameTable(tableKey, outcome.renamedTo());
    }
    if (outcome.problem() != null) {
      state.unsupported(at, outcome.problem(), key);
      return;
    }
    state.replayed();
  }

  void renameTables(RenameTableStatement rename, SqlLocation at, DdlRewriter.Rewritten rewritten) {
    for (Map.Entry<Table, Table> pair : rename.getTableNames()) {
      if (!renameTable(names.find(pair.getKey()), pair.getValue().getFullyQualifiedName())) {
        state.unsupported(at, "RENAME TABLE names table '" + pair.getKey().getName() + "', which no earlier migration created",
            names.key(pair.getKey().getName()));
        return;
      }
    }
    state.replayed();
  }

  /** SQL Server's {@code EXEC sp_rename 'table.old', 'new', 'COLUMN'} and table renames. */
  void spRename(String object, String newName, String kind, SqlLocation at) {
    String k = kind == null ? "OBJECT" : kind.toUpperCase(Locale.ROOT);
    if (k.equals("COLUMN")) {
      int dot = object.lastIndexOf('.');
      String tableName = dot < 0 ? "" : object.substring(0, dot);
      String column = object.substring(dot + 1);
      String tableKey = names.find(tableName);
      TableDef table = tableKey == null ? null : state.tables.get(tableKey);
      Optional<TableDef> renamed =
          table == null ? Optional.empty() : ConstraintEdits.renameColumn(table, dialect, column, newName, at);
      if (renamed.isEmpty()) {
        state.unsupported(at, "sp_rename names column '" + object + "', which no earlier migration created", names.key(tableName));
        return;
      }
      state.tables.put(tableKey, renamed.get());
    } else if (k.equals("INDEX")) {
      state.ignored();
      return;
    } else if (!renameTable(names.find(object), newName)) {
      state.ignored(); // a constraint or another object
      return;
    }
    state.replayed();
  }

  /** Renames the table under map key {@code fromKey} (null: none) to {@code to}, qualified or not. */
  boolean renameTable(String fromKey, String to) {
    SqlIdentifier neu = SqlIdentifier.of(SchemaNames.stripSchema(to));
    TableDef table = fromKey == null ? null : state.tables.remove(fromKey);
    if (table == null) {
      return false;
    }
    String oldKey = dialect.key(table.name(), table.quoted());
    String newKey = neu.key(dialect);
    String toSchema = names.schemaKeyOf(to);
    String schema = toSchema != null ? toSchema : table.schema();
    state.tables.put(names.mapKey(schema, newKey), table.renamed(schema, neu.name(), neu.quoted()));
    state.retargetForeignKeys(table.schema(), oldKey, schema, newKey);
    return true;
  }
}
