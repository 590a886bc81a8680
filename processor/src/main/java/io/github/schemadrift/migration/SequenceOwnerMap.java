package io.github.schemadrift.migration;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The sequences that serial and identity columns own (PostgreSQL), by the sequence's map key in
 * creation order, indexed by the owning table, so that creating, altering, dropping or renaming a
 * table reads that table's sequences, not every owned sequence of a long migration history (the
 * index's rules: {@link TermIndexedMap}).
 */
final class SequenceOwnerMap extends TermIndexedMap<ReplayState.SequenceOwner> {

  private static final long serialVersionUID = 1L;

  @Override
  Collection<String> terms(ReplayState.SequenceOwner owner) {
    return List.of(owner.table());
  }

  /** The sequences, with their keys and owners and in this map's order, that table {@code tableKey} owns. */
  List<Map.Entry<String, ReplayState.SequenceOwner>> ownedBy(String tableKey) {
    return naming(tableKey);
  }
}
