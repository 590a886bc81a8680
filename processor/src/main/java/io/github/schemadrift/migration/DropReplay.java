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

  private static boolean cascade(Drop drop) {
    return drop.getParameters() != null && drop.getParameters().stream().anyMatch("CASCADE"::equalsIgnoreCase);
  }

  void drop(Drop drop, SqlLocation at, MigrationReplayer.ParseOutcome parse) {
    String type = drop.getType() == null ? "" : drop.getType().toUpperCase(Locale.ROOT).trim();
    List<Table> names = drop.getNames() != null && !drop.getNames().isEmpty() ? drop.getNames() : List.of(drop.getName());
    boolean done = switch (type) {
      case "TABLE" -> tables.dropTables(names, drop.isIfExists(), cascade(drop), at);
      case "VIEW" -> {
        views.dropViews(names, cascade(drop));
        yield true;
      }
      case "SEQUENCE" -> sequencesAndTypes.dropSequences(names, cascade(drop), at);
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
