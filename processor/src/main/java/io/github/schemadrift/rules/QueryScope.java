package io.github.schemadrift.rules;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names one level of a native query can read: the relations of its {@code FROM} (tables,
 * views, and what the query defines itself), its output names, and the common table expressions
 * in reach. Levels nest: a subquery sees the relations of the queries around it.
 */
final class QueryScope {

  /** Column names every table of the dialect has without declaring them. */
  private static final Set<String> SYSTEM_COLUMNS =
      Set.of("ctid", "xmin", "xmax", "cmin", "cmax", "oid", "tableoid", "rowid", "rownum", "_rowid", "ora_rowscn");

  /**
   * One relation the query reads.
   *
   * @param alias the alias, else the name the query writes, without quotes
   * @param aliasQuoted whether that name was quoted
   * @param tableName the table or view name without quotes, or null for a relation the query defines
   * @param table the replayed table, or null
   * @param viewColumns the view's column names when the replay knows them, else null
   * @param open whether any column name may be read from it (a derived table, a CTE, a table
   *     function, a relation the replay does not know)
   */
  record Relation(
      String alias, boolean aliasQuoted, String tableName, TableDef table, List<String> viewColumns, boolean open) {

    static Relation open(String alias, boolean quoted) {
      return new Relation(alias, quoted, null, null, null, true);
    }

    boolean matches(Dialect dialect, String qualifier, boolean quoted) {
      String wanted = dialect.key(qualifier, quoted);
      return (alias != null && dialect.key(alias, aliasQuoted).equals(wanted))
          || (tableName != null && table != null && dialect.key(tableName, table.quoted()).equals(wanted));
    }

    boolean hasColumn(Dialect dialect, String column, boolean quoted) {
      if (open || SYSTEM_COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (table != null) {
        return table.column(dialect, column, quoted).isPresent();
      }
      if (viewColumns == null || viewColumns.isEmpty()) {
        return true;
      }
      String wanted = dialect.key(column, quoted);
      return viewColumns.stream().anyMatch(c -> dialect.key(c, false).equals(wanted) || c.equals(column));
    }

    /** The column names it is known to have, for "did you mean". */
    List<String> columnNames() {
      if (table != null) {
        return table.columns().stream().map(c -> c.name()).toList();
      }
      return viewColumns == null ? List.of() : viewColumns;
    }

    /** Whether this relation is a table or view of the schema (whose columns are known). */
    boolean known() {
      return !open && (table != null || (viewColumns != null && !viewColumns.isEmpty()));
    }
  }

  private final QueryScope parent;
  private final List<Relation> relations = new ArrayList<>();
  private final Set<String> outputNames = new HashSet<>();
  private final Map<String, Relation> ctes = new HashMap<>();

  QueryScope(QueryScope parent) {
    this.parent = parent;
  }

  QueryScope child() {
    return new QueryScope(this);
  }

  QueryScope parent() {
    return parent;
  }

  void add(Relation relation) {
    relations.add(relation);
  }

  List<Relation> relations() {
    return relations;
  }

  void addOutputName(String key) {
    outputNames.add(key);
  }

  boolean hasOutputName(String key) {
    return outputNames.contains(key);
  }

  void addCte(String key, Relation relation) {
    ctes.put(key, relation);
  }

  /** The CTE of this name in reach, if any. */
  Optional<Relation> cte(String key) {
    for (QueryScope s = this; s != null; s = s.parent) {
      Relation found = s.ctes.get(key);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /** The relations a qualifier names, from the nearest level that has any. */
  List<Relation> qualified(Dialect dialect, String qualifier, boolean quoted) {
    for (QueryScope s = this; s != null; s = s.parent) {
      List<Relation> found = s.relations.stream().filter(r -> r.matches(dialect, qualifier, quoted)).toList();
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }
}
