package io.github.schemadrift.rules;

import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlProblem;
import java.util.Locale;

/**
 * The "could be explained by" look-up: a missing table or column on a table that DDL the replay
 * cannot see names (SQL built at run time in an {@code EXECUTE} or in a Java-based migration) is
 * no certain drift, so the finding becomes a warning that names that DDL. Rules that report
 * something missing pass their finding through {@link #soften}; nothing else changes.
 */
public final class UnseenDdlExplanation {

  private UnseenDdlExplanation() {}

  /** The finding as it is, or as a warning with the unseen DDL that names {@code tableName}. */
  public static Finding soften(SchemaModel schema, String tableName, Finding finding) {
    String bare = bare(tableName);
    for (SqlProblem problem : schema.problems()) {
      if (problem.ruleId().equals(SqlProblem.UNSEEN_DDL) && bare.equals(problem.table())) {
        return new Finding(
            finding.rule(),
            finding.severity() == Severity.ERROR ? Severity.WARNING : finding.severity(),
            explained(finding.message(), problem),
            finding.position(),
            finding.related(),
            finding.subject(),
            finding.fixSql());
      }
    }
    return finding;
  }

  static String explained(String message, SqlProblem unseen) {
    return message + "; DDL the replay cannot see (" + unseen.message() + " at " + unseen.location()
        + ") names table '" + unseen.table() + "' and could explain this";
  }

  private static String bare(String tableName) {
    String name = tableName;
    int dot = name.lastIndexOf('.');
    if (dot >= 0) {
      name = name.substring(dot + 1);
    }
    if (name.length() >= 2 && "\"`[".indexOf(name.charAt(0)) >= 0) {
      name = name.substring(1, name.length() - 1);
    }
    return name.toLowerCase(Locale.ROOT);
  }
}
