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
 * What each view reads, by the view's map key in creation order, with an index of the views that
 * read each relation, so that what a dropped table, column or view takes with it (PostgreSQL's
 * dependency rules) and a view's rename read those views, not every view of a long migration
 * history after every such statement.
 *
 * <p>As {@link TableMap}'s index, this one may name more views than read a relation today (a view
 * gone, or replaced by one reading other relations): it is filtered on use and given in this map's
 * order, so that the views found and their order are exactly what a pass over every view finds.
 * Every way a view's dependencies enter the map ({@link #put}, {@link #putAll}) records them; no
 * code replaces them through {@code entry.setValue}. With assertions on (the tests), each use checks
 * the index against a full pass.
 */
final class ViewDependencyMap extends LinkedHashMap<String, ReplayState.ViewDependencies> {

  private static final long serialVersionUID = 1L;

  /** By relation (a table's or view's map key): the map keys of views that may read it. */
  private final Map<String, Set<String>> readers = new HashMap<>();
  /** Where each key lies in this map's order (a key removed and put again goes last, as in the map). */
  private final Map<String, Long> positions = new HashMap<>();
  private long next;

  @Override
  public ReplayState.ViewDependencies put(String key, ReplayState.ViewDependencies dependencies) {
    if (!containsKey(key)) {
      positions.put(key, next++);
    }
    for (String relation : dependencies.relations()) {
      readers.computeIfAbsent(relation, k -> new HashSet<>()).add(key);
    }
    return super.put(key, dependencies);
  }

  @Override
  public void putAll(Map<? extends String, ? extends ReplayState.ViewDependencies> dependencies) {
    dependencies.forEach(this::put);
  }

  /** The views, with their keys and in this map's order, that read relation {@code relationKey}. */
  List<Map.Entry<String, ReplayState.ViewDependencies>> reading(String relationKey) {
    Set<String> keys = readers.getOrDefault(relationKey, Set.of());
    List<String> found = new ArrayList<>(keys.size());
    for (String key : keys) {
      ReplayState.ViewDependencies d = get(key);
      if (d != null && d.relations().contains(relationKey)) {
        found.add(key);
      }
    }
    found.sort(Comparator.comparing(positions::get));
    List<Map.Entry<String, ReplayState.ViewDependencies>> out = new ArrayList<>(found.size());
    for (String key : found) {
      out.add(Map.entry(key, get(key)));
    }
    assert sameAsFullPass(relationKey, found) : "the view index misses a view reading " + relationKey;
    return out;
  }

  /** Whether {@code found} is, in order, every view that reads {@code relationKey}. */
  private boolean sameAsFullPass(String relationKey, List<String> found) {
    List<String> all = new ArrayList<>();
    forEach((key, d) -> {
      if (d.relations().contains(relationKey)) {
        all.add(key);
      }
    });
    return all.equals(found);
  }
}
