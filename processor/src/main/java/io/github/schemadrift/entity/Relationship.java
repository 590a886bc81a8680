package io.github.schemadrift.entity;

/**
 * What a foreign-key column refers to.
 *
 * @param targetEntity the qualified name of the referenced entity
 * @param targetTable the referenced entity's physical primary table
 * @param referencedColumn the referenced column's physical name
 * @param optional whether the association may be absent ({@code optional} of the association)
 * @param foreignKey whether Hibernate's schema generation creates a foreign key for it (not for
 *     {@code @ForeignKey(NO_CONSTRAINT)} or Hibernate's {@code @NotFound})
 */
public record Relationship(
    String targetEntity, String targetTable, String referencedColumn, boolean optional, boolean foreignKey) {

  /** A relationship backed by a foreign key. */
  public Relationship(String targetEntity, String targetTable, String referencedColumn, boolean optional) {
    this(targetEntity, targetTable, referencedColumn, optional, true);
  }
}
