package io.github.schemadrift.entity;

import java.util.List;

/**
 * What the column stores, seen from Java.
 *
 * @param javaType the attribute's qualified type, erased ({@code java.util.List})
 * @param databaseJavaType the Java type that reaches JDBC after {@code @Convert} (the converter's
 *     second type argument), {@code @Enumerated} ({@code java.lang.String} or
 *     {@code java.lang.Integer}) or {@code @Lob}; the same as {@code javaType} otherwise
 * @param enumConstants the enum's constants in declaration order, empty for other types
 * @param enumStorage how an enum is stored, or null for other types
 * @param lob whether the column is a {@code @Lob}
 * @param jdbcTypeCode Hibernate's {@code @JdbcTypeCode} value ({@code SqlTypes.JSON} is 3001), or
 *     null
 * @param converter the qualified name of the {@code AttributeConverter}, or null
 * @param enumValueField whether the enum stores a field marked {@code @EnumeratedValue} (JPA 3.2)
 *     instead of its constants' names or ordinals
 */
public record ColumnType(
    String javaType,
    String databaseJavaType,
    List<String> enumConstants,
    EnumStorage enumStorage,
    boolean lob,
    Integer jdbcTypeCode,
    String converter,
    boolean enumValueField) {

  public ColumnType {
    enumConstants = List.copyOf(enumConstants);
  }

  /** A type whose enum, if any, stores its names or ordinals. */
  public ColumnType(
      String javaType,
      String databaseJavaType,
      List<String> enumConstants,
      EnumStorage enumStorage,
      boolean lob,
      Integer jdbcTypeCode,
      String converter) {
    this(javaType, databaseJavaType, enumConstants, enumStorage, lob, jdbcTypeCode, converter, false);
  }

  static ColumnType of(String javaType) {
    return new ColumnType(javaType, javaType, List.of(), null, false, null, null);
  }

  /** {@code @Enumerated}'s two ways to store an enum. */
  public enum EnumStorage {
    ORDINAL,
    STRING
  }
}
