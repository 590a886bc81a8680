package io.github.schemadrift.entity;

/**
 * How an identifier value is generated.
 *
 * @param strategy {@code IDENTITY}, {@code SEQUENCE}, {@code TABLE}, {@code UUID} or {@code AUTO}
 *     as written in {@code @GeneratedValue}
 * @param generator the generator's name, or null
 * @param sequenceName the physical sequence name for sequence generation (explicit or Hibernate's
 *     {@code <entity>_SEQ}), else null
 * @param tableName the physical table name for table generation, else null
 * @param allocationSize the increment ({@code allocationSize}, 50 by default)
 * @param initialValue the first value (1 by default)
 * @param resolved whether the generator is known for sure: false when {@code generator} names no
 *     {@code @SequenceGenerator}/{@code @TableGenerator} in reach (it may be a Hibernate
 *     {@code @GenericGenerator}, one declared on another entity or in XML) or a Hibernate generator
 *     annotation sits on the attribute
 * @param sequenceSchema {@code @SequenceGenerator(schema)} as written, or null
 * @param sequenceCatalog {@code @SequenceGenerator(catalog)} as written, or null
 */
public record Generation(
    String strategy,
    String generator,
    String sequenceName,
    String tableName,
    int allocationSize,
    int initialValue,
    boolean resolved,
    String sequenceSchema,
    String sequenceCatalog) {

  /** A generation whose sequence, if any, names no schema or catalog. */
  public Generation(
      String strategy, String generator, String sequenceName, String tableName, int allocationSize, int initialValue,
      boolean resolved) {
    this(strategy, generator, sequenceName, tableName, allocationSize, initialValue, resolved, null, null);
  }

  /** A generation whose generator is known. */
  public Generation(
      String strategy, String generator, String sequenceName, String tableName, int allocationSize, int initialValue) {
    this(strategy, generator, sequenceName, tableName, allocationSize, initialValue, true);
  }
}
