package io.github.schemadrift.entity;

import java.util.List;

/**
 * One entity as Hibernate would map it: the hand-off from the entity stage to the rules.
 *
 * @param qualifiedName the entity class's qualified name
 * @param tableName the physical table name, without quotes
 * @param tableQuoted whether the table name is quoted
 * @param columns the columns the entity maps, in declaration order
 * @param type where the entity class is
 * @param tableAnnotation where {@code @Table(name = ...)} is written, or the class
 */
public record EntityModel(
    String qualifiedName,
    String tableName,
    boolean tableQuoted,
    List<ColumnMapping> columns,
    SourcePosition type,
    SourcePosition tableAnnotation) {

  public EntityModel {
    columns = List.copyOf(columns);
  }
}
