package io.github.schemadrift.entity;

/**
 * What an entity class is beyond its tables: whether Hibernate ever inserts its rows, which
 * hierarchy it belongs to, and the discriminator value its rows carry.
 *
 * @param abstractClass whether the class is abstract (no rows of exactly this type are inserted)
 * @param immutable whether Hibernate's {@code @Immutable} makes the entity read-only
 * @param root the qualified name of the hierarchy's root entity (the entity itself when it has no
 *     entity superclass)
 * @param discriminatorValue the value the entity's rows carry in the discriminator column:
 *     {@code @DiscriminatorValue}, else the entity name for a {@code STRING} discriminator; null
 *     when the hierarchy has no discriminator column or the value is not known
 * @param discriminatorValuePosition where {@code @DiscriminatorValue} is, else the class
 */
public record EntityTraits(
    boolean abstractClass,
    boolean immutable,
    String root,
    String discriminatorValue,
    SourcePosition discriminatorValuePosition) {

  /** A concrete, writable entity of its own hierarchy, with no discriminator: for hand-built models. */
  public static EntityTraits plain(String qualifiedName) {
    return new EntityTraits(false, false, qualifiedName, null, SourcePosition.NONE);
  }

  /** Whether Hibernate inserts rows of exactly this entity. */
  public boolean inserts() {
    return !abstractClass && !immutable;
  }
}
