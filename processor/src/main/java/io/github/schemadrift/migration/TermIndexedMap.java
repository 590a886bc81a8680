package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A map in insertion order with an index from each term its values name (a table, a relation) to
 * the keys whose values name it, so that a statement touching one table reads the entries about that
 * table, not every entry of a long migration history. The common part of {@link SequenceOwnerMap}
 * and {@link ViewDependencyMap}.
 *
 * <p>As {@link TableMap}'s index, this one may name more keys than hold a term today (an entry gone,
 * or replaced by one naming other terms): it is filtered on use and given in this map's order, so
 * that what is found and in which order is exactly what a pass over every entry finds. Every way an
 * entry enters the map ({@link #put}, {@link #putAll}) records its terms; no code replaces one
 * through {@code entry.setValue}. With assertions on (the tests), each use checks the index against
 * a full pass.
 */
abstract class TermIndexedMap<V> extends LinkedHashMap<String, V> {

  private static final long serialVersionUID = 1L;

  /** By term: the map keys whose values may name it. */
  private final Map<String, Set<String>> byTerm = new HashMap<>();
  /** Where each key lies in this map's order (a key removed and put again goes last, as in the map). */
  private final Map<String, Long> positions = new HashMap<>();
  private long next;

  /** The terms {@code value} names. */
  abstract Collection<String> terms(V value);

  @Override
  public V put(String key, V value) {
    if (!containsKey(key)) {
      positions.put(key, next++);
    }
    for (String term : terms(value)) {
      byTerm.computeIfAbsent(term, k -> new HashSet<>()).add(key);
    }
    return super.put(key, value);
  }

  @Override
  public void putAll(Map<? extends String, ? extends V> entries) {
    entries.forEach(this::put);
  }

  /** The entries, in this map's order, whose values name {@code term}. */
  List<Map.Entry<String, V>> naming(String term) {
    Set<String> keys = byTerm.get(term);
    if (keys == null) { // the usual case: nothing names the term
      assert sameAsFullPass(term, List.of()) : "the index of " + getClass().getSimpleName() + " misses an entry naming " + term;
      return new ArrayList<>(0);
    }
    List<String> found = new ArrayList<>(keys.size());
    for (String key : keys) {
      V value = get(key);
      if (value != null && terms(value).contains(term)) {
        found.add(key);
      }
    }
    if (found.size() > 1) {
      found.sort(Comparator.comparing(positions::get));
    }
    List<Map.Entry<String, V>> out = new ArrayList<>(found.size());
    for (String key : found) {
      out.add(Map.entry(key, get(key)));
    }
    assert sameAsFullPass(term, found) : "the index of " + getClass().getSimpleName() + " misses an entry naming " + term;
    return out;
  }

  /** Whether {@code found} is, in order, every key whose value names {@code term}. */
  private boolean sameAsFullPass(String term, List<String> found) {
    List<String> all = new ArrayList<>();
    forEach((key, value) -> {
      if (terms(value).contains(term)) {
        all.add(key);
      }
    });
    return all.equals(found);
  }
}
