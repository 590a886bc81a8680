package io.github.schemadrift.entity;

import java.util.List;

/**
 * One table an entity maps, with the columns the entity itself is responsible for in it.
 *
 * @param name the physical table name, without quotes
 * @param quoted whether the name is quoted
 * @param schema the physical schema, or null
 * @param catalog the physical catalog, or null
 * @param kind why the entity maps this table
 * @param columns the columns, in mapping order
 * @param position where the table is named ({@code @Table}, {@code @JoinTable}, the attribute...)
 * @param ownerAttribute the attribute that maps a join or collection table, or null
 * @param uniqueKeys the unique keys declared on the table ({@code @UniqueConstraint},
 *     {@code @NaturalId}), beyond single columns' {@code unique = true}
 * @param primaryKey for a join or collection table, the columns of the primary key Hibernate 7
 *     gives it by the collection's kind (empty for a bag, and for every other kind of table)
 */
public record TableMapping(
    String name,
    boolean quoted,
    String schema,
    String catalog,
    Kind kind,
    List<ColumnMapping> columns,
    SourcePosition position,
    String ownerAttribute,
    List<UniqueKey> uniqueKeys,
    List<String> primaryKey) {

  public TableMapping {
    columns = List.copyOf(columns);
    uniqueKeys = List.copyOf(uniqueKeys);
    primaryKey = List.copyOf(primaryKey);
  }

  /** A table with no collection primary key. */
  public TableMapping(
      String name,
      boolean quoted,
      String schema,
      String catalog,
      Kind kind,
      List<ColumnMapping> columns,
      SourcePosition position,
      String ownerAttribute,
      List<UniqueKey> uniqueKeys) {
    this(name, quoted, schema, catalog, kind, columns, position, ownerAttribute, uniqueKeys, List.of());
  }

  /** A table with no declared unique keys. */
  public TableMapping(
      String name,
      boolean quoted,
      String schema,
      String catalog,
      Kind kind,
      List<ColumnMapping> columns,
      SourcePosition position,
      String ownerAttribute) {
    this(name, quoted, schema, catalog, kind, columns, position, ownerAttribute, List.of());
  }

  /** Why a table belongs to an entity's mapping. */
  public enum Kind {
    /** The entity's own table (for a single-table subclass, the root's table). */
    PRIMARY,
    /** A {@code @SecondaryTable}. */
    SECONDARY,
    /** A {@code @JoinTable} of an association. */
    JOIN,
    /** A {@code @CollectionTable} of an element collection. */
    COLLECTION,
    /** Another entity's table that holds a column this entity maps ({@code @OneToMany @JoinColumn}). */
    FOREIGN,
    /** A {@code @TableGenerator}'s table. */
    GENERATOR,
    /** A Hibernate Envers audit or revision table (only in {@link AuditMapping}, never in {@code tables()}). */
    AUDIT
  }
}
