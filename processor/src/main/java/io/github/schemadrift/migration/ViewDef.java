package io.github.schemadrift.migration;

import java.util.List;

/**
 * A view: a read-only relation an entity may map.
 *
 * @param schema the dialect key of the schema it lies in (its qualifier, else where unqualified
 *     names landed), or null when unknown
 * @param name the view name as written, without quotes
 * @param quoted whether the name was quoted
 * @param columns the column names when they can be derived (an explicit column list, or the
 *     select items' aliases and plain column names); empty when they cannot (e.g. {@code *})
 * @param createdAt the statement that created it
 */
public record ViewDef(
    String schema, String name, boolean quoted, List<String> columns, SqlLocation createdAt) implements java.io.Serializable {

  public ViewDef {
    columns = List.copyOf(columns);
  }

  /** The same view in schema {@code to}. */
  ViewDef inSchema(String to) {
    return new ViewDef(to, name, quoted, columns, createdAt);
  }

  /** The same view under another name. */
  ViewDef renamed(String newName, boolean newQuoted, SqlLocation at) {
    return new ViewDef(schema, newName, newQuoted, columns, at);
  }
}
