package io.github.schemadrift.entity;

/**
 * One column an entity maps, with what the Java side says about it.
 *
 * @param attributePath the attribute's name, dotted for embedded paths ({@code address.street})
 * @param columnName the physical column name after naming rules, without quotes
 * @param quoted whether the name is quoted (kept case-sensitive)
 * @param declaredNullable the explicit {@code @Column(nullable)} or {@code @JoinColumn(nullable)}
 *     value, or null when the code does not say
 * @param primitive whether the Java type is primitive (cannot hold null)
 * @param id whether the attribute is (part of) the identifier
 * @param javaType the attribute's type as source text, for messages
 * @param attribute where the attribute is declared
 * @param columnAnnotation where {@code @Column}/{@code @JoinColumn} is, or the attribute
 * @param nullableValue where {@code nullable = ...} is written, or the best place above
 */
public record ColumnMapping(
    String attributePath,
    String columnName,
    boolean quoted,
    Boolean declaredNullable,
    boolean primitive,
    boolean id,
    String javaType,
    SourcePosition attribute,
    SourcePosition columnAnnotation,
    SourcePosition nullableValue) {}
