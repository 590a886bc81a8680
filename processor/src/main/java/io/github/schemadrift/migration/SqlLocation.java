package io.github.schemadrift.migration;

/**
 * Where a piece of schema came from: the migration file (its name relative to the migrations
 * location, as users see it in their tree), the 1-based line of the statement, and for a Liquibase
 * changelog the changeSet that holds it ({@code changeSet 12-add-email}), else null.
 */
public record SqlLocation(String file, int line, String unit)
    implements Comparable<SqlLocation>, java.io.Serializable {

  /**
   * Separates a changelog's file from its changeSet in a migration's display name
   * ({@code db.changelog-1.2.yaml\u001fchangeSet 12-add-email}): the replay names places by display
   * name, and such a name becomes a location with a {@link #unit()}.
   */
  public static final char UNIT_SEPARATOR = '\u001f';

  /** A place in a file; a display name with a {@link #UNIT_SEPARATOR} also names its unit. */
  public SqlLocation(String file, int line) {
    this(fileOf(file), line, unitOf(file));
  }

  private static String fileOf(String name) {
    int at = name.indexOf(UNIT_SEPARATOR);
    return at < 0 ? name : name.substring(0, at);
  }

  private static String unitOf(String name) {
    int at = name.indexOf(UNIT_SEPARATOR);
    return at < 0 ? null : name.substring(at + 1);
  }

  /** The display name this location was made from: the file, with the unit after a separator. */
  public String displayName() {
    return unit == null ? file : file + UNIT_SEPARATOR + unit;
  }

  @Override
  public String toString() {
    return unit == null ? file + ":" + line : file + ":" + line + " (" + unit + ")";
  }

  @Override
  public int compareTo(SqlLocation other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : String.valueOf(unit).compareTo(String.valueOf(other.unit));
  }
}
