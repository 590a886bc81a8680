package io.github.schemadrift.rules;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.nativesql.NativeSql;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * The SQL written in annotations (Spring Data's native {@code @Query}, {@code @NamedNativeQuery},
 * Hibernate's {@code @Formula}, {@code @SQLRestriction}, {@code @SQLInsert} and the other SQL
 * fragments) names tables and columns the migrations do not create. The text is parsed with
 * JSqlParser and resolved against the replayed schema; only names the schema shows cannot exist
 * are reported, and SQL that cannot be parsed is a warning.
 */
public final class NativeQueryRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "native-query", "native SQL in an annotation names a table or column that does not exist", Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** Native SQL is not part of an entity's mapping: it is checked by {@link #checkSql}. */
  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {}

  /**
   * Checks every piece of native SQL; one finding per name, and one warning per text that cannot be
   * parsed. A failure on one text becomes an internal-error finding naming schemadrift's {@code version}.
   */
  public void checkSql(List<NativeSql> sqls, SchemaModel schema, String version, Consumer<Finding> findings) {
    Set<String> seen = new LinkedHashSet<>(); // a fragment of a mapped superclass reaches each entity
    for (NativeSql sql : sqls) {
      List<Finding> found = new ArrayList<>();
      try {
        checkOne(sql, schema, found::add);
      } catch (RuntimeException | StackOverflowError e) {
        found.clear(); // one query's failure is reported and the others are still checked
        found.add(new Finding(Rules.INTERNAL_ERROR, Rules.INTERNAL_ERROR.defaultSeverity(),
            Messages.internalError(version, "the SQL of " + sql.origin(), e),
            sql.position(), null, sql.subject()));
      }
      for (Finding finding : found) {
        if (seen.add(finding.subject() + "\n" + finding.message())) {
          findings.accept(finding);
        }
      }
    }
  }

  private void checkOne(NativeSql sql, SchemaModel schema, Consumer<Finding> findings) {
    String text = SqlTemplate.rewrite(sql.sql(), sql.entityName());
    if (sql.kind() == NativeSql.Kind.STATEMENT && isCallable(text)) {
      return; // a stored procedure call names no table
    }
    NativeSqlParser.Parsed parsed = NativeSqlParser.parse(text, sql.kind(), schema.dialect());
    if (!parsed.ok()) {
      findings.accept(finding(sql, Severity.WARNING, NativeQueryMessages.unparseable(sql, parsed), null));
      return;
    }
    List<NameProblem> problems = new ArrayList<>();
    QueryResolver resolver = new QueryResolver(schema, problems::add);
    QueryScope scope = new QueryScope(null);
    if (parsed.statement() != null) {
      new ChangeResolver(resolver, schema).statement(parsed.statement(), scope);
      resultColumns(sql, parsed, schema.dialect(), findings);
    } else {
      for (TableMapping table : sql.context()) {
        QueryScope.Relation relation = contextRelation(schema, table, scope);
        scope.add(relation);
      }
      resolver.columns().expression(parsed.expression(), scope);
    }
    SchemaHistory history = SchemaHistory.of(schema);
    for (NameProblem problem : problems) {
      findings.accept(finding(sql, DESCRIPTOR.defaultSeverity(), NativeQueryMessages.missingName(sql, problem, schema, history), problem));
    }
  }

  /** The entity's table as the alias Hibernate gives it; a missing one is missing-table's to report. */
  private static QueryScope.Relation contextRelation(SchemaModel schema, TableMapping table, QueryScope scope) {
    Table named = new Table(table.schema(), table.quoted() ? "\"" + table.name() + "\"" : table.name());
    named.setAlias(new net.sf.jsqlparser.expression.Alias(SqlTemplate.ALIAS, false));
    List<NameProblem> ignored = new ArrayList<>();
    QueryScope.Relation relation = new QueryResolver(schema, ignored::add).relation(named, scope);
    return ignored.isEmpty() ? relation : QueryScope.Relation.open(SqlTemplate.ALIAS, false);
  }

  /** The select list must name each column a {@code @SqlResultSetMapping} reads. */
  private static void resultColumns(NativeSql sql, NativeSqlParser.Parsed parsed, Dialect dialect, Consumer<Finding> findings) {
    if (sql.resultColumns().isEmpty() || !(parsed.statement() instanceof PlainSelect select)) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (var item : select.getSelectItems()) {
      String name = NativeSqlParser.outputName(item);
      if (name == null) {
        return; // '*' or an unnamed expression: the select list does not decide the names
      }
      names.add(name);
    }
    for (NativeSql.ResultColumn column : sql.resultColumns()) {
      String wanted = dialect.key(column.name(), false);
      if (names.stream().noneMatch(n -> dialect.key(n, false).equals(wanted) || n.equalsIgnoreCase(column.name()))) {
        findings.accept(new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(), NativeQueryMessages.missingResultColumn(sql, column, names),
            column.position(), null, sql.subject() + "#" + column.mapping() + "." + column.name()));
      }
    }
  }

  private static boolean isCallable(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("{") || t.startsWith("call ") || t.startsWith("exec ") || t.startsWith("execute ");
  }

  private static Finding finding(NativeSql sql, Severity severity, String message, NameProblem problem) {
    String about = problem == null ? "" : "#" + problem.kind() + ":" + problem.qualifier() + "." + problem.name();
    return new Finding(DESCRIPTOR, severity, message, sql.position(), null, sql.subject() + about);
  }
}
