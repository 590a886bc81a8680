package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The replay's tables by map key, in creation order, with an index of the tables that have a
 * foreign key to each table name, so that the checks after a statement (a referenced column's type,
 * what a dropped table or column takes with it, a rename's keys to follow) read those tables, not
 * every table of a long migration history (which made a large replay quadratic).
 *
 * <p>The index may name more tables than have such a key today (a key dropped, a table gone): it is
 * filtered on use, and given in this map's order, so that what the checks find and in which order
 * is exactly what a pass over every table finds. Every way a table enters the map ({@link #put},
 * {@link #putAll}) records its keys; code that replaces a table through {@code entry.setValue} with
 * a key to another table must call {@link #noteKeys} (only {@link ReplayState#retargetForeignKeys}
 * does). With assertions on (the tests), each use checks the index against a full pass.
 */
final class TableMap extends LinkedHashMap<String, TableDef> {

  private static final long serialVersionUID = 1L;

  /** By referenced table name (a dialect key, as {@link ForeignKeyDef#referencedTable()}): the map keys of tables with such a key. */
  private final Map<String, Set<String>> referencing = new HashMap<>();
  /** Where each key lies in this map's order (a key removed and put again goes last, as in the map). */
  private final Map<String, Long> positions = new HashMap<>();
  private long next;

  @Override
  public TableDef put(String key, TableDef table) {
    if (!containsKey(key)) {
      positions.put(key, next++);
    }
    noteKeys(key, table);
    return super.put(key, table);
  }

  @Override
  public void putAll(Map<? extends String, ? extends TableDef> tables) {
    tables.forEach(this::put);
  }

  /** Records the foreign keys of {@code table}, which is (or is about to be) under {@code key}. */
  void noteKeys(String key, TableDef table) {
    for (ForeignKeyDef fk : table.foreignKeys()) {
      referencing.computeIfAbsent(fk.referencedTable(), k -> new HashSet<>()).add(key);
    }
  }

  /** The tables, with their keys and in this map's order, that may have a foreign key to a table named {@code nameKey}. */
  List<Map.Entry<String, TableDef>> referencing(String nameKey) {
    Set<String> owners = referencing.getOrDefault(nameKey, Set.of());
    List<String> keys = new ArrayList<>(owners.size());
    for (String key : owners) {
      if (containsKey(key)) {
        keys.add(key);
      }
    }
    keys.sort(Comparator.comparing(positions::get));
    List<Map.Entry<String, TableDef>> out = new ArrayList<>(keys.size());
    for (String key : keys) {
      out.add(Map.entry(key, get(key)));
    }
    assert covers(nameKey, out) : "the foreign-key index misses a table referencing " + nameKey;
    return out;
  }

  /** Whether {@code found} holds, in order, every table with a key to {@code nameKey}. */
  private boolean covers(String nameKey, List<Map.Entry<String, TableDef>> found) {
    List<String> all = new ArrayList<>();
    forEach((key, t) -> {
      if (t.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(nameKey))) {
        all.add(key);
      }
    });
    List<String> foundKeys = found.stream().map(Map.Entry::getKey).filter(all::contains).toList();
    return foundKeys.equals(all);
  }
}
