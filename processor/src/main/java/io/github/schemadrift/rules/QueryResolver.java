package io.github.schemadrift.rules;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import io.github.schemadrift.migration.ViewDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * Resolves the tables of a native query and hands its expressions to the {@link ColumnResolver}:
 * selects with their joins, {@code USING}, common table expressions, derived tables, subqueries
 * and set operations. The data-changing statements are in {@link ChangeResolver}.
 */
final class QueryResolver {

  /** Schemas of the database's own catalog: not created by migrations, never reported. */
  private static final Set<String> CATALOG_SCHEMAS =
      Set.of("information_schema", "pg_catalog", "mysql", "performance_schema", "sys", "sysibm", "dbo.sys");

  private final SchemaModel schema;
  private final Dialect dialect;
  private final Consumer<NameProblem> problems;
  private final ColumnResolver columns;

  QueryResolver(SchemaModel schema, Consumer<NameProblem> problems) {
    this.schema = schema;
    this.dialect = schema.dialect();
    this.problems = problems;
    this.columns = new ColumnResolver(dialect, this, problems);
  }

  ColumnResolver columns() {
    return columns;
  }

  /**
   * Resolves a select and returns its output names (keys), with null for an output the select
   * list does not name ({@code *}, an expression without alias).
   */
  List<String> select(Select select, QueryScope outer) {
    QueryScope scope = withItems(select.getWithItemsList(), outer);
    List<String> output;
    if (select instanceof PlainSelect plain) {
      output = plainSelect(plain, scope);
    } else if (select instanceof SetOperationList set) {
      output = null;
      for (Select part : set.getSelects()) {
        List<String> partOutput = select(part, scope);
        output = output == null ? partOutput : output;
      }
    } else if (select instanceof ParenthesedSelect parenthesed) {
      output = parenthesed.getSelect() == null ? null : select(parenthesed.getSelect(), scope);
      orderBy(select.getOrderByElements(), scope, false);
    } else if (select instanceof Values values) {
      values.getExpressions().forEach(e -> columns.expression((Expression) e, scope));
      output = null;
    } else {
      output = null;
    }
    return output;
  }

  /** A scope with the common table expressions of a WITH clause, each resolved in it. */
  QueryScope withItems(List<WithItem<?>> items, QueryScope outer) {
    if (items == null || items.isEmpty()) {
      return outer;
    }
    QueryScope scope = outer.child();
    for (WithItem<?> item : items) {
      SqlName name = SqlName.of(item.getAliasName());
      if (name != null) {
        scope.addCte(dialect.key(name.text(), name.quoted()), QueryScope.Relation.open(name.text(), name.quoted()));
      }
    }
    for (WithItem<?> item : items) {
      Object body = item.getParenthesedStatement();
      if (body instanceof Select select) {
        select(select, scope);
      } else if (body instanceof net.sf.jsqlparser.statement.Statement statement) {
        new ChangeResolver(this, schema).statement(statement, scope); // INSERT, UPDATE or DELETE ... RETURNING
      }
    }
    return scope;
  }

  private List<String> plainSelect(PlainSelect select, QueryScope outer) {
    QueryScope scope = outer.child();
    from(select.getFromItem(), select.getJoins(), scope);
    List<String> output = new ArrayList<>();
    for (SelectItem<?> item : select.getSelectItems()) {
      output.add(outputName(item));
      SqlName alias = item.getAlias() == null ? null : SqlName.of(item.getAlias().getName());
      if (alias != null) {
        scope.addOutputName(dialect.key(alias.text(), alias.quoted()));
      }
    }
    for (SelectItem<?> item : select.getSelectItems()) {
      columns.expression(item.getExpression(), scope);
    }
    if (select.getDistinct() != null && select.getDistinct().getOnSelectItems() != null) {
      select.getDistinct().getOnSelectItems().forEach(item -> columns.expression(item.getExpression(), scope));
    }
    columns.expression(select.getWhere(), scope);
    if (select.getGroupBy() != null && select.getGroupBy().getGroupByExpressionList() != null) {
      for (Object e : select.getGroupBy().getGroupByExpressionList()) {
        columns.expression((Expression) e, scope);
      }
    }
    columns.expression(select.getHaving(), scope);
    columns.expression(select.getQualify(), scope);
    orderBy(select.getOrderByElements(), scope, true);
    return output;
  }

  private void orderBy(List<OrderByElement> elements, QueryScope scope, boolean check) {
    if (elements == null || !check) {
      return; // a set operation's ORDER BY reads its output names only
    }
    elements.forEach(e -> columns.expression(e.getExpression(), scope));
  }

  private String outputName(SelectItem<?> item) {
    SqlName alias = item.getAlias() == null ? null : SqlName.of(item.getAlias().getName());
    if (alias != null) {
      return dialect.key(alias.text(), alias.quoted());
    }
    if (item.getExpression() instanceof Column column) {
      SqlName name = SqlName.of(column.getColumnName());
      return name == null ? null : dialect.key(name.text(), name.quoted());
    }
    return null;
  }

  /** Adds the relations of a FROM item and its joins to {@code scope}, then resolves ON and USING. */
  void from(FromItem first, List<Join> joins, QueryScope scope) {
    if (first == null) {
      return;
    }
    fromItem(first, scope);
    List<Join> all = joins == null ? List.of() : joins;
    for (Join join : all) {
      int before = scope.relations().size();
      fromItem(join.getRightItem(), scope);
      if (join.getUsingColumns() != null) {
        using(join.getUsingColumns(), scope, before);
      }
    }
    for (Join join : all) {
      if (join.getOnExpressions() != null) {
        join.getOnExpressions().forEach(e -> columns.expression(e, scope));
      }
    }
  }

  /** JOIN ... USING (c): c must be in the joined relation and in one before it. */
  private void using(List<Column> using, QueryScope scope, int rightStart) {
    List<QueryScope.Relation> left = scope.relations().subList(0, rightStart);
    List<QueryScope.Relation> right = scope.relations().subList(rightStart, scope.relations().size());
    for (Column column : using) {
      SqlName name = SqlName.of(column.getColumnName());
      if (name == null) {
        continue;
      }
      for (List<QueryScope.Relation> side : List.of(left, right)) {
        if (!side.isEmpty() && side.stream().noneMatch(r -> !r.known() || r.hasColumn(dialect, name.text(), name.quoted()))) {
          QueryScope.Relation first = side.get(0);
          problems.accept(new NameProblem(NameProblem.Kind.COLUMN, name.text(), first.alias(), first.table(), List.of(),
              first.columnNames()));
        }
      }
    }
  }

  private void fromItem(FromItem item, QueryScope scope) {
    SqlName alias = aliasOf(item.getAlias());
    if (item instanceof Table table) {
      scope.add(relation(table, scope));
    } else if (item instanceof ParenthesedFromItem nested) {
      from(nested.getFromItem(), nested.getJoins(), scope);
    } else if (item instanceof Select select) {
      select(select, scope); // lateral or not: a derived table sees the relations before it
      scope.add(QueryScope.Relation.open(alias == null ? null : alias.text(), alias != null && alias.quoted()));
    } else {
      // a table function (generate_series, unnest, json_table): its columns are its own, its
      // arguments read the relations before it
      if (item instanceof net.sf.jsqlparser.statement.select.TableFunction function) {
        columns.expression(function.getFunction(), scope);
      }
      scope.add(QueryScope.Relation.open(alias == null ? null : alias.text(), alias != null && alias.quoted()));
    }
  }

  /** The relation a table name resolves to; a name the schema does not hold is reported. */
  QueryScope.Relation relation(Table table, QueryScope scope) {
    SqlName name = SqlName.of(table.getName());
    SqlName alias = aliasOf(table.getAlias());
    String shown = alias != null ? alias.text() : name == null ? null : name.text();
    boolean shownQuoted = alias != null ? alias.quoted() : name != null && name.quoted();
    if (name == null) {
      return QueryScope.Relation.open(shown, shownQuoted);
    }
    SqlName schemaName = SqlName.of(table.getSchemaName());
    if (schemaName == null) {
      Optional<QueryScope.Relation> cte = scope.cte(dialect.key(name.text(), name.quoted()));
      if (cte.isPresent()) {
        return QueryScope.Relation.open(shown, shownQuoted);
      }
    }
    if (ignored(schemaName, name)) {
      return QueryScope.Relation.open(shown, shownQuoted);
    }
    String schemaText = schemaName == null ? null : schemaName.text();
    Optional<TableDef> found =
        schemaText == null ? schema.table(null, name.text(), name.quoted()) : schema.exactTable(schemaText, name.text(), name.quoted());
    if (found.isPresent()) {
      return new QueryScope.Relation(shown, shownQuoted, name.text(), found.get(), null, false);
    }
    Optional<ViewDef> view = schema.view(schemaText, name.text(), name.quoted());
    if (view.isPresent()) {
      return new QueryScope.Relation(shown, shownQuoted, name.text(), null, view.get().columns(), false);
    }
    List<String> candidates = new ArrayList<>();
    schema.tables().values().forEach(t -> candidates.add(t.name()));
    schema.views().values().forEach(v -> candidates.add(v.name()));
    problems.accept(new NameProblem(NameProblem.Kind.TABLE, name.text(), schemaText, null, List.of(), candidates));
    return QueryScope.Relation.open(shown, shownQuoted);
  }

  private boolean ignored(SqlName schemaName, SqlName name) {
    String lower = name.text().toLowerCase(Locale.ROOT);
    if (schemaName != null && CATALOG_SCHEMAS.contains(schemaName.text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return lower.equals(SqlTemplate.UNKNOWN_TABLE) || lower.equals("dual") || lower.equals("flyway_schema_history")
        || (dialect == Dialect.POSTGRESQL && lower.startsWith("pg_") && schemaName == null);
  }

  private static SqlName aliasOf(Alias alias) {
    return alias == null ? null : SqlName.of(alias.getName());
  }
}
