package io.github.schemadrift.migration;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.util.TablesNamesFinder;

/** The view family: {@code CREATE [OR REPLACE] VIEW}, {@code ALTER VIEW} and {@code DROP VIEW}. */
final class ViewReplay {

  /** What separates the words of a view's query, compiled once (String.split compiles it on each call). */
  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}_$]+");

  private final Dialect dialect;
  private final ReplayState state;
  private final SchemaNames names;

  ViewReplay(ReplayContext context) {
    this.dialect = context.dialect();
    this.state = context.state();
    this.names = context.names();
  }

  void createView(CreateView view, SqlLocation at, MigrationReplayer.ParseOutcome parse) {
    String key = putView(view.getView().getFullyQualifiedName(), ViewColumns.of(view), at);
    state.viewDependencies.put(key, dependencies(view.getSelect()));
  }

  /** The relations a view's query reads (tables and views the replay knows) and its words. */
  private ReplayState.ViewDependencies dependencies(net.sf.jsqlparser.statement.Statement select) {
    Set<String> relations = new LinkedHashSet<>();
    Set<String> words = new LinkedHashSet<>();
    if (select == null) {
      return new ReplayState.ViewDependencies(relations, words, false);
    }
    try {
      for (String name : new TablesNamesFinder<>().getTables(select)) {
        String table = names.find(name);
        String view = table == null ? names.findView(name) : null;
        if (table != null) {
          relations.add(table);
        } else if (view != null) {
          relations.add(view);
        }
      }
    } catch (RuntimeException unreadable) {
      // a query form the finder does not know: no dependency is assumed
    }
    String text = select.toString();
    for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
      words.add(word);
    }
    return new ReplayState.ViewDependencies(relations, words, text.contains("*"));
  }

  void alterView(AlterView view, SqlLocation at, MigrationReplayer.ParseOutcome parse) {
    String key = putView(view.getView().getFullyQualifiedName(), ViewColumns.of(view), at);
    state.viewDependencies.put(key, dependencies(view.getSelect()));
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

  /** {@code DROP VIEW a, b [CASCADE]}: with CASCADE, the views reading them go too (PostgreSQL). */
  void dropViews(List<Table> views, boolean cascade) {
    DependentObjects dependents = new DependentObjects(dialect, state);
    for (Table t : views) {
      String key = names.findView(SchemaNames.qualified(t));
      if (key != null) {
        state.views.remove(key);
        state.viewDependencies.remove(key);
        if (cascade && dependents.applies()) {
          dependents.drop(dependents.ofView(key));
        }
      }
    }
  }

  private String putView(String qualifiedName, List<String> columns, SqlLocation at) {
    SqlIdentifier name = SqlIdentifier.of(SchemaNames.stripSchema(qualifiedName));
    String schema = names.schemaOrCreation(qualifiedName);
    String key = names.mapKey(schema, name.key(dialect));
    state.views.put(key, new ViewDef(schema, name.name(), name.quoted(), columns, at));
    state.replayed();
    return key;
  }
}
