package io.github.schemadrift.dbproof;

import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.ForeignKeyDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import io.github.schemadrift.migration.UniqueDef;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares a replayed schema with what a real database holds after the same migrations, table by
 * table and column by column, through JDBC metadata: type family, length, precision and scale,
 * nullability, default presence, fractional seconds, primary key, unique constraints (columns
 * and name), foreign keys (columns and the columns they reference), and through the catalogue
 * CHECK constraint names and sequences ({@link ConstraintComparison}). Every disagreement is one
 * line of the result.
 */
final class SchemaComparison {

  private static final java.util.Comparator<List<String>> BY_TEXT = java.util.Comparator.comparing(List::toString);

  private SchemaComparison() {}

  static List<String> compare(SchemaModel replay, Connection db, String schema) throws SQLException {
    List<String> out = new ArrayList<>();
    DatabaseMetaData meta = db.getMetaData();
    Set<String> dbTables = new TreeSet<>();
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        // the migration tools' own bookkeeping tables
        if (!name.equalsIgnoreCase("flyway_schema_history") && !name.toLowerCase(Locale.ROOT).startsWith("databasechangelog")) {
          dbTables.add(name(replay.dialect(), name));
        }
      }
    }
    Set<String> replayTables = new TreeSet<>(replay.tables().keySet());
    if (!dbTables.equals(replayTables)) {
      out.add("tables differ: database " + dbTables + ", replay " + replayTables);
    }
    Set<String> dbViews = new TreeSet<>();
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"VIEW"})) {
      while (rs.next()) {
        dbViews.add(name(replay.dialect(), rs.getString("TABLE_NAME")));
      }
    }
    if (!dbViews.equals(new TreeSet<>(replay.views().keySet()))) {
      out.add("views differ: database " + dbViews + ", replay " + replay.views().keySet());
    }
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        TableDef table = replay.tables().get(name(replay.dialect(), name));
        if (table != null) {
          compareTable(replay, table, meta, schema, name, out);
        }
      }
    }
    out.addAll(ConstraintComparison.compare(replay, db, schema));
    return out;
  }

  private static void compareTable(
      SchemaModel replay, TableDef table, DatabaseMetaData meta, String schema, String name, List<String> out)
      throws SQLException {
    Dialect dialect = replay.dialect();
    List<String> dbColumns = new ArrayList<>();
    try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
      while (rs.next()) {
        String column = name(dialect, rs.getString("COLUMN_NAME"));
        dbColumns.add(column);
        String where = name + "." + column;
        ColumnDef replayed = table.column(dialect, column, true).orElse(null);
        if (replayed == null) {
          continue;
        }
        String dbType = rs.getString("TYPE_NAME");
        String dbFamily = TypeFamily.of(dbType);
        // MySQL's BOOLEAN is TINYINT(1), which MariaDB's driver reports as BOOLEAN
        boolean tinyFlag = replayed.type().base().equals("tinyint") && Integer.valueOf(1).equals(replayed.type().precision());
        String replayFamily = tinyFlag && caseInsensitive(dialect) && dbFamily.equals("boolean")
            ? "boolean" : TypeFamily.of(replayed.type().base());
        if (!dbFamily.equals(replayFamily)) {
          out.add(where + ": type family " + dbFamily + " (" + dbType + ") in the database, " + replayFamily + " (" + replayed.type().render() + ") in the replay");
          continue;
        }
        int size = rs.getInt("COLUMN_SIZE");
        if (TypeFamily.hasLength(dbFamily) && replayed.type().length() != null && replayed.type().length() != size) {
          out.add(where + ": length " + size + " in the database, " + replayed.type().length() + " in the replay");
        }
        if (dbFamily.equals("decimal") && replayed.type().precision() != null) {
          int scale = rs.getInt("DECIMAL_DIGITS");
          if (replayed.type().precision() != size || replayed.type().scale() != scale) {
            out.add(where + ": numeric(" + size + ", " + scale + ") in the database, " + replayed.type().render() + " in the replay");
          }
        }
        if (dbFamily.equals("timestamp") || dbFamily.equals("timestamptz") || dbFamily.equals("time")) {
          int digits = datetimePrecision(meta, schema, name, column);
          Integer stated = replayed.type().precision();
          // unstated: PostgreSQL 6; H2 6 for a timestamp, 0 for a time; MariaDB 0
          int unstated = dialect == Dialect.POSTGRESQL || (dialect == Dialect.H2 && !dbFamily.equals("time")) ? 6 : 0;
          int replayDigits = stated != null ? stated : unstated;
          if (digits != replayDigits) {
            out.add(where + ": fractional seconds " + digits + " in the database, " + replayDigits + " in the replay ("
                + replayed.type().renderExact() + ")");
          }
        }
        boolean nullable = "YES".equals(rs.getString("IS_NULLABLE"));
        if (nullable != replayed.nullable()) {
          out.add(where + ": nullable " + nullable + " in the database, " + replayed.nullable() + " in the replay");
        }
        String dbDefault = rs.getString("COLUMN_DEF");
        boolean autoIncrement = "YES".equals(rs.getString("IS_AUTOINCREMENT"));
        // MariaDB reports a nullable column's implicit default as the literal NULL
        // PostgreSQL keeps DEFAULT NULL on a column with a length or precision as the coerced
        // NULL::character varying: still no value, as the replay says
        boolean dbHasDefault = dbDefault != null && !autoIncrement && !dbDefault.toLowerCase(Locale.ROOT).startsWith("nextval(")
            && !dbDefault.equalsIgnoreCase("null") && !dbDefault.toLowerCase(Locale.ROOT).startsWith("null::");
        // PostgreSQL's driver reports every nextval() default as auto-increment; the replay keeps a
        // nextval() default that is not a serial's as a default: the same, when the sequence is
        String replayNext = SequenceDefaults.sequenceOf(replayed.defaultValue());
        String dbNext = SequenceDefaults.sequenceOf(dbDefault);
        boolean replayHasDefault = replayed.defaultValue() != null && replayNext == null;
        if (dbHasDefault != replayHasDefault && !replayed.identity()) {
          out.add(where + ": default " + dbDefault + " in the database, " + replayed.defaultValue() + " in the replay");
        }
        if (replayNext != null && !replayNext.equals(dbNext)) {
          out.add(where + ": default " + dbDefault + " in the database, " + replayed.defaultValue() + " in the replay");
        }
        if (autoIncrement != (replayed.identity() || replayNext != null)) {
          out.add(where + ": identity " + autoIncrement + " in the database, " + replayed.identity() + " in the replay");
        }
      }
    }
    List<String> replayColumns = table.columns().stream().map(c -> name(dialect, dialect.key(c.name(), c.quoted()))).toList();
    if (!dbColumns.equals(replayColumns)) {
      out.add(name + ": columns " + dbColumns + " in the database, " + replayColumns + " in the replay");
    }
    Map<Short, String> pk = new TreeMap<>();
    try (ResultSet rs = meta.getPrimaryKeys(null, schema, name)) {
      while (rs.next()) {
        pk.put(rs.getShort("KEY_SEQ"), name(dialect, rs.getString("COLUMN_NAME")));
      }
    }
    if (!new ArrayList<>(pk.values()).equals(names(dialect, table.primaryKey()))) {
      out.add(name + ": primary key " + pk.values() + " in the database, " + table.primaryKey() + " in the replay");
    }
    Map<String, Map<Short, String>> uniqueIndexes = new TreeMap<>();
    try (ResultSet rs = meta.getIndexInfo(null, schema, name, true, false)) {
      while (rs.next()) {
        if (rs.getString("INDEX_NAME") == null || rs.getString("COLUMN_NAME") == null) {
          continue;
        }
        uniqueIndexes.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new TreeMap<>())
            .put(rs.getShort("ORDINAL_POSITION"), SequenceDefaults.expression(name(dialect, rs.getString("COLUMN_NAME"))));
      }
    }
    // compared as sorted lists, not sets: a constraint the replay failed to drop beside an equal one
    // that a later migration added is a disagreement too
    // names too where the index is named like its constraint (PostgreSQL, MariaDB; H2 names its own)
    boolean named = dialect == Dialect.POSTGRESQL || dialect == Dialect.MARIADB;
    List<List<String>> dbUniques = new ArrayList<>();
    uniqueIndexes.forEach((index, v) -> {
      List<String> columns = new ArrayList<>(v.values());
      if (!columns.equals(new ArrayList<>(pk.values()))) {
        if (named) {
          columns.add("named " + index.toLowerCase(Locale.ROOT));
        }
        dbUniques.add(columns);
      }
    });
    List<List<String>> replayUniques = new ArrayList<>();
    for (UniqueDef unique : table.uniques()) {
      if (!unique.columns().equals(table.primaryKey())) {
        List<String> columns = new ArrayList<>(names(dialect, unique.columns()).stream().map(SequenceDefaults::expression).toList());
        if (named) {
          columns.add("named " + (unique.name() == null ? null : unique.name().toLowerCase(Locale.ROOT)));
        }
        replayUniques.add(columns);
      }
    }
    dbUniques.sort(BY_TEXT);
    replayUniques.sort(BY_TEXT);
    if (!dbUniques.equals(replayUniques)) {
      out.add(name + ": unique column sets " + dbUniques + " in the database, " + replayUniques + " in the replay");
    }
    Map<String, List<String>> dbForeignKeys = new TreeMap<>();
    try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
      while (rs.next()) {
        dbForeignKeys.computeIfAbsent(rs.getString("FK_NAME"), k -> new ArrayList<>())
            .add(name(dialect, rs.getString("FKCOLUMN_NAME") + "->" + rs.getString("PKTABLE_NAME") + "." + rs.getString("PKCOLUMN_NAME")));
      }
    }
    List<List<String>> dbFk = new ArrayList<>(dbForeignKeys.values());
    List<List<String>> replayFk = new ArrayList<>();
    for (ForeignKeyDef fk : table.foreignKeys()) {
      List<String> parts = new ArrayList<>();
      TableDef referenced = replay.tables().get(fk.referencedTable());
      List<String> target = !fk.referencedColumns().isEmpty() || referenced == null ? fk.referencedColumns() : referenced.primaryKey();
      for (int i = 0; i < fk.columns().size(); i++) {
        parts.add(name(dialect, fk.columns().get(i) + "->" + fk.referencedTable() + "." + (i < target.size() ? target.get(i) : "?")));
      }
      replayFk.add(parts);
    }
    dbFk.sort(BY_TEXT);
    replayFk.sort(BY_TEXT);
    if (!dbFk.equals(replayFk)) {
      out.add(name + ": foreign keys " + dbFk + " in the database, " + replayFk + " in the replay");
    }
  }

  /** MySQL and MariaDB compare column names (and, as the replay keys them, table names) without case. */
  private static boolean caseInsensitive(Dialect dialect) {
    return dialect == Dialect.MARIADB || dialect == Dialect.MYSQL;
  }

  private static String name(Dialect dialect, String name) {
    return caseInsensitive(dialect) && name != null ? name.toLowerCase(Locale.ROOT) : name;
  }

  private static List<String> names(Dialect dialect, List<String> names) {
    return names.stream().map(n -> name(dialect, n)).toList();
  }

  /** A date-time column's fractional-seconds precision, from information_schema (JDBC drivers differ). */
  private static int datetimePrecision(DatabaseMetaData meta, String schema, String table, String column) throws SQLException {
    try (java.sql.PreparedStatement s = meta.getConnection().prepareStatement(
        "SELECT datetime_precision FROM information_schema.columns WHERE table_schema = ? AND table_name = ? AND column_name = ?")) {
      s.setString(1, schema);
      s.setString(2, table);
      s.setString(3, column);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getInt(1) : -1;
      }
    }
  }
}
