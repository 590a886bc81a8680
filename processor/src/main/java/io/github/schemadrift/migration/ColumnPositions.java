package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MySQL's and MariaDB's column positions: {@code FIRST} or {@code AFTER col} at the end of an
 * {@code ADD COLUMN}, {@code CHANGE} or {@code MODIFY} clause puts the column there.
 */
final class ColumnPositions {

  private ColumnPositions() {}

  /** Where the clause's words put a column in {@code table} (which must not hold it); else last. */
  static int of(Dialect dialect, TableDef table, List<String> specs) {
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).equalsIgnoreCase("FIRST")) {
        return 0;
      }
      if (specs.get(i).equalsIgnoreCase("AFTER") && i + 1 < specs.size()) {
        SqlIdentifier after = SqlIdentifier.of(specs.get(i + 1));
        Optional<ColumnDef> anchor = table.column(dialect, after.name(), after.quoted());
        if (anchor.isPresent()) {
          return table.columns().indexOf(anchor.get()) + 1;
        }
      }
    }
    return table.columns().size();
  }

  /** Whether the clause's words name a position. */
  static boolean stated(List<String> specs) {
    return specs.stream().anyMatch(w -> w.equalsIgnoreCase("FIRST") || w.equalsIgnoreCase("AFTER"));
  }

  /** {@code table} with {@code column} (one of its columns) moved where the clause's words put it. */
  static TableDef moved(Dialect dialect, TableDef table, ColumnDef column, List<String> specs) {
    List<ColumnDef> others = new ArrayList<>(table.columns());
    others.remove(column);
    TableDef without = table.withColumns(others);
    others.add(of(dialect, without, specs), column);
    return table.withColumns(others);
  }
}
