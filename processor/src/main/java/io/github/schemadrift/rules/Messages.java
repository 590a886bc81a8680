package io.github.schemadrift.rules;

import io.github.schemadrift.migration.SqlProblem;

/**
 * Every message text schemadrift prints, built in one catalogue so wording stays consistent and tests
 * can assert through the same functions: this class holds the engine's messages (SQL problems,
 * internal errors, configuration notes), and the rule families have theirs in {@link TableMessages},
 * {@link ColumnMessages}, {@link KeyMessages} and {@link AuditMessages}. javac wording: subject
 * first, identifiers quoted, the migration as {@code file:line}, then the fix on either side; no
 * trailing period.
 */
public final class Messages {

  private Messages() {}

  public static String sqlProblem(SqlProblem problem) {
    String wayOut = problem.ruleId().equals("sql-parse")
        ? "; the statement is skipped: fix it, or suppress with -Aschemadrift.severity.sqlParse=off"
        : "; the statement is skipped: suppress with -Aschemadrift.severity.sqlUnsupported=off";
    return problem.place() + ": " + problem.message() + wayOut;
  }

  public static String internalError(String version, String subject, Throwable error) {
    return "schemadrift " + version + " failed while checking '" + subject + "': " + error
        + "; other entities are still checked. Please report this with the entity and migrations involved";
  }

  static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  /**
   * A configured implicit naming strategy that is not a built-in one: its names are assumed to be
   * the default strategy's, and the note says how to say otherwise.
   */
  public static String customImplicitNaming(String strategy, String source, String assumed, String builtIns,
      boolean onClassPath) {
    return source + " names the custom implicit naming strategy '" + strategy + "'"
        + (onClassPath ? "" : " (not on the compile class path)")
        + "; schemadrift cannot run a strategy class at compile time, so implicit table and column names are assumed as "
        + assumed + " names them; if the strategy names them like a built-in one, set"
        + " -Aschemadrift.hibernate.implicit_naming_strategy=<" + builtIns + ">, name them in the mapping"
        + " (@JoinTable, @CollectionTable, @JoinColumn, @Column), or lower the severity of the rules that report them"
        + " (-Aschemadrift.severity.joinTable=warning)";
  }
}
