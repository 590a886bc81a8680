package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The primary key Hibernate 7 gives a join or collection table, by the collection's kind (proven
 * against Hibernate 7.4's own DDL by {@code JoinTableKeysProofTest}): an id-bag's
 * {@code @CollectionId} column; a list's owner columns and order column; a map's owner columns and
 * key column; a {@code Set}'s owner and element columns (a {@code @OneToMany}'s only the element
 * columns; an element collection's only when no element column is nullable, else Hibernate writes
 * a unique key instead); a bag has none.
 */
final class CollectionKeys {

  /** The columns {@code orderAndKey} added: the id-bag's id, the order column, the map key (each null when absent). */
  record Special(String id, String order, String mapKey) {}

  private CollectionKeys() {}

  static List<String> of(TableMapping.Kind kind, boolean oneToMany, String collectionType, List<ColumnMapping> owner,
      List<ColumnMapping> elements, Special special) {
    List<String> ownerNames = owner.stream().map(ColumnMapping::columnName).toList();
    List<String> elementNames = elements.stream().map(ColumnMapping::columnName).toList();
    if (special.id() != null) {
      return List.of(special.id());
    }
    if (special.order() != null) {
      return join(ownerNames, List.of(special.order()));
    }
    if (collectionType.matches("java\\.util\\.\\w*Map")) {
      return special.mapKey() == null ? List.of() : join(ownerNames, List.of(special.mapKey()));
    }
    if (!collectionType.matches("java\\.util\\.\\w*Set") || elements.isEmpty()) {
      return List.of(); // a bag
    }
    if (kind == TableMapping.Kind.JOIN) {
      return oneToMany ? join(elementNames, List.of()) : join(ownerNames, elementNames);
    }
    return elements.stream().anyMatch(ColumnMapping::ddlNullable) ? List.of() : join(ownerNames, elementNames);
  }

  private static List<String> join(List<String> first, List<String> second) {
    return new ArrayList<>(Stream.concat(first.stream(), second.stream()).distinct().toList());
  }
}
