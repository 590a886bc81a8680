package io.github.schemadrift.fixproof;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rows in a migrated database, read through JDBC metadata so that it works on every server: fills
 * every table with {@link #ROWS} rows (parents before children, so foreign keys hold; row 2 is
 * NULL wherever a column allows it), takes snapshots of every value, and lists what a later
 * snapshot lost.
 */
final class DatabaseRows {

  static final int ROWS = 3;

  private DatabaseRows() {}

  /** A table's rows: each column (lower case) to its values, normalized, in row order by the first column. */
  record Table(String name, int rows, Map<String, List<String>> columns) {}

  /** The tables of {@code schema} (lower-cased names), Flyway's history table left out. */
  static List<String> tables(Connection c, String schema) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (!name.equalsIgnoreCase("flyway_schema_history")) {
          out.add(name);
        }
      }
    }
    return out;
  }

  /**
   * Inserts {@link #ROWS} rows into every table; {@code values} gives the literal for a column
   * (key {@code table.column}, lower case) whose CHECK constraint the generic values would break.
   */
  static void fill(Connection c, String schema, Map<String, String> values) throws SQLException {
    for (String table : parentsFirst(c, schema)) {
      Map<String, Column> columns = columns(c.getMetaData(), schema, table);
      for (int row = 1; row <= ROWS; row++) {
        List<String> names = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        for (Column column : columns.values()) {
          String given = values.get(table.toLowerCase(Locale.ROOT) + "." + column.name().toLowerCase(Locale.ROOT));
          names.add(column.name());
          literals.add(row == 2 && column.nullable() ? "NULL" : given != null ? given : column.literal(row));
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", literals) + ")";
        try (Statement s = c.createStatement()) {
          s.execute(sql);
        } catch (SQLException e) {
          throw new SQLException("filling the table failed: " + sql + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /** Every table's values. */
  static Map<String, Table> snapshot(Connection c, String schema) throws SQLException {
    Map<String, Table> out = new TreeMap<>();
    for (String table : tables(c, schema)) {
      Map<String, List<String>> columns = new LinkedHashMap<>();
      int rows = 0;
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), new ArrayList<>());
        }
        List<String> names = new ArrayList<>(columns.keySet());
        while (rs.next()) {
          rows++;
          for (int i = 1; i <= names.size(); i++) {
            columns.get(names.get(i - 1)).add(normalize(rs.getObject(i)));
          }
        }
      }
      out.put(table.toLowerCase(Locale.ROOT), new Table(table, rows, columns));
    }
    return out;
  }

  /**
   * What {@code after} lost of {@code before}: a table, rows, or a column's values, row by row (a
   * NULL a backfill filled is no loss; a column that is gone while its values stand in a new column
   * of the same table counts as renamed, not lost, and so does a
   * table whose every column and value now stand in a table that was not there before).
   */
  static List<String> lost(Map<String, Table> before, Map<String, Table> after) {
    List<String> out = new ArrayList<>();
    for (Table old : before.values()) {
      Table now = after.get(old.name().toLowerCase(Locale.ROOT));
      if (now == null) {
        if (renamed(old, before, after) == null) {
          out.add("table " + old.name() + " is gone with its " + old.rows() + " rows");
        }
        continue;
      }
      if (now.rows() != old.rows()) {
        out.add("table " + old.name() + " had " + old.rows() + " rows, has " + now.rows());
        continue;
      }
      old.columns().forEach((column, values) -> {
        List<String> same = now.columns().get(column);
        boolean kept = same != null ? filledOnly(values, same) : now.columns().entrySet().stream()
            .anyMatch(e -> !old.columns().containsKey(e.getKey()) && filledOnly(values, e.getValue()));
        if (!kept && values.stream().anyMatch(v -> v != null)) {
          out.add("values of " + old.name() + "." + column + " lost: " + values + " before, " + same + " after");
        }
      });
    }
    return out;
  }

  /** The new table (not there before) that holds every column and value of a table that is gone: its rename; else null. */
  private static Table renamed(Table old, Map<String, Table> before, Map<String, Table> after) {
    for (Map.Entry<String, Table> e : after.entrySet()) {
      Table t = e.getValue();
      if (before.containsKey(e.getKey()) || t.rows() != old.rows()) {
        continue;
      }
      boolean all = old.columns().entrySet().stream().allMatch(c -> sorted(c.getValue()).equals(sorted(t.columns().get(c.getKey()))));
      if (all) {
        return t;
      }
    }
    return null;
  }

  /**
   * Whether every value that was not NULL stands in the same row (the rows are read in the order
   * of their first column) of {@code after}: a NULL that a backfill filled is no loss.
   */
  private static boolean filledOnly(List<String> before, List<String> after) {
    if (after == null || after.size() != before.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      if (before.get(i) != null && !before.get(i).equals(after.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> sorted(List<String> values) {
    if (values == null) {
      return null;
    }
    List<String> out = new ArrayList<>(values);
    out.sort(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
    return out;
  }

  /** Where the values of {@code from} ({@code table.column}) do not stand in {@code to} after the fix, or null. */
  static String notMoved(Map<String, Table> before, Map<String, Table> after, String from, String to) {
    List<String> was = column(before, from);
    List<String> now = column(after, to);
    if (was == null) {
      return "the case names " + from + ", which the database did not have";
    }
    return sorted(was).equals(sorted(now)) ? null
        : "the values of " + from + " " + was + " did not move to " + to + " (" + (now == null ? "no such column" : now) + ")";
  }

  private static List<String> column(Map<String, Table> tables, String tableDotColumn) {
    int dot = tableDotColumn.indexOf('.');
    Table table = tables.get(tableDotColumn.substring(0, dot));
    return table == null ? null : table.columns().get(tableDotColumn.substring(dot + 1));
  }

  /** A value as text that survives a type change: numbers without trailing zeros, times as text. */
  static String normalize(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof java.sql.Timestamp t) {
      // a date widened to a timestamp keeps its value: midnight prints as the date
      String text = t.toLocalDateTime().toString();
      return text.endsWith("T00:00") ? text.substring(0, text.length() - "T00:00".length()) : text;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (value instanceof byte[] bytes) {
      return java.util.HexFormat.of().formatHex(bytes);
    }
    return value.toString().strip();
  }

  private record Column(String name, int type, String typeName, int size, int scale, boolean nullable) {
    /** A literal for row {@code row}: digits for text (so a text-to-number fix can convert it), {@code row} for numbers. */
    String literal(int row) {
      String upper = typeName.toUpperCase(Locale.ROOT);
      if (upper.equals("UUID")) {
        return "'00000000-0000-0000-0000-00000000000" + row + "'";
      }
      switch (type) {
        case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB, Types.NCLOB -> {
          String text = String.valueOf(row * 11);
          return "'" + (size > 0 && size < text.length() ? text.substring(0, size) : text) + "'";
        }
        case Types.BOOLEAN, Types.BIT -> {
          return row % 2 == 1 ? "TRUE" : "FALSE";
        }
        case Types.DATE -> {
          return "DATE '2024-01-0" + row + "'";
        }
        case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
          return "TIMESTAMP '2024-01-0" + row + " 10:00:00'";
        }
        case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL -> {
          return scale > 0 || type != Types.NUMERIC && type != Types.DECIMAL ? row + ".5" : String.valueOf(row);
        }
        case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
          return "X'0" + row + "'";
        }
        default -> {
          return String.valueOf(row);
        }
      }
    }
  }

  private static Map<String, Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
    Map<String, Column> out = new LinkedHashMap<>();
    try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
      while (rs.next()) {
        out.put(rs.getString("COLUMN_NAME"), new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"),
            rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
            rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable));
      }
    }
    return out;
  }

  /** The tables ordered so that each comes after the tables its foreign keys reference. */
  private static List<String> parentsFirst(Connection c, String schema) throws SQLException {
    List<String> all = tables(c, schema);
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    for (String table : all) {
      Set<String> refs = new LinkedHashSet<>();
      try (ResultSet rs = c.getMetaData().getImportedKeys(null, schema, table)) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME");
          if (!parent.equalsIgnoreCase(table)) {
            refs.add(parent);
          }
        }
      }
      parents.put(table, refs);
    }
    List<String> out = new ArrayList<>();
    while (out.size() < all.size()) {
      int before = out.size();
      for (String table : all) {
        if (!out.contains(table) && out.containsAll(parents.get(table))) {
          out.add(table);
        }
      }
      if (out.size() == before) {
        throw new IllegalStateException("foreign keys form a cycle among " + all);
      }
    }
    return out;
  }
}
