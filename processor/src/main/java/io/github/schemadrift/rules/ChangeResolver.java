package io.github.schemadrift.rules;

import io.github.schemadrift.migration.SchemaModel;
import java.util.List;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.ReturningClause;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.InsertConflictAction;
import net.sf.jsqlparser.statement.insert.InsertConflictTarget;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Resolves the statements that change data: {@code INSERT} with its column list, {@code ON
 * CONFLICT} and {@code ON DUPLICATE KEY UPDATE}, {@code UPDATE ... SET} with {@code FROM} and
 * joins, {@code DELETE} with {@code USING}, and the {@code RETURNING} of each. Selects go to the
 * {@link QueryResolver}.
 */
final class ChangeResolver {

  private final QueryResolver queries;
  private final ColumnResolver columns;
  private final SchemaModel schema;

  ChangeResolver(QueryResolver queries, SchemaModel schema) {
    this.queries = queries;
    this.schema = schema;
    this.columns = queries.columns();
  }

  /** Resolves any statement; a kind not listed here is not read. */
  void statement(Statement statement, QueryScope scope) {
    Statement inner = unwrap(statement);
    if (inner != statement) {
      statement(inner, scope); // the INSERT, UPDATE or DELETE of a CTE, in parentheses
    } else if (statement instanceof Select select) {
      queries.select(select, scope);
    } else if (statement instanceof Insert insert) {
      insert(insert, scope);
    } else if (statement instanceof Update update) {
      update(update, scope);
    } else if (statement instanceof Delete delete) {
      delete(delete, scope);
    } else if (statement instanceof net.sf.jsqlparser.statement.upsert.Upsert upsert) {
      upsert(upsert, scope);
    }
  }

  /** The statement inside a parenthesed INSERT, UPDATE or DELETE (each a subclass of its statement), else itself. */
  private static Statement unwrap(Statement statement) {
    if (statement instanceof net.sf.jsqlparser.statement.insert.ParenthesedInsert p && p.getInsert() != null) {
      return p.getInsert();
    }
    if (statement instanceof net.sf.jsqlparser.statement.update.ParenthesedUpdate p && p.getUpdate() != null) {
      return p.getUpdate();
    }
    if (statement instanceof net.sf.jsqlparser.statement.delete.ParenthesedDelete p && p.getDelete() != null) {
      return p.getDelete();
    }
    return statement;
  }

  private void insert(Insert insert, QueryScope outer) {
    QueryScope scope = queries.withItems(insert.getWithItemsList(), outer);
    QueryScope.Relation target = queries.relation(insert.getTable(), scope);
    if (insert.getColumns() != null) {
      insert.getColumns().forEach(c -> columns.targetColumn(c, target));
    }
    if (insert.getSelect() != null) {
      queries.select(insert.getSelect(), scope);
    }
    QueryScope targetScope = scope.child();
    targetScope.add(target);
    sets(insert.getSetUpdateSets(), target, targetScope);
    if (insert.getRowAlias() != null) {
      targetScope.add(renamed(target, insert.getRowAlias()));
    }
    sets(insert.getDuplicateUpdateSets(), target, targetScope);
    InsertConflictTarget conflict = insert.getConflictTarget();
    if (conflict != null && conflict.getIndexColumnNames() != null) {
      conflict.getIndexColumnNames().forEach(name -> columns.targetColumn(new Column(name), target));
    }
    InsertConflictAction action = insert.getConflictAction();
    if (action != null) {
      QueryScope conflictScope = targetScope.child();
      conflictScope.add(new QueryScope.Relation("excluded", false, target.tableName(), target.table(), target.viewColumns(),
          target.open()));
      sets(action.getUpdateSets(), target, conflictScope);
      columns.expression(action.getWhereExpression(), conflictScope);
    }
    returning(insert.getReturningClause(), targetScope);
  }

  /** MySQL's {@code REPLACE INTO}, H2's and Phoenix's {@code UPSERT}. */
  private void upsert(net.sf.jsqlparser.statement.upsert.Upsert upsert, QueryScope outer) {
    QueryScope.Relation target = queries.relation(upsert.getTable(), outer);
    if (upsert.getColumns() != null) {
      upsert.getColumns().forEach(c -> columns.targetColumn(c, target));
    }
    if (upsert.getSelect() != null) {
      queries.select(upsert.getSelect(), outer);
    }
    QueryScope targetScope = outer.child();
    targetScope.add(target);
    sets(upsert.getUpdateSets(), target, targetScope);
    sets(upsert.getDuplicateUpdateSets(), target, targetScope);
  }

  private void update(Update update, QueryScope outer) {
    QueryScope scope = queries.withItems(update.getWithItemsList(), outer).child();
    QueryScope.Relation target = queries.relation(update.getTable(), scope);
    scope.add(target);
    List<Join> starts = update.getStartJoins();
    if (starts != null) {
      for (Join join : starts) {
        queries.from(join.getRightItem(), List.of(), scope);
        if (join.getOnExpressions() != null) {
          join.getOnExpressions().forEach(e -> columns.expression(e, scope));
        }
      }
    }
    FromItem from = update.getFromItem();
    queries.from(from, update.getJoins(), scope);
    // PostgreSQL and the others: SET names the target's columns; MySQL's multi-table UPDATE may set any table's
    boolean mySql = schema.dialect() == io.github.schemadrift.migration.Dialect.MYSQL
        || schema.dialect() == io.github.schemadrift.migration.Dialect.MARIADB;
    boolean single = scope.relations().size() == 1 || !mySql;
    for (UpdateSet set : update.getUpdateSets()) {
      for (Column column : set.getColumns()) {
        if (single && column.getTable() == null) {
          columns.targetColumn(column, target);
        } else {
          columns.column(column, scope);
        }
      }
      set.getValues().forEach(v -> columns.expression((Expression) v, scope));
    }
    columns.expression(update.getWhere(), scope);
    returning(update.getReturningClause(), scope);
  }

  private void delete(Delete delete, QueryScope outer) {
    QueryScope scope = queries.withItems(delete.getWithItemsList(), outer).child();
    if (delete.getTable() != null) {
      scope.add(queries.relation(delete.getTable(), scope));
    }
    if (delete.getUsingFromItemList() != null) {
      delete.getUsingFromItemList().forEach(item -> queries.from(item, List.of(), scope));
    }
    if (delete.getJoins() != null && !delete.getJoins().isEmpty()) {
      for (Join join : delete.getJoins()) {
        queries.from(join.getRightItem(), List.of(), scope);
      }
      for (Join join : delete.getJoins()) {
        if (join.getOnExpressions() != null) {
          join.getOnExpressions().forEach(e -> columns.expression(e, scope));
        }
      }
    }
    columns.expression(delete.getWhere(), scope);
    returning(delete.getReturningClause(), scope);
  }

  private void sets(List<UpdateSet> sets, QueryScope.Relation target, QueryScope scope) {
    if (sets == null) {
      return;
    }
    for (UpdateSet set : sets) {
      set.getColumns().forEach(c -> columns.targetColumn(c, target));
      set.getValues().forEach(v -> columns.expression((Expression) v, scope));
    }
  }

  private void returning(ReturningClause returning, QueryScope scope) {
    if (returning == null) {
      return;
    }
    for (SelectItem<?> item : returning) {
      columns.expression(item.getExpression(), scope);
    }
  }

  private static QueryScope.Relation renamed(QueryScope.Relation target, Alias alias) {
    SqlName name = SqlName.of(alias.getName());
    return new QueryScope.Relation(name == null ? null : name.text(), name != null && name.quoted(), target.tableName(),
        target.table(), target.viewColumns(), target.open());
  }
}
