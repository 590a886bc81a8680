package io.github.schemadrift.rules;

import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "could be explained by" post-step: a {@code missing-table} or {@code missing-column} finding
 * about a table that DDL the replay cannot see names (SQL built at run time in an {@code EXECUTE}
 * or in a Java-based migration) is no certain drift, so it becomes a warning that names that DDL.
 * It runs once over all findings, after {@link FindingGrouping}; no rule knows of it.
 */
public final class UnseenDdlExplanation {

  private UnseenDdlExplanation() {}

  /** The findings, each missing table or column that unseen DDL could explain softened to a warning. */
  public static List<Finding> soften(List<Finding> findings, SchemaModel schema) {
    List<SqlProblem> unseen = schema.problems().stream()
        .filter(p -> p.ruleId().equals(SqlProblem.UNSEEN_DDL) && p.table() != null).toList();
    if (unseen.isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      out.add(soften(finding, unseen));
    }
    return out;
  }

  private static Finding soften(Finding finding, List<SqlProblem> unseen) {
    boolean missing = finding.rule() == MissingTableRule.DESCRIPTOR || finding.rule() == MissingColumnRule.DESCRIPTOR;
    if (!missing || finding.concern() == null || finding.concern().table() == null) {
      return finding;
    }
    String table = finding.concern().table().toLowerCase(Locale.ROOT);
    for (SqlProblem problem : unseen) {
      if (table.equals(problem.table())) {
        return finding
            .withSeverity(finding.severity() == Severity.ERROR ? Severity.WARNING : finding.severity())
            .withMessage(explained(finding.message(), problem));
      }
    }
    return finding;
  }

  static String explained(String message, SqlProblem unseen) {
    return message + "; DDL the replay cannot see (" + unseen.message() + " at " + unseen.location()
        + ") names table '" + unseen.table() + "' and could explain this";
  }
}
