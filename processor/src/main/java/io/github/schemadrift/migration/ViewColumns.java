package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;

/**
 * The column names of a view where they can be derived: its explicit column list, else each select
 * item's alias or plain column name. A {@code *} or an unnamed expression makes the list unknown
 * (empty), never a guess.
 */
final class ViewColumns {

  private ViewColumns() {}

  static List<String> of(CreateView view) {
    if (view.getColumnNames() != null && !view.getColumnNames().isEmpty()) {
      return view.getColumnNames().stream().map(c -> c.getColumnName()).toList();
    }
    return fromSelect(view.getSelect());
  }

  static List<String> of(AlterView view) {
    if (view.getColumnNames() != null && !view.getColumnNames().isEmpty()) {
      return view.getColumnNames();
    }
    return fromSelect(view.getSelect());
  }

  private static List<String> fromSelect(Select select) {
    Select first = select;
    if (select instanceof SetOperationList set && !set.getSelects().isEmpty()) {
      first = set.getSelects().get(0);
    }
    if (!(first instanceof PlainSelect plain) || plain.getSelectItems() == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (SelectItem<?> item : plain.getSelectItems()) {
      if (item.getAlias() != null) {
        names.add(SqlIdentifier.of(item.getAlias().getName()).name());
      } else if (item.getExpression() instanceof Column column) {
        names.add(SqlIdentifier.of(column.getColumnName()).name());
      } else {
        return List.of();
      }
    }
    return names;
  }
}
