package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's dependency rules for the replay: what depends on a table, a column or a key that a
 * statement drops. With {@code CASCADE} the dependents are dropped too; without it PostgreSQL
 * refuses the statement while any exist, and so does the replay. Foreign keys of other tables
 * depend on the table they reference and on the referenced columns (the key they point at); a
 * view depends on the relations its query reads and on the columns it names ({@code *} names them
 * all).
 */
final class DependentObjects {

  /** One object that depends on what is dropped: a foreign key (of table {@code owner}) or a view. */
  record Dependent(String owner, ForeignKeyDef foreignKey, String view) {
    String describe(ReplayState state) {
      if (view != null) {
        ViewDef v = state.views.get(view);
        return "view '" + (v == null ? view : v.name()) + "'";
      }
      TableDef t = state.tables.get(owner);
      return "foreign key '" + foreignKey.name() + "' of table '" + (t == null ? owner : t.name()) + "'";
    }
  }

  private final Dialect dialect;
  private final ReplayState state;

  DependentObjects(Dialect dialect, ReplayState state) {
    this.dialect = dialect;
    this.state = state;
  }

  /** Whether the dialect refuses to drop what others depend on and cascades on request (PostgreSQL). */
  boolean applies() {
    return dialect == Dialect.POSTGRESQL;
  }

  /**
   * Whether {@code DROP TABLE ... CASCADE} (H2 also takes Oracle's {@code CASCADE CONSTRAINTS})
   * drops the foreign keys and views that depend on the table: PostgreSQL and H2.
   */
  boolean cascadesOnRequest() {
    return dialect == Dialect.POSTGRESQL || dialect == Dialect.H2;
  }

  /** What depends on table {@code tableKey}: other tables' foreign keys to it and views reading it. */
  List<Dependent> ofTable(String tableKey) {
    TableDef table = state.tables.get(tableKey);
    List<Dependent> out = new ArrayList<>();
    if (table == null) {
      return out;
    }
    String nameKey = dialect.key(table.name(), table.quoted());
    for (Map.Entry<String, TableDef> e : state.tables.referencing(nameKey)) {
      if (!e.getKey().equals(tableKey)) {
        e.getValue().foreignKeys().stream().filter(f -> ReplayState.references(f, table.schema(), nameKey))
            .forEach(f -> out.add(new Dependent(e.getKey(), f, null)));
      }
    }
    viewsReading(tableKey, null, out);
    return out;
  }

  /**
   * What depends on {@code columns} of table {@code tableKey}: foreign keys pointing at them (all
   * of them, for a dropped key; any of them, for dropped columns), and for columns the views that
   * name them.
   */
  List<Dependent> ofColumns(String tableKey, TableDef before, List<String> columns, boolean key) {
    List<Dependent> out = new ArrayList<>();
    String nameKey = dialect.key(before.name(), before.quoted());
    state.tables.referencing(nameKey).forEach(e -> e.getValue().foreignKeys().stream()
        .filter(f -> ReplayState.references(f, before.schema(), nameKey))
        .filter(f -> {
          List<String> target = f.referencedColumns().isEmpty() ? before.primaryKey() : f.referencedColumns();
          return key ? target.equals(columns) : target.stream().anyMatch(columns::contains);
        })
        .filter(f -> key || !e.getKey().equals(tableKey))
        .forEach(f -> out.add(new Dependent(e.getKey(), f, null))));
    if (!key) {
      for (String column : columns) {
        viewsReading(tableKey, column, out);
      }
    }
    return out;
  }

  /** The views that read view {@code viewKey}, and the views reading those. */
  List<Dependent> ofView(String viewKey) {
    List<Dependent> out = new ArrayList<>();
    viewsReading(viewKey, null, out);
    return out;
  }

  /** Views (and the views reading them) that read {@code relationKey}, and name {@code column} when given. */
  private void viewsReading(String relationKey, String column, List<Dependent> out) {
    String word = column == null ? null : column.toLowerCase(java.util.Locale.ROOT);
    for (Map.Entry<String, ReplayState.ViewDependencies> e : state.viewDependencies.entrySet()) {
      ReplayState.ViewDependencies d = e.getValue();
      boolean reads = d.relations().contains(relationKey) && (word == null || d.star() || d.words().contains(word));
      if (reads && out.stream().noneMatch(x -> e.getKey().equals(x.view()))) {
        out.add(new Dependent(null, null, e.getKey()));
        viewsReading(e.getKey(), null, out);
      }
    }
  }

  /** Drops each dependent: a foreign key from its table, a view from the schema. */
  void drop(List<Dependent> dependents) {
    for (Dependent d : dependents) {
      if (d.view() != null) {
        state.views.remove(d.view());
        state.viewDependencies.remove(d.view());
      } else {
        TableDef t = state.tables.get(d.owner());
        if (t != null) {
          List<ForeignKeyDef> fks = new ArrayList<>(t.foreignKeys());
          fks.remove(d.foreignKey());
          state.tables.put(d.owner(), t.withConstraints(t.uniques(), fks, t.checks(), t.indexes()));
        }
      }
    }
  }

  /** The message for a statement the database refuses because {@code dependents} exist. */
  String refusal(String statement, String what, List<Dependent> dependents) {
    return statement + " drops " + what + ", which " + dependents.get(0).describe(state)
        + " depends on; the database refuses it without CASCADE";
  }
}
