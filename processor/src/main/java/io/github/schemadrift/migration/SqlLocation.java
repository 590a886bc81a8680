package io.github.schemadrift.migration;

/**
 * Where a piece of schema came from: the migration file (its name relative to the migrations
 * location, as users see it in their tree) and the 1-based line of the statement.
 */
public record SqlLocation(String file, int line) implements Comparable<SqlLocation>, java.io.Serializable {

  @Override
  public String toString() {
    return file + ":" + line;
  }

  @Override
  public int compareTo(SqlLocation other) {
    int byFile = file.compareTo(other.file);
    return byFile != 0 ? byFile : Integer.compare(line, other.line);
  }
}
