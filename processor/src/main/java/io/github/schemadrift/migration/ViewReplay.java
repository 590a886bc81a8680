package io.github.schemadrift.migration;

import java.util.List;
import java.util.regex.Matcher;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;

/** The view family: {@code CREATE [OR REPLACE] VIEW}, {@code ALTER VIEW} and {@code DROP VIEW}. */
final class ViewReplay {

  private final Dialect dialect;
  private final ReplayState state;
  private final SchemaNames names;

  ViewReplay(ReplayContext context) {
    this.dialect = context.dialect();
    this.state = context.state();
    this.names = context.names();
  }

  void createView(CreateView view, SqlLocation at, DdlRewriter.Rewritten rewritten) {
    putView(view.getView().getFullyQualifiedName(), ViewColumns.of(view), at);
  }

  void alterView(AlterView view, SqlLocation at, DdlRewriter.Rewritten rewritten) {
    putView(view.getView().getFullyQualifiedName(), ViewColumns.of(view), at);
  }

  /**
   * A {@code CREATE VIEW} JSqlParser could not parse (its query is beyond the grammar) still
   * creates the view, with the columns its explicit list names; false for any other statement.
   */
  boolean replayUnparsed(String statement, SqlLocation at) {
    Matcher view = DdlRewriter.CREATE_VIEW.matcher(statement);
    if (!view.matches()) {
      return false;
    }
    putView(view.group(1), view.group(2) == null ? List.of() : names.splitNames(view.group(2)), at);
    return true;
  }

  void dropViews(List<Table> views) {
    views.forEach(t -> removeFound(names.findView(SchemaNames.qualified(t))));
  }

  private void removeFound(String key) {
    if (key != null) {
      state.views.remove(key);
    }
  }

  private void putView(String qualifiedName, List<String> columns, SqlLocation at) {
    SqlIdentifier name = SqlIdentifier.of(SchemaNames.stripSchema(qualifiedName));
    String schema = names.schemaOrCreation(qualifiedName);
    state.views.put(names.mapKey(schema, name.key(dialect)), new ViewDef(schema, name.name(), name.quoted(), columns, at));
    state.replayed();
  }
}
