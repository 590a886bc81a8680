package io.github.schemadrift.migration;

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
 */
public record ColumnDef(
    String name,
    boolean quoted,
    SqlType type,
    boolean nullable,
    String defaultValue,
    boolean identity,
    SqlLocation lastChanged,
    SqlLocation nullabilityChanged) {

  public ColumnDef withName(String newName, boolean newQuoted, SqlLocation at) {
    return new ColumnDef(newName, newQuoted, type, nullable, defaultValue, identity, at, nullabilityChanged);
  }

  public ColumnDef withType(SqlType newType, SqlLocation at) {
    return new ColumnDef(name, quoted, newType, nullable, defaultValue, identity, at, nullabilityChanged);
  }

  public ColumnDef withNullable(boolean newNullable, SqlLocation at) {
    return new ColumnDef(name, quoted, type, newNullable, defaultValue, identity, at, at);
  }

  public ColumnDef withDefault(String newDefault, SqlLocation at) {
    return new ColumnDef(name, quoted, type, nullable, newDefault, identity, at, nullabilityChanged);
  }
}
