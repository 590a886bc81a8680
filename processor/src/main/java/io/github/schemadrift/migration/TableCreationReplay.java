package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;

/** The table-creation family: {@code CREATE TABLE} with its inline and table constraints, and {@code DROP TABLE}. */
final class TableCreationReplay {

  private final ReplayContext context;
  private final Dialect dialect;
  private final ReplayState state;
  private final SchemaNames names;
  private final OwnedSequences ownedSequences;

  TableCreationReplay(ReplayContext context) {
    this.ownedSequences = new OwnedSequences(context);
    this.context = context;
    this.dialect = context.dialect();
    this.state = context.state();
    this.names = context.names();
  }

  void createTable(CreateTable create, SqlLocation at, MigrationReplayer.ParseOutcome parse) {
    SqlIdentifier name = SqlIdentifier.of(create.getTable().getName());
    String key = name.key(dialect);
    String schema = create.getTable().getSchemaName() == null
        ? names.creationSchema() : names.schemaKey(create.getTable().getSchemaName());
    String tableKey = names.mapKey(schema, key);
    if (state.tables.containsKey(tableKey)) {
      if (create.isIfNotExists()) {
        state.replayed();
      } else {
        state.unsupported(at, "table '" + name.name() + "' is created twice; the database would refuse the second CREATE TABLE", key);
      }
      return;
    }
    if (create.getColumnDefinitions() == null || create.getColumnDefinitions().isEmpty()) {
      state.unsupported(at, "CREATE TABLE '" + name.name() + "' without a column list (AS SELECT or LIKE) is not replayed", key);
      return;
    }
    List<ColumnDef> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    List<ColumnSpec> specs = new ArrayList<>();
    for (ColumnDefinition definition : create.getColumnDefinitions()) {
      ColumnSpec spec = ColumnSpec.read(definition, dialect);
      specs.add(spec);
      columns.add(spec.toColumn(at));
      if (spec.primaryKey()) {
        primaryKey.add(spec.name().key(dialect));
      }
    }
    TableDef table = withConstraints(
        new TableDef(schema, name.name(), name.quoted(), columns, primaryKey, at), specs, create.getIndexes(), at);
    if (table == null) {
      return;
    }
    table = table.withColumns(ConstraintEdits.markPrimaryKeyNotNull(table, dialect, at));
    state.tables.put(tableKey, table);
    ownedSequences.create(tableKey, at);
    state.replayed();
  }

  /** The table with its inline and table constraints; null (reported) when one is not understood. */
  private TableDef withConstraints(TableDef start, List<ColumnSpec> specs, List<Index> indexes, SqlLocation at) {
    TableDef table = start;
    names.creating = table;
    try {
      for (ColumnSpec spec : specs) {
        table = context.constraints().addInline(table, spec, at);
      }
      for (Index index : indexes == null ? List.<Index>of() : indexes) {
        Optional<TableDef> added = context.constraints().add(table, index, at);
        if (added.isEmpty()) {
          state.unsupported(at, "CREATE TABLE '" + start.name() + "' has a constraint that is not replayed: " + index,
              dialect.key(start.name(), start.quoted()));
          return null;
        }
        table = added.get();
      }
      return table;
    } finally {
      names.creating = null;
    }
  }

  /**
   * {@code DROP TABLE a, b [CASCADE]}: false (reported) when one does not exist and IF EXISTS is
   * absent, or when others depend on one and the database refuses it without CASCADE.
   */
  boolean dropTables(List<Table> tables, boolean ifExists, boolean cascade, SqlLocation at) {
    List<String> found = new ArrayList<>();
    for (Table t : tables) {
      String key = names.find(t);
      if (key == null && !ifExists) {
        state.unsupported(at, "DROP TABLE names table '" + t.getName() + "', which no earlier migration created", names.key(t.getName()));
        return false;
      }
      if (key != null) {
        found.add(key);
      }
    }
    DependentObjects dependents = new DependentObjects(dialect, state);
    if (dependents.applies() || (cascade && dependents.cascadesOnRequest())) {
      List<DependentObjects.Dependent> others = new ArrayList<>();
      found.forEach(k -> dependents.ofTable(k).stream()
          .filter(d -> d.view() != null || !found.contains(d.owner())).forEach(others::add));
      if (!others.isEmpty() && !cascade) {
        TableDef first = state.tables.get(found.get(0));
        state.unsupported(at, dependents.refusal("DROP TABLE", "table '" + first.name() + "'", others), names.key(first.name()));
        return false;
      }
      dependents.drop(others);
    }
    for (String key : found) {
      TableDef dropped = state.tables.remove(key);
      state.droppedTables.put(dialect.key(dropped.name(), dropped.quoted()), at);
      ownedSequences.dropOwnedBy(key, null);
    }
    return true;
  }
}
