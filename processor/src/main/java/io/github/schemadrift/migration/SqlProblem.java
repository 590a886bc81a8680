package io.github.schemadrift.migration;

/**
 * A migration statement the engine could not split, parse or replay. The report layer turns it
 * into a {@code sql-parse} or {@code sql-unsupported} warning that names the place.
 *
 * @param ruleId the diagnostic's rule id
 * @param location the file and line of the statement
 * @param column the 1-based column of the problem within the line, or 0 when unknown
 * @param message what went wrong, in javac wording
 * @param table the table key the statement touches, or null when unknown
 */
public record SqlProblem(String ruleId, SqlLocation location, int column, String message, String table) implements java.io.Serializable {

  /**
   * The rule id of DDL the replay cannot see (built at run time in procedural code or a Java-based
   * migration): not a finding of its own, but the table it names softens findings there.
   */
  public static final String UNSEEN_DDL = "unseen-ddl";

  /** The place as {@code file:line:column}, or {@code file:line} when the column is unknown. */
  public String place() {
    return column > 0 ? location + ":" + column : location.toString();
  }
}
