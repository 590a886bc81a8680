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
 * @param formerNames the names a rename gave up, oldest first, as written (empty when never renamed)
 * @param renamedAt the statement of the last rename, or null when never renamed
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
    boolean generated,
    List<String> formerNames,
    SqlLocation renamedAt) implements java.io.Serializable {

  public ColumnDef {
    enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
  }

  /** A column that was never renamed. */
  public ColumnDef(
      String name,
      boolean quoted,
      SqlType type,
      boolean nullable,
      String defaultValue,
      boolean identity,
      SqlLocation lastChanged,
      SqlLocation nullabilityChanged,
      List<String> enumValues,
      boolean generated) {
    this(name, quoted, type, nullable, defaultValue, identity, lastChanged, nullabilityChanged, enumValues, generated,
        List.of(), null);
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

  /** This column renamed at {@code at}; its old name joins {@link #formerNames()}. */
  public ColumnDef withName(String newName, boolean newQuoted, SqlLocation at) {
    List<String> former = new java.util.ArrayList<>(formerNames);
    former.add(name);
    return new ColumnDef(newName, newQuoted, type, nullable, defaultValue, identity, at, nullabilityChanged, enumValues, generated,
        former, at);
  }

  /**
   * This column as the new definition of {@code before} (MySQL's {@code CHANGE}, {@code MODIFY}):
   * it keeps the rename history, and a changed name (compared as MySQL compares column names,
   * ignoring case) joins it.
   */
  public ColumnDef succeeding(ColumnDef before, SqlLocation at) {
    boolean renamed = !before.name().equalsIgnoreCase(name);
    List<String> former = new java.util.ArrayList<>(before.formerNames());
    if (renamed) {
      former.add(before.name());
    }
    return new ColumnDef(name, quoted, type, nullable, defaultValue, identity, lastChanged, nullabilityChanged, enumValues,
        generated, former, renamed ? at : before.renamedAt());
  }

  /** Whether a rename gave up this name (compared as the dialect compares names). */
  public boolean formerlyNamed(Dialect dialect, String columnName, boolean columnQuoted) {
    String wanted = dialect.key(columnName, columnQuoted);
    for (String former : formerNames) {
      if (former.equals(columnName) || dialect.key(former, false).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  public ColumnDef withType(SqlType newType, SqlLocation at) {
    return new ColumnDef(name, quoted, newType, nullable, defaultValue, identity, at, nullabilityChanged,
        enumValues, generated, formerNames, renamedAt);
  }

  public ColumnDef withNullable(boolean newNullable, SqlLocation at) {
    return new ColumnDef(name, quoted, type, newNullable, defaultValue, identity, at, at,
        enumValues, generated, formerNames, renamedAt);
  }

  public ColumnDef withDefault(String newDefault, SqlLocation at) {
    return new ColumnDef(name, quoted, type, nullable, newDefault, identity, at, nullabilityChanged,
        enumValues, generated, formerNames, renamedAt);
  }

  public ColumnDef withEnumValues(List<String> values, SqlLocation at) {
    return new ColumnDef(name, quoted, type, nullable, defaultValue, identity, at, nullabilityChanged,
        values, generated, formerNames, renamedAt);
  }

  public ColumnDef withIdentity(boolean newIdentity, SqlLocation at) {
    return new ColumnDef(name, quoted, type, nullable, defaultValue, newIdentity, at, nullabilityChanged,
        enumValues, generated, formerNames, renamedAt);
  }
}
