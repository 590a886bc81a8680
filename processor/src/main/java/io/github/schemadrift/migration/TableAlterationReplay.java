package io.github.schemadrift.migration;

import java.util.List;
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
  private final OwnedSequences ownedSequences;
  private final ObjectRenameReplay renames;

  TableAlterationReplay(ReplayContext context) {
    this.renames = new ObjectRenameReplay(context);
    this.ownedSequences = new OwnedSequences(context);
    this.context = context;
    this.dialect = context.dialect();
    this.state = context.state();
    this.names = context.names();
  }

  void alterTable(Alter alter, SqlLocation at, MigrationReplayer.ParseOutcome parse) {
    String key = names.key(alter.getTable().getName());
    String tableKey = names.find(alter.getTable());
    TableDef table = tableKey == null ? null : state.tables.get(tableKey);
    if (table == null && renamesAView(alter, at)) {
      state.replayed();
      return;
    }
    if (table == null) {
      if (alter.isUseTableIfExists()) {
        state.replayed();
      } else {
        state.unsupported(at, "ALTER TABLE names table '" + SqlIdentifier.of(alter.getTable().getName()).name()
            + "', which no earlier migration created", key);
      }
      return;
    }
    TableAlteration alteration = new TableAlteration(dialect, context.constraints(), at, parse.guardedIndexes());
    TableAlteration.Outcome outcome = alteration.apply(table, alter);
    String refusal = outcome.refused() ? outcome.problem()
        : outcome.table() == null ? null : ForeignKeyTypes.refusal(dialect, state, table, outcome.table());
    if (refusal != null) {
      state.unsupported(at, refusal.startsWith("ALTER TABLE") ? refusal : "ALTER TABLE '" + table.name() + "': " + refusal, key);
      return;
    }
    List<DependentObjects.Dependent> dependents = dependents(tableKey, table, outcome.effects(), at);
    if (dependents == null) {
      return;
    }
    if (outcome.table() != null) {
      state.tables.put(tableKey, outcome.table());
      ownedSequences.dropOrphans(tableKey);
      ownedSequences.create(tableKey, at);
    }
    new DependentObjects(dialect, state).drop(dependents);
    for (AlterationEffects.Renamed renamed : outcome.effects().renamedColumns) {
      state.retargetReferencedColumn(table, dialect, renamed.from(), renamed.to());
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

  /**
   * What other tables and views lose with the columns and keys an alteration drops (with CASCADE
   * they are dropped too); null, reported, when one exists without CASCADE, as the database then
   * refuses the statement and nothing of it is applied.
   */
  private List<DependentObjects.Dependent> dependents(String tableKey, TableDef before, AlterationEffects effects, SqlLocation at) {
    DependentObjects dependents = new DependentObjects(dialect, state);
    List<DependentObjects.Dependent> all = new java.util.ArrayList<>();
    if (!dependents.applies()) {
      return all;
    }
    for (AlterationEffects.Dropped dropped : effects.dropped) {
      List<DependentObjects.Dependent> found = dependents.ofColumns(tableKey, before, dropped.columns(), dropped.key());
      if (!found.isEmpty() && !dropped.cascade()) {
        String what = (dropped.key() ? "the key on " : "column ") + "'" + before.name() + "." + String.join(", ", dropped.columns()) + "'";
        state.unsupported(at, dependents.refusal("ALTER TABLE", what, found), dialect.key(before.name(), before.quoted()));
        return null;
      }
      all.addAll(found);
    }
    return all;
  }

  /** {@code ALTER TABLE v RENAME TO w} where {@code v} is a view: PostgreSQL renames the view. */
  private boolean renamesAView(Alter alter, SqlLocation at) {
    if (alter.getAlterExpressions() == null || alter.getAlterExpressions().size() != 1) {
      return false;
    }
    var e = alter.getAlterExpressions().get(0);
    boolean rename = e.getOperation() == net.sf.jsqlparser.statement.alter.AlterOperation.RENAME_TABLE
        || (e.getOperation() == net.sf.jsqlparser.statement.alter.AlterOperation.RENAME && e.getColumnOldName() == null);
    return rename && e.getNewTableName() != null
        && renames.renameView(SchemaNames.qualified(alter.getTable()), e.getNewTableName(), at);
  }

  void renameTables(RenameTableStatement rename, SqlLocation at, MigrationReplayer.ParseOutcome parse) {
    for (Map.Entry<Table, Table> pair : rename.getTableNames()) {
      if (!renameTable(names.find(pair.getKey()), pair.getValue().getFullyQualifiedName())
          && !renames.renameView(SchemaNames.qualified(pair.getKey()), pair.getValue().getFullyQualifiedName(), at)) {
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
      state.retargetReferencedColumn(table, dialect, SqlIdentifier.of(column).key(dialect), SqlIdentifier.of(newName).key(dialect));
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
    String toKey = names.mapKey(schema, newKey);
    state.tables.put(toKey, table.renamed(schema, neu.name(), neu.quoted()));
    state.retargetForeignKeys(table.schema(), oldKey, schema, newKey);
    ownedSequences.tableRenamed(fromKey, toKey);
    return true;
  }
}
