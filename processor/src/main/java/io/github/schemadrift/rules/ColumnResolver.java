package io.github.schemadrift.rules;

import io.github.schemadrift.migration.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.LambdaExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Resolves the column names of expressions against a {@link QueryScope}, and hands subqueries back
 * to the {@link QueryResolver}. A name is reported only when the schema shows it cannot exist: a
 * qualifier that names a known table without that column, or an unqualified name that no relation
 * in reach can hold. Anything the query defines itself, or that the replay does not know, is read
 * as valid.
 */
final class ColumnResolver {

  /** Words some dialects parse as a column although they are none. */
  private static final Set<String> NOT_COLUMNS =
      Set.of(
          "true", "false", "null", "unknown", "default", "current_date", "current_time", "current_timestamp", "localtime",
          "localtimestamp", "current_user", "session_user", "current_role", "current_schema", "current_catalog", "user",
          "sysdate", "systimestamp", "systime", "rownum", "rowid", "level", "excluded", "year", "quarter", "month",
          "week", "day", "hour", "minute", "second", "microsecond", "millisecond", "epoch", "dow", "doy", "isodow",
          "isoyear", "century", "decade", "millennium", "timezone", "timezone_hour", "timezone_minute", "day_hour",
          "day_minute", "day_second", "hour_minute", "hour_second", "minute_second", "year_month", "nextval",
          "currval", "now", "utc_timestamp", "utc_date", "utc_time", "sqlstate", "new", "old");

  private final Dialect dialect;
  private final QueryResolver queries;
  private final Consumer<NameProblem> problems;

  ColumnResolver(Dialect dialect, QueryResolver queries, Consumer<NameProblem> problems) {
    this.dialect = dialect;
    this.queries = queries;
    this.problems = problems;
  }

  /** Resolves every column an expression reads; subqueries see {@code scope}. */
  void expression(Expression expression, QueryScope scope) {
    if (expression == null) {
      return;
    }
    expression.accept(new Visitor(scope), null);
  }

  private final class Visitor extends ExpressionVisitorAdapter<Void> {
    private final QueryScope scope;

    Visitor(QueryScope scope) {
      this.scope = scope;
    }

    @Override
    public <S> Void visit(Column column, S context) {
      column(column, scope);
      return null;
    }

    @Override
    public <S> Void visit(ParenthesedSelect select, S context) {
      queries.select(select, scope);
      return null;
    }

    @Override
    public <S> Void visit(Select select, S context) {
      queries.select(select, scope);
      return null;
    }

    @Override
    public <S> Void visit(LambdaExpression lambda, S context) {
      return null; // its parameters are names it defines itself
    }
  }

  /** Resolves one column reference. */
  void column(Column column, QueryScope scope) {
    SqlName name = SqlName.of(column.getColumnName());
    if (name == null || (name.quoted() && name.quote() == '"' && isMySql())) {
      return; // MySQL reads "x" as a string
    }
    String qualifier = column.getTable() == null ? null : column.getTable().getName();
    if (qualifier == null || qualifier.isBlank()) {
      unqualified(name, scope);
    } else {
      qualified(SqlName.of(qualifier), name, scope);
    }
  }

  /** A column that must be in the target table of an INSERT, an UPDATE's SET or ON CONFLICT. */
  void targetColumn(Column column, QueryScope.Relation target) {
    SqlName name = SqlName.of(column.getColumnName());
    if (name == null || target == null || target.hasColumn(dialect, name.text(), name.quoted())) {
      return;
    }
    problems.accept(new NameProblem(NameProblem.Kind.COLUMN, name.text(), target.alias(), target.table(), List.of(),
        target.columnNames()));
  }

  private void qualified(SqlName qualifier, SqlName name, QueryScope scope) {
    if (qualifier == null) {
      return;
    }
    List<QueryScope.Relation> relations = scope.qualified(dialect, qualifier.text(), qualifier.quoted());
    if (relations.isEmpty() || relations.stream().anyMatch(r -> !r.known() || r.hasColumn(dialect, name.text(), name.quoted()))) {
      return; // a qualifier the query does not define is a record or schema the database resolves
    }
    QueryScope.Relation first = relations.get(0);
    problems.accept(new NameProblem(NameProblem.Kind.COLUMN, name.text(), qualifier.text(), first.table(), List.of(),
        first.columnNames()));
  }

  private void unqualified(SqlName name, QueryScope scope) {
    String key = dialect.key(name.text(), name.quoted());
    if (!name.quoted() && NOT_COLUMNS.contains(name.text().toLowerCase(Locale.ROOT))) {
      return;
    }
    Set<String> searched = new LinkedHashSet<>();
    List<String> candidates = new ArrayList<>();
    for (QueryScope s = scope; s != null; s = s.parent()) {
      if (s.hasOutputName(key)) {
        return;
      }
      for (QueryScope.Relation relation : s.relations()) {
        if (!relation.known() || relation.hasColumn(dialect, name.text(), name.quoted())) {
          return;
        }
        searched.add(relation.tableName());
        candidates.addAll(relation.columnNames());
      }
    }
    if (!searched.isEmpty()) {
      problems.accept(new NameProblem(NameProblem.Kind.COLUMN, name.text(), null, null, List.copyOf(searched), candidates));
    }
  }

  private boolean isMySql() {
    return dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
  }
}
