package io.github.schemadrift.migration;

import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.drop.Drop;

/** {@code DROP TABLE|VIEW|SEQUENCE|TYPE|INDEX}, each handed to the family of what it drops. */
final class DropReplay {

  private final ReplayState state;
  private final TableCreationReplay tables;
  private final ViewReplay views;
  private final SequenceTypeReplay sequencesAndTypes;
  private final IndexReplay indexes;

  DropReplay(ReplayState state, TableCreationReplay tables, ViewReplay views, SequenceTypeReplay sequencesAndTypes,
      IndexReplay indexes) {
    this.state = state;
    this.tables = tables;
    this.views = views;
    this.sequencesAndTypes = sequencesAndTypes;
    this.indexes = indexes;
  }

  void drop(Drop drop, SqlLocation at, DdlRewriter.Rewritten rewritten) {
    String type = drop.getType() == null ? "" : drop.getType().toUpperCase(Locale.ROOT).trim();
    List<Table> names = drop.getNames() != null && !drop.getNames().isEmpty() ? drop.getNames() : List.of(drop.getName());
    boolean done = switch (type) {
      case "TABLE" -> tables.dropTables(names, drop.isIfExists(), at);
      case "VIEW" -> {
        views.dropViews(names);
        yield true;
      }
      case "SEQUENCE" -> {
        sequencesAndTypes.dropSequences(names);
        yield true;
      }
      case "TYPE" -> {
        sequencesAndTypes.dropTypes(names);
        yield true;
      }
      case "INDEX" -> indexes.dropIndexes(drop, names, at);
      default -> {
        state.ignored();
        yield false;
      }
    };
    if (done) {
      state.replayed();
    }
  }
}
