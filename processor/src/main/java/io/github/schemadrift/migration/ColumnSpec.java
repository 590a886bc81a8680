package io.github.schemadrift.migration;

import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;

/**
 * A column definition from CREATE TABLE or ALTER TABLE, read from JSqlParser's flat list of
 * specification words ({@code NOT NULL DEFAULT 0 PRIMARY KEY}) into facts.
 */
record ColumnSpec(
    SqlIdentifier name,
    SqlType type,
    boolean notNull,
    boolean primaryKey,
    String defaultValue,
    boolean identity) {

  static ColumnSpec read(ColumnDefinition definition, Dialect dialect) {
    SqlIdentifier name = SqlIdentifier.of(definition.getColumnName());
    SqlType type =
        definition.getColDataType() == null ? null : SqlType.parse(definition.getColDataType().toString());
    List<String> specs = definition.getColumnSpecs() == null ? List.of() : definition.getColumnSpecs();
    boolean notNull = false;
    boolean primaryKey = false;
    boolean identity = type != null && type.isSerial();
    String defaultValue = null;
    for (int i = 0; i < specs.size(); i++) {
      String word = specs.get(i).toUpperCase(Locale.ROOT);
      switch (word) {
        case "NOT":
          if (i + 1 < specs.size() && specs.get(i + 1).equalsIgnoreCase("NULL")) {
            notNull = true;
            i++;
          }
          break;
        case "PRIMARY":
          primaryKey = true;
          notNull = true;
          break;
        case "GENERATED":
          // GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY [(...)], or a generated (computed) column
          while (i + 1 < specs.size() && !specs.get(i).equalsIgnoreCase("AS")) {
            i++;
          }
          if (i + 1 < specs.size() && specs.get(i + 1).toUpperCase(Locale.ROOT).startsWith("IDENTITY")) {
            identity = true;
            i++;
          }
          break;
        case "DEFAULT":
          if (i + 1 < specs.size()) {
            defaultValue = specs.get(++i);
          }
          break;
        case "AUTO_INCREMENT":
        case "AUTOINCREMENT":
        case "IDENTITY":
          identity = true;
          break;
        default:
          if (word.startsWith("IDENTITY(") || word.startsWith("IDENTITY (")) {
            identity = true;
          }
      }
    }
    return new ColumnSpec(name, type, notNull, primaryKey, defaultValue, identity);
  }

  ColumnDef toColumn(SqlLocation at) {
    return new ColumnDef(name.name(), name.quoted(), type, !notNull, defaultValue, identity, at, at);
  }
}
