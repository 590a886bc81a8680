package io.github.schemadrift.migration;

import java.util.Locale;
import java.util.Map;

/**
 * PostgreSQL's sequences owned by serial and identity columns: {@code CREATE TABLE t (id
 * bigserial)} creates {@code t_id_seq} with the column's default drawing from it, and so does an
 * identity column; dropping the table or the column drops the sequence, as does an identity
 * column that stops being one; replacing a serial's default ends the column's generation; and the
 * sequence can only be dropped while the default still uses it with CASCADE, which drops the
 * default.
 */
final class OwnedSequences {

  private final Dialect dialect;
  private final ReplayState state;
  private final SchemaNames names;

  OwnedSequences(ReplayContext context) {
    this.dialect = context.dialect();
    this.state = context.state();
    this.names = context.names();
  }

  /**
   * The sequence {@code <table>_<column>_seq} PostgreSQL creates for each serial column and owns
   * by the column, for the serial columns of table {@code tableKey} that have none yet.
   */
  void create(String tableKey, SqlLocation at) {
    TableDef table = state.tables.get(tableKey);
    if (dialect != Dialect.POSTGRESQL || table == null) {
      return;
    }
    for (ColumnDef column : table.columns()) {
      // a column whose default names its sequence (nextval('s')) owns no implicit one
      if (!column.identity() || column.defaultValue() != null) {
        continue;
      }
      String columnKey = dialect.key(column.name(), column.quoted());
      boolean owned = state.sequenceOwners.ownedBy(tableKey).stream()
          .anyMatch(e -> e.getValue().column().equals(columnKey));
      if (!owned) {
        String name = dialect.key(table.name(), table.quoted()) + "_" + columnKey + "_seq";
        boolean quoted = !name.equals(name.toLowerCase(Locale.ROOT));
        String key = names.mapKey(table.schema(), dialect.key(name, quoted));
        state.sequences.put(key, new SequenceDef(table.schema(), name, quoted, null, 1, at));
        boolean serial = column.type() != null && column.type().isSerial();
        state.sequenceOwners.put(key, new ReplayState.SequenceOwner(tableKey, columnKey, !serial));
      }
    }
  }

  /** Drops the sequences owned by table {@code tableKey} (by its column {@code columnKey}, when given). */
  void dropOwnedBy(String tableKey, String columnKey) {
    for (Map.Entry<String, ReplayState.SequenceOwner> e : state.sequenceOwners.ownedBy(tableKey)) {
      if (columnKey == null || e.getValue().column().equals(columnKey)) {
        state.sequenceOwners.remove(e.getKey());
        state.sequences.remove(e.getKey());
      }
    }
  }

  /**
   * Drops the sequences whose owning column table {@code tableKey} no longer has, or whose
   * identity column is no identity any more.
   */
  void dropOrphans(String tableKey) {
    TableDef table = state.tables.get(tableKey);
    for (Map.Entry<String, ReplayState.SequenceOwner> e : state.sequenceOwners.ownedBy(tableKey)) {
      boolean orphan = table == null || table.columns().stream()
          .noneMatch(c -> dialect.hasKey(c.name(), c.quoted(), e.getValue().column())
              && (c.identity() || !e.getValue().identity()));
      if (orphan) {
        state.sequenceOwners.remove(e.getKey());
        state.sequences.remove(e.getKey());
      }
    }
  }

  /** The owner follows its table when the table is renamed (the sequence keeps its name). */
  void tableRenamed(String fromKey, String toKey) {
    for (Map.Entry<String, ReplayState.SequenceOwner> e : state.sequenceOwners.ownedBy(fromKey)) {
      state.sequenceOwners.put(e.getKey(), new ReplayState.SequenceOwner(toKey, e.getValue().column(), e.getValue().identity()));
    }
  }

  /**
   * The column whose serial default still draws from sequence {@code sequenceKey}, as {@code
   * table.column}, or null when none does.
   */
  String userOf(String sequenceKey) {
    ReplayState.SequenceOwner owner = state.sequenceOwners.get(sequenceKey);
    TableDef table = owner == null ? null : state.tables.get(owner.table());
    if (table == null) {
      return null;
    }
    String sequence = state.sequences.get(sequenceKey).name().toLowerCase(Locale.ROOT);
    return table.columns().stream()
        .filter(c -> dialect.hasKey(c.name(), c.quoted(), owner.column()))
        .filter(c -> c.defaultValue() == null
            ? c.identity() && (owner.identity() || (c.type() != null && c.type().isSerial())) // its own nextval
            : c.defaultValue().toLowerCase(Locale.ROOT).contains(sequence))
        .map(c -> table.name() + "." + c.name()).findFirst().orElse(null);
  }

  /** Sequence {@code sequenceKey} dropped with CASCADE: the owning column's default and generation go. */
  void dropCascade(String sequenceKey, SqlLocation at) {
    ReplayState.SequenceOwner owner = state.sequenceOwners.remove(sequenceKey);
    TableDef table = owner == null ? null : state.tables.get(owner.table());
    if (table != null) {
      for (ColumnDef c : table.columns()) {
        if (dialect.hasKey(c.name(), c.quoted(), owner.column())) {
          state.tables.put(owner.table(), table.replaceColumn(c, withoutSerialDefault(c, at)));
          return;
        }
      }
    }
  }

  /**
   * A serial column whose default no longer draws from its sequence: no longer generated, and of
   * the plain integer type behind its serial type.
   */
  static ColumnDef withoutSerialDefault(ColumnDef column, SqlLocation at) {
    if (column.type() == null || !column.type().isSerial()) {
      return column.withIdentity(false, at);
    }
    String base = switch (column.type().base()) {
      case "bigserial", "serial8" -> "bigint";
      case "smallserial", "serial2" -> "smallint";
      default -> "integer";
    };
    return column.withIdentity(false, at).withType(new SqlType(base, null, null, null), at);
  }

  private static final java.util.regex.Pattern NEXTVAL =
      java.util.regex.Pattern.compile("(?is)(\\s*nextval\\s*\\(\\s*')((?:[^'.]*\\.)?)([^'.]+)('.*)");

  /**
   * Sequence {@code from} renamed to {@code to}: every default that draws from it ({@code
   * nextval('[schema.]from')}) draws from {@code to}, as PostgreSQL's defaults name a sequence by
   * its identity, not its name. The columns keep their location: only the name changed.
   */
  void retargetDefaults(SequenceDef from, SqlIdentifier to) {
    String old = dialect.key(from.name(), from.quoted());
    for (Map.Entry<String, TableDef> entry : state.tables.entrySet()) {
      TableDef table = entry.getValue();
      for (ColumnDef column : table.columns()) {
        java.util.regex.Matcher m = column.defaultValue() == null ? null : NEXTVAL.matcher(column.defaultValue());
        if (m != null && m.matches() && SqlIdentifier.of(m.group(3)).key(dialect).equals(old)) {
          String renamed = m.group(1) + m.group(2) + (to.quoted() ? '"' + to.name() + '"' : to.name()) + m.group(4);
          table = table.replaceColumn(column, column.withDefault(renamed, column.lastChanged()));
        }
      }
      entry.setValue(table);
    }
  }
}
