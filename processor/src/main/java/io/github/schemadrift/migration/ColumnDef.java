package io.github.schemadrift.migration;

import java.util.List;

/**
 * One column of the replayed schema.
 *
 * @param name the name as written in the migration, without quotes
 * @param quoted whether the migration quoted the name (quoted names keep their case)
 * @param type the column's current type
 * @param nullable whether the column accepts NULL after all migrations
 * @param defaultValue the default expression as written, or null when there is none
 * @param identity whether the database generates values (serial, identity, auto-increment)
 * @param lastChanged the statement that last defined or changed this column
 * @param nullabilityChanged the statement that last decided whether the column is nullable
 * @param enumValues the allowed values of a MySQL {@code ENUM(...)} column, in order; empty for
 *     other types
 * @param generated whether the column is computed from others ({@code GENERATED ALWAYS AS (...)}),
 *     so the database, not the application, writes it
 */
public record ColumnDef(
    String name,
    boolean quoted,
    SqlType type,
    boolean nullable,
    String defaultValue,
    boolean identity,
    SqlLocation lastChanged,
    SqlLocation nullabilityChanged,
    List<String> enumValues,
    boolean generated) implements java.io.Serializable {

  public ColumnDef {
    enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
  }

  /** A column without enum values that is not computed. */
  public ColumnDef(
      String name,
      boolean quoted,
      SqlType type,
      boolean nullable,
      String defaultValue,
      boolean identity,
      SqlLocation lastChanged,
      SqlLocation nullabilityChanged) {
    this(name, quoted, type, nullable, defaultValue, identity, lastChanged, nullabilityChanged, List.of(), false);
  }

  public ColumnDef withName(String newName, boolean newQuoted, SqlLocation at) {
    return new ColumnDef(newName, newQuoted, type, nullable, defaultValue, identity, at, nullabilityChanged, enumValues, generated);
  }

  public ColumnDef withType(SqlType newType, SqlLocation at) {
    return new ColumnDef(name, quoted, newType, nullable, defaultValue, identity, at, nullabilityChanged, enumValues, generated);
  }

  public ColumnDef withNullable(boolean newNullable, SqlLocation at) {
    return new ColumnDef(name, quoted, type, newNullable, defaultValue, identity, at, at, enumValues, generated);
  }

  public ColumnDef withDefault(String newDefault, SqlLocation at) {
    return new ColumnDef(name, quoted, type, nullable, newDefault, identity, at, nullabilityChanged, enumValues, generated);
  }

  public ColumnDef withEnumValues(List<String> values, SqlLocation at) {
    return new ColumnDef(name, quoted, type, nullable, defaultValue, identity, at, nullabilityChanged, values, generated);
  }

  public ColumnDef withIdentity(boolean newIdentity, SqlLocation at) {
    return new ColumnDef(name, quoted, type, nullable, defaultValue, newIdentity, at, nullabilityChanged, enumValues, generated);
  }
}
