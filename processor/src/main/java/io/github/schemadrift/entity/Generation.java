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
 * @param segmentValue for table generation, the value of the generator table's segment column
 *     that names this generator's row, as Hibernate 7's {@code TableGenerator} chooses it:
 *     {@code @TableGenerator(pkColumnValue)}, else {@code "default"} without a
 *     {@code @TableGenerator}; null under a {@code @TableGenerator} without {@code pkColumnValue},
 *     where Hibernate uses the entity's table name ({@code prefer_entity_table_as_segment_value});
 *     null for other strategies
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
    String sequenceCatalog,
    String segmentValue) {

  /** The segment value Hibernate 7 uses without a {@code @TableGenerator}: one row for every such generator. */
  public static final String DEFAULT_SEGMENT = "default";

  /** A generation that is no table generation. */
  public Generation(
      String strategy, String generator, String sequenceName, String tableName, int allocationSize, int initialValue,
      boolean resolved, String sequenceSchema, String sequenceCatalog) {
    this(strategy, generator, sequenceName, tableName, allocationSize, initialValue, resolved, sequenceSchema, sequenceCatalog, null);
  }

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
