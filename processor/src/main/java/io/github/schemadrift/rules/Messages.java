package io.github.schemadrift.rules;

import io.github.schemadrift.migration.SqlProblem;
import java.util.List;
import java.util.Map;

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

  /** One rule's folded findings: how many, and the most affected entities with their counts. */
  public record FoldedRule(String rule, int count, Map<String, Integer> topEntities) {}

  /**
   * The one line that stands for every finding folded at level note, per rule, with how to list
   * them one by one.
   */
  public static String foldedSummary(List<FoldedRule> rules, boolean listed) {
    int total = rules.stream().mapToInt(FoldedRule::count).sum();
    StringBuilder out = new StringBuilder();
    out.append(total).append(total == 1 ? " finding" : " findings").append(" folded at level note: ");
    for (int i = 0; i < rules.size(); i++) {
      FoldedRule rule = rules.get(i);
      out.append(i == 0 ? "" : ", ").append(rule.rule()).append(' ').append(rule.count());
      if (!rule.topEntities().isEmpty()) {
        StringBuilder top = new StringBuilder();
        rule.topEntities().forEach((entity, n) -> top.append(top.length() == 0 ? "" : ", ").append(entity).append(' ').append(n));
        out.append(" (most in ").append(top).append(')');
      }
    }
    return out.append(listed
            ? "; each is listed above as a note"
            : "; list them with -Aschemadrift.listFolded=true, or in the SARIF report (-Aschemadrift.report=<file>),"
                + " where each is a result at level note")
        .toString();
  }

  /** A type-use annotation as javac prints it in a type: {@code @a.b.Size(max=255) }. */
  private static final java.util.regex.Pattern TYPE_ANNOTATION =
      java.util.regex.Pattern.compile("@[\\w$.]+(?:\\((?:[^()\"]|\"(?:[^\"\\\\]|\\\\.)*\")*\\))?\\s*");

  /**
   * A type as source text without its type-use annotations: javac prints
   * {@code @jakarta.validation.constraints.Size(max=255) java.lang.String} for an annotated field,
   * and a message names the type only.
   */
  static String plainType(String type) {
    return type == null || type.indexOf('@') < 0 ? type : TYPE_ANNOTATION.matcher(type).replaceAll("").trim();
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
