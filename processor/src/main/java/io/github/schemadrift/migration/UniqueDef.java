package io.github.schemadrift.migration;

import java.util.List;

/**
 * A set of columns the database keeps unique: a UNIQUE constraint or a unique index.
 *
 * @param name the constraint or index name as written, or null when the migration gave none
 * @param columns the columns as dialect keys, in definition order; an expression part (a unique
 *     index on {@code lower(email)}) is kept as its text
 * @param index whether it was created as a unique index rather than a constraint
 * @param definedAt the statement that created it
 */
public record UniqueDef(String name, List<String> columns, boolean index, SqlLocation definedAt) implements java.io.Serializable {

  public UniqueDef {
    columns = List.copyOf(columns);
  }
}
