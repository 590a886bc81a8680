package io.github.schemadrift.entity;

import java.util.List;

/**
 * One entity as Hibernate would map it: the hand-off from the entity stage to the rules.
 *
 * @param qualifiedName the entity class's qualified name
 * @param tableName the physical table name, without quotes (for a {@code @Subselect} entity, which
 *     maps no table, its entity name)
 * @param tableQuoted whether the table name is quoted
 * @param columns the columns the entity maps in its primary table, in declaration order
 * @param type where the entity class is
 * @param tableAnnotation where {@code @Table(name = ...)} is written, or the class
 * @param entityName the JPA entity name ({@code @Entity(name)} or the simple class name)
 * @param tables every table the entity maps, the primary table first; empty when it maps none
 * @param inheritance the hierarchy's strategy, or null when the entity has no entity superclass
 *     and no {@code @Inheritance}
 * @param discriminator the discriminator column, or null
 * @param traits whether the entity inserts, its hierarchy root and its discriminator value
 * @param audit the Envers audit tables the entity needs, or null when it is not {@code @Audited}
 * @param hibernate5 whether Hibernate 5's defaults apply, so that its schema validate, not 7's,
 *     judges the column types (docs/hibernate5.md)
 */
public record EntityModel(
    String qualifiedName,
    String tableName,
    boolean tableQuoted,
    List<ColumnMapping> columns,
    SourcePosition type,
    SourcePosition tableAnnotation,
    String entityName,
    List<TableMapping> tables,
    Inheritance inheritance,
    ColumnMapping discriminator,
    EntityTraits traits,
    AuditMapping audit,
    boolean hibernate5) {

  public EntityModel {
    columns = List.copyOf(columns);
    tables = List.copyOf(tables);
  }

  /** An entity that is not audited. */
  public EntityModel(
      String qualifiedName,
      String tableName,
      boolean tableQuoted,
      List<ColumnMapping> columns,
      SourcePosition type,
      SourcePosition tableAnnotation,
      String entityName,
      List<TableMapping> tables,
      Inheritance inheritance,
      ColumnMapping discriminator,
      EntityTraits traits) {
    this(qualifiedName, tableName, tableQuoted, columns, type, tableAnnotation, entityName, tables, inheritance,
        discriminator, traits, null);
  }

  /** An entity read under Hibernate 7's defaults. */
  public EntityModel(
      String qualifiedName,
      String tableName,
      boolean tableQuoted,
      List<ColumnMapping> columns,
      SourcePosition type,
      SourcePosition tableAnnotation,
      String entityName,
      List<TableMapping> tables,
      Inheritance inheritance,
      ColumnMapping discriminator,
      EntityTraits traits,
      AuditMapping audit) {
    this(qualifiedName, tableName, tableQuoted, columns, type, tableAnnotation, entityName, tables, inheritance,
        discriminator, traits, audit, false);
  }

  /** The original shape: one table, its columns, nothing else known. */
  public EntityModel(
      String qualifiedName,
      String tableName,
      boolean tableQuoted,
      List<ColumnMapping> columns,
      SourcePosition type,
      SourcePosition tableAnnotation) {
    this(qualifiedName, tableName, tableQuoted, columns, type, tableAnnotation,
        qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1),
        List.of(new TableMapping(tableName, tableQuoted, null, null, TableMapping.Kind.PRIMARY, columns, tableAnnotation, null)),
        null, null, EntityTraits.plain(qualifiedName));
  }

  /** Whether the entity maps a table at all ({@code @Subselect} and abstract table-per-class roots do not). */
  public boolean mapsTable() {
    return !tables.isEmpty();
  }

  /** JPA's inheritance strategies. */
  public enum Inheritance {
    SINGLE_TABLE,
    JOINED,
    TABLE_PER_CLASS
  }
}
