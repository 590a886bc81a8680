package io.github.schemadrift.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

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
 * @param ddlNullable whether Hibernate's schema generation leaves the column nullable (Bean
 *     Validation not applied)
 * @param notNullEvidence every reason the code gives for the column never holding null
 * @param shape length, precision, scale, definition, uniqueness and writability
 * @param type the attribute's Java type and the type stored in the database
 * @param generation how the value is generated, or null when it is not
 * @param relationship the entity the column refers to, or null for a plain column
 * @param positions where each written annotation value is, by attribute name ({@code nullable},
 *     {@code length}, {@code name}, {@code unique}, {@code precision}, {@code scale},
 *     {@code strategy}, {@code allocationSize})
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
    SourcePosition nullableValue,
    boolean ddlNullable,
    Set<NotNullEvidence> notNullEvidence,
    ColumnShape shape,
    ColumnType type,
    Generation generation,
    Relationship relationship,
    Map<String, SourcePosition> positions) {

  public ColumnMapping {
    notNullEvidence = notNullEvidence instanceof EnumSet<NotNullEvidence> evidence
        ? Collections.unmodifiableSet(evidence.clone()) // a copy as Set.copyOf makes, without its hash set
        : Set.copyOf(notNullEvidence);
    positions = positions.isEmpty() ? Map.of() : Map.copyOf(positions); // the same map, without copying nothing
  }

  /** The original shape: a plain column with no facts beyond nullability. */
  public ColumnMapping(
      String attributePath,
      String columnName,
      boolean quoted,
      Boolean declaredNullable,
      boolean primitive,
      boolean id,
      String javaType,
      SourcePosition attribute,
      SourcePosition columnAnnotation,
      SourcePosition nullableValue) {
    this(attributePath, columnName, quoted, declaredNullable, primitive, id, javaType, attribute,
        columnAnnotation, nullableValue,
        !(Boolean.FALSE.equals(declaredNullable) || id || (primitive && declaredNullable == null)),
        NotNullEvidence.basic(declaredNullable, primitive, id),
        ColumnShape.NONE, ColumnType.of(javaType), null, null, Map.of());
  }

  /** The same mapping with one more reason for the column never holding null. */
  ColumnMapping withEvidence(NotNullEvidence more) {
    Set<NotNullEvidence> evidence = EnumSet.noneOf(NotNullEvidence.class);
    evidence.addAll(notNullEvidence);
    evidence.add(more);
    return new ColumnMapping(attributePath, columnName, quoted, declaredNullable, primitive, id, javaType, attribute,
        columnAnnotation, nullableValue, ddlNullable, evidence, shape, type, generation, relationship, positions);
  }

  /** The same mapping with another DDL nullability, shape and evidence: a column mapped twice in one table. */
  ColumnMapping asDuplicate(boolean ddlNullable, ColumnShape shape, Set<NotNullEvidence> evidence) {
    return new ColumnMapping(attributePath, columnName, quoted, declaredNullable, primitive, id, javaType, attribute,
        columnAnnotation, nullableValue, ddlNullable, evidence, shape, type, generation, relationship, positions);
  }

  /** Whether neither inserts nor updates write the column through this mapping: a read-only mirror. */
  public boolean readOnly() {
    return !shape.insertable() && !shape.updatable();
  }

  /** The position of a written annotation value, else the column annotation. */
  public SourcePosition position(String annotationAttribute) {
    return positions.getOrDefault(annotationAttribute, columnAnnotation);
  }

  /** Whether the code gives any reason for the column never holding null. */
  public boolean claimsNotNull() {
    return !notNullEvidence.isEmpty();
  }
}
