package io.github.schemadrift.dbproof;

import io.github.schemadrift.migration.CheckDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SequenceDef;
import io.github.schemadrift.migration.TableDef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What JDBC metadata does not show, read from the catalogue of PostgreSQL and MariaDB: the names
 * of each table's CHECK constraints and the sequences of the schema.
 */
final class ConstraintComparison {

  private ConstraintComparison() {}

  static List<String> compare(SchemaModel replay, Connection db, String schema) throws SQLException {
    List<String> out = new ArrayList<>();
    if (replay.dialect() != Dialect.POSTGRESQL && replay.dialect() != Dialect.MARIADB) {
      return out;
    }
    boolean pg = replay.dialect() == Dialect.POSTGRESQL;
    for (var entry : replay.tables().entrySet()) {
      TableDef table = entry.getValue();
      Set<String> dbChecks = names(db, pg
          ? "SELECT c.conname FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid"
              + " JOIN pg_namespace n ON n.oid = r.relnamespace WHERE c.contype = 'c' AND n.nspname = ? AND r.relname = ?"
          : "SELECT CONSTRAINT_NAME FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?"
              + " AND CHECK_CLAUSE NOT LIKE 'json_valid(%'", schema, entry.getKey());
      Set<String> replayChecks = new TreeSet<>();
      for (CheckDef check : table.checks()) {
        replayChecks.add(String.valueOf(check.name()).toLowerCase(Locale.ROOT));
      }
      if (!dbChecks.equals(replayChecks)) {
        out.add(entry.getKey() + ": check constraints " + dbChecks + " in the database, " + replayChecks + " in the replay");
      }
    }
    Set<String> dbSequences = names(db, pg
        ? "SELECT sequencename FROM pg_sequences WHERE schemaname = ?"
        : "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'SEQUENCE'", schema, null);
    Set<String> replaySequences = new TreeSet<>();
    for (SequenceDef sequence : replay.sequences().values()) {
      replaySequences.add(sequence.name().toLowerCase(Locale.ROOT));
    }
    if (!dbSequences.equals(replaySequences)) {
      out.add("sequences differ: database " + dbSequences + ", replay " + replaySequences);
    }
    return out;
  }

  private static Set<String> names(Connection db, String sql, String schema, String table) throws SQLException {
    Set<String> names = new TreeSet<>();
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, schema);
      if (table != null) {
        s.setString(2, table);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }
}
