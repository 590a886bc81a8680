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
 * The sequences that serial and identity columns own (PostgreSQL), by the sequence's map key in
 * creation order, with an index of the sequences each table owns, so that creating, altering,
 * dropping or renaming a table reads that table's sequences, not every owned sequence of a long
 * migration history.
 *
 * <p>As {@link TableMap}'s index, this one may name more sequences than a table owns today (a
 * sequence gone, or its owner renamed): it is filtered on use and given in this map's order, so
 * that what is found and in which order is exactly what a pass over every owner finds. Every way an
 * owner enters the map ({@link #put}, {@link #putAll}) records it; no code replaces one through
 * {@code entry.setValue}. With assertions on (the tests), each use checks the index against a full
 * pass.
 */
final class SequenceOwnerMap extends LinkedHashMap<String, ReplayState.SequenceOwner> {

  private static final long serialVersionUID = 1L;

  /** By table (map key): the map keys of the sequences it may own. */
  private final Map<String, Set<String>> byTable = new HashMap<>();
  /** Where each key lies in this map's order (a key removed and put again goes last, as in the map). */
  private final Map<String, Long> positions = new HashMap<>();
  private long next;

  @Override
  public ReplayState.SequenceOwner put(String key, ReplayState.SequenceOwner owner) {
    if (!containsKey(key)) {
      positions.put(key, next++);
    }
    byTable.computeIfAbsent(owner.table(), k -> new HashSet<>()).add(key);
    return super.put(key, owner);
  }

  @Override
  public void putAll(Map<? extends String, ? extends ReplayState.SequenceOwner> owners) {
    owners.forEach(this::put);
  }

  /** The sequences, with their keys and owners and in this map's order, that table {@code tableKey} owns. */
  List<Map.Entry<String, ReplayState.SequenceOwner>> ownedBy(String tableKey) {
    Set<String> keys = byTable.getOrDefault(tableKey, Set.of());
    List<String> found = new ArrayList<>(keys.size());
    for (String key : keys) {
      ReplayState.SequenceOwner owner = get(key);
      if (owner != null && owner.table().equals(tableKey)) {
        found.add(key);
      }
    }
    found.sort(Comparator.comparing(positions::get));
    List<Map.Entry<String, ReplayState.SequenceOwner>> out = new ArrayList<>(found.size());
    for (String key : found) {
      out.add(Map.entry(key, get(key)));
    }
    assert sameAsFullPass(tableKey, found) : "the sequence owner index misses a sequence of " + tableKey;
    return out;
  }

  /** Whether {@code found} is, in order, every sequence that table {@code tableKey} owns. */
  private boolean sameAsFullPass(String tableKey, List<String> found) {
    List<String> all = new ArrayList<>();
    forEach((key, owner) -> {
      if (owner.table().equals(tableKey)) {
        all.add(key);
      }
    });
    return all.equals(found);
  }
}
