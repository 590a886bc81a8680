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

  static ColumnIndex of(Dialect dialect, TableDef table) {
    Recent recent = RECENT.get();
    for (int i = 0; i < RECENT_SIZE; i++) {
      if (recent.tables[i] == table && recent.indexes[i].dialect == dialect) {
        return recent.indexes[i];
      }
    }
    ColumnIndex index = build(dialect, table);
    int slot = recent.next;
    recent.next = (slot + 1) % RECENT_SIZE;
    recent.tables[slot] = table;
    recent.indexes[slot] = index;
    return index;
  }

  /** A new index of the table, remembered nowhere. */
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

  /**
   * The last few tables indexed on this thread: the rules that check one entity index its tables
   * one after the other. Tables are immutable, so an index stays right while its table is the same
   * object.
   */
  private static final int RECENT_SIZE = 4;

  private static final class Recent {
    final TableDef[] tables = new TableDef[RECENT_SIZE];
    final ColumnIndex[] indexes = new ColumnIndex[RECENT_SIZE];
    int next;
  }

  private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

  /** How many tables this thread remembers (for tests). */
  static int remembered() {
    int n = 0;
    for (TableDef table : RECENT.get().tables) {
      n += table != null ? 1 : 0;
    }
    return n;
  }

  /** Drops this thread's recent tables (a round's schema need not outlive it). */
  static void forget() {
    RECENT.remove();
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
