package io.github.schemadrift.entity;

import java.util.List;

/**
 * A unique key the mapping declares over one or more columns of a table: a
 * {@code @UniqueConstraint} of {@code @Table}, {@code @SecondaryTable}, {@code @JoinTable} or
 * {@code @CollectionTable}, or the columns of Hibernate's {@code @NaturalId} attributes.
 *
 * @param columns the physical column names after naming rules, without quotes, in written order
 * @param quoted whether each column name is quoted, index for index
 * @param origin how the key is declared, for messages ({@code @UniqueConstraint},
 *     {@code @NaturalId})
 * @param name the constraint name written in {@code @UniqueConstraint(name)}, or null
 * @param position where the key is declared (the {@code @UniqueConstraint}, the first
 *     {@code @NaturalId} attribute)
 */
public record UniqueKey(List<String> columns, List<Boolean> quoted, String origin, String name, SourcePosition position) {

  public static final String UNIQUE_CONSTRAINT = "@UniqueConstraint";
  public static final String NATURAL_ID = "@NaturalId";

  public UniqueKey {
    columns = List.copyOf(columns);
    quoted = List.copyOf(quoted);
  }
}
