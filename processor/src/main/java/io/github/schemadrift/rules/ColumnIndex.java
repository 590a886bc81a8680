package io.github.schemadrift.rules;

import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.TableDef;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A table's columns by their dialect key, for a rule that looks up every mapped column of a table:
 * {@link TableDef#column} folds the case of each column name on every call, so a table of n
 * columns costs n² folds that way and 2n this way. It resolves names exactly as
 * {@link TableDef#column} does (the first column with the key wins).
 */
final class ColumnIndex {

  private final Dialect dialect;
  private final Map<String, ColumnDef> byKey;
  private final String[] keys;

  private ColumnIndex(Dialect dialect, Map<String, ColumnDef> byKey, String[] keys) {
    this.dialect = dialect;
    this.byKey = byKey;
    this.keys = keys;
  }

  /** A new index of the table. */
  static ColumnIndex build(Dialect dialect, TableDef table) {
    Map<String, ColumnDef> byKey = new HashMap<>();
    String[] keys = new String[table.columns().size()];
    int i = 0;
    for (ColumnDef column : table.columns()) {
      keys[i] = dialect.key(column.name(), column.quoted());
      byKey.putIfAbsent(keys[i], column);
      i++;
    }
    return new ColumnIndex(dialect, byKey, keys);
  }

  /** The column the database would resolve this name to, if any. */
  Optional<ColumnDef> column(String name, boolean quoted) {
    return Optional.ofNullable(byKey.get(dialect.key(name, quoted)));
  }

  /** The column the database would resolve this dialect key to ({@link Dialect#key}), or null. */
  ColumnDef columnByKey(String key) {
    return byKey.get(key);
  }

  /** The dialect key of the table's column at this position ({@link TableDef#columns} order). */
  String keyAt(int position) {
    return keys[position];
  }
}
