package io.github.schemadrift.entity;

/**
 * The column's size and constraints as the mapping gives them.
 *
 * @param length the explicit {@code length}, or JPA's implicit one (255 for strings, 1 for a
 *     character) when the database type has a length; null when length does not apply
 * @param lengthExplicit whether {@code length} is written in the code (or comes from
 *     {@code @Size(max)}: see {@code validationMaxLength})
 * @param precision the numeric precision, explicit or Hibernate's default (38), or null
 * @param scale the numeric scale, explicit or Hibernate's default, or null
 * @param columnDefinition the explicit {@code columnDefinition}, or null
 * @param unique whether the column is unique on its own ({@code unique = true}, a one-to-one
 *     join column, a natural id)
 * @param insertable whether inserts write the column
 * @param updatable whether updates write the column
 * @param validationMaxLength Bean Validation's {@code @Size(max)}, or null
 */
public record ColumnShape(
    Integer length,
    boolean lengthExplicit,
    Integer precision,
    Integer scale,
    String columnDefinition,
    boolean unique,
    boolean insertable,
    boolean updatable,
    Integer validationMaxLength) {

  /** Nothing known: for models built by hand. */
  public static final ColumnShape NONE = new ColumnShape(null, false, null, null, null, false, true, true, null);
}
