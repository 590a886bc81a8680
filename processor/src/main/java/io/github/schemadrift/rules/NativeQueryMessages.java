package io.github.schemadrift.rules;

import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.nativesql.NativeSql;
import java.util.List;
import java.util.Optional;

/** The texts of the {@code native-query} rule's messages; tests assert through them. */
public final class NativeQueryMessages {

  private NativeQueryMessages() {}

  /** SQL JSqlParser cannot read: a warning, the text is not checked. */
  static String unparseable(NativeSql sql, NativeSqlParser.Parsed parsed) {
    return unparseable(sql.origin(), parsed.line(), parsed.column(), parsed.near());
  }

  public static String unparseable(String origin, int line, int column, String near) {
    return "cannot parse the SQL of " + origin + " (line " + line + ", column " + column
        + (near == null ? "" : ", near '" + near + "'") + "), so its table and column names are not checked;"
        + " fix the SQL or suppress the warning if the database accepts it";
  }

  static String missingName(NativeSql sql, NameProblem problem, SchemaModel schema, SchemaHistory history) {
    String fate = history.fate(problem).map(f -> "; " + f).orElse("");
    Optional<String> suggestion = NameSuggestions.closest(problem.name(), problem.candidates());
    if (problem.kind() == NameProblem.Kind.TABLE) {
      String name = problem.qualifier() == null ? problem.name() : problem.qualifier() + "." + problem.name();
      return missingTable(name, sql.origin(), schema.migrations().size(), suggestion.orElse(null)) + fate;
    }
    if (problem.qualifier() != null) {
      String table = problem.table() == null ? problem.qualifier() : problem.table().name();
      return missingColumn(problem.qualifier() + "." + problem.name(), table, sql.origin(), suggestion.orElse(null)) + fate;
    }
    return unknownColumn(problem.name(), problem.searched(), sql.origin(), suggestion.orElse(null)) + fate;
  }

  public static String missingTable(String table, String origin, int migrations, String suggestion) {
    return "table '" + table + "' in the SQL of " + origin + " does not exist after " + migrations + " migration"
        + (migrations == 1 ? "" : "s") + didYouMean(suggestion);
  }

  public static String missingColumn(String column, String table, String origin, String suggestion) {
    return "column '" + column + "' in the SQL of " + origin + " does not exist in table '" + table + "'" + didYouMean(suggestion);
  }

  public static String unknownColumn(String column, List<String> tables, String origin, String suggestion) {
    return "column '" + column + "' in the SQL of " + origin + " is in none of its tables ('" + String.join("', '", tables) + "')"
        + didYouMean(suggestion);
  }

  public static String missingResultColumn(NativeSql sql, NativeSql.ResultColumn column, List<String> selected) {
    return missingResultColumn(column.name(), column.mapping(), sql.origin(), selected);
  }

  public static String missingResultColumn(String column, String mapping, String origin, List<String> selected) {
    return "column '" + column + "' of @SqlResultSetMapping '" + mapping + "' is not in the select list of " + origin
        + " (it selects '" + String.join("', '", selected) + "')";
  }

  /** How a name left the schema: {@code column 'title' was renamed to 'name' by V7__rename.sql:3}. */
  public static String renamed(String kind, String name, String newName, String location) {
    return kind + " '" + name + "' was renamed to '" + newName + "' by " + location;
  }

  public static String dropped(String kind, String name, String location) {
    return kind + " '" + name + "' was dropped by " + location;
  }

  private static String didYouMean(String suggestion) {
    return suggestion == null ? "" : "; did you mean '" + suggestion + "'?";
  }
}
