package io.github.schemadrift.migration;

import java.util.List;

/**
 * An index of a replayed table (unique indexes also appear among the table's uniques).
 *
 * @param name the index name as written, or null when the database named it
 * @param columns the indexed columns as dialect keys, expressions as their text
 * @param unique whether the index is unique
 * @param definedAt the statement that created it
 */
public record IndexDef(String name, List<String> columns, boolean unique, SqlLocation definedAt) implements java.io.Serializable {

  public IndexDef {
    columns = List.copyOf(columns);
  }
}
