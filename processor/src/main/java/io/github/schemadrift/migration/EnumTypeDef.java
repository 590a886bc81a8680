package io.github.schemadrift.migration;

import java.util.List;

/**
 * A PostgreSQL enum type ({@code CREATE TYPE mood AS ENUM (...)}), with values added later by
 * {@code ALTER TYPE ... ADD VALUE} in their place.
 *
 * @param schema the dialect key of the schema it lies in (its qualifier, else where unqualified
 *     names landed), or null when unknown
 * @param name the type name as written, without quotes
 * @param quoted whether the name was quoted
 * @param values the labels in sort order
 * @param lastChanged the statement that created or last altered it
 */
public record EnumTypeDef(
    String schema, String name, boolean quoted, List<String> values, SqlLocation lastChanged) implements java.io.Serializable {

  public EnumTypeDef {
    values = List.copyOf(values);
  }

  /** The same type in schema {@code to}. */
  EnumTypeDef inSchema(String to) {
    return new EnumTypeDef(to, name, quoted, values, lastChanged);
  }
}
