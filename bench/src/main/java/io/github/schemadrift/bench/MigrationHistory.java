package io.github.schemadrift.bench;

import io.github.schemadrift.bench.ProjectGenerator.Col;
import io.github.schemadrift.bench.ProjectGenerator.Entity;
import io.github.schemadrift.bench.ProjectGenerator.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The migration history of one table: a CREATE TABLE and then a churn of renames, type changes,
 * nullability changes, added and dropped columns, constraints, indexes, data statements and
 * triggers, ending exactly in the final shape the entity maps. Each op is a group of statements
 * that one migration file holds; ops are rendered in order against the table's current state,
 * so every statement is valid where it lands.
 */
final class MigrationHistory {

  /** A column of the final table and, while rendering, its current state. */
  private static final class Column {
    final String finalName;
    final Kind kind;
    final int length;
    final boolean finalNotNull;
    final String enumFirst;
    final Entity target;
    String name;
    String type;
    boolean notNull;

    Column(String finalName, Kind kind, int length, boolean finalNotNull, String enumFirst, Entity target) {
      this.finalName = finalName;
      this.kind = kind;
      this.length = length;
      this.finalNotNull = finalNotNull;
      this.enumFirst = enumFirst;
      this.target = target;
    }
  }

  private final Entity entity;
  private final SqlFlavour sql;
  private final Random random;
  private String table;
  private int names;

  MigrationHistory(Entity entity, SqlFlavour sql, Random random) {
    this.entity = entity;
    this.sql = sql;
    this.random = random;
  }

  List<List<String>> ops() {
    List<Column> columns = columns();
    boolean renameTable = !entity.referenced && random.nextInt(100) < 15;
    table = renameTable ? "legacy_" + entity.table : entity.table;
    List<String> definitions = new ArrayList<>();
    definitions.add(sql.identity(entity.idColumn));
    List<List<Supplier<List<String>>>> churn = new ArrayList<>();
    List<String> foreignKeys = new ArrayList<>();
    for (Column c : columns) {
      column(c, definitions, churn, foreignKeys);
    }
    comeAndGo(definitions, churn, renameTable);
    definitions.addAll(foreignKeys);
    return interleaved(definitions, churn);
  }

  /** The columns the table ends with: audit columns, the entity's own, the embedded address. */
  private List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    if (entity.audited) {
      columns.add(new Column("created_at", Kind.TIMESTAMP, 0, true, null, null));
      columns.add(new Column("updated_at", Kind.TIMESTAMP, 0, false, null, null));
      columns.add(new Column("version", Kind.LONG, 0, true, null, null));
    }
    for (Col c : entity.cols) {
      String enumFirst = c.kind == Kind.ENUM ? firstConstant(c.enumType) : null;
      columns.add(new Column(c.column, c.kind, c.length, c.notNull, enumFirst, c.target));
    }
    if (entity.hasAddress) {
      columns.add(new Column("street", Kind.STRING, 200, false, null, null));
      columns.add(new Column("city", Kind.STRING, 100, false, null, null));
      columns.add(new Column("postal_code", Kind.STRING, 20, false, null, null));
    }
    return columns;
  }

  /** One column's definition in CREATE TABLE (or not), and the chain of statements that churn it. */
  private void column(
      Column c, List<String> definitions, List<List<Supplier<List<String>>>> churn, List<String> foreignKeys) {
    String finalType = sql.type(c.kind, c.length);
    String older = sql.olderType(c.kind, c.length);
    c.name = c.finalName;
    c.type = finalType;
    c.notNull = c.finalNotNull;
    int variant = random.nextInt(100);
    if (c.target != null) {
      // Join columns: created with the table; the constraint inline or added later.
      definitions.add(sql.columnDef(c.name, c.type, c.notNull, null));
      String fk = "fk_" + entity.index + "_" + (names++);
      if (variant < 50) {
        foreignKeys.add(sql.foreignKeyClause(fk, c.name, c.target.table, c.target.idColumn));
      } else {
        churn.add(List.of(() -> List.of(sql.addForeignKey(table, fk, c.name, c.target.table, c.target.idColumn))));
      }
      return;
    }
    // JSqlParser 5.4 cannot parse RENAME COLUMN ... TO active/start/level/comment/visible
    // (valid PostgreSQL): single-word names are not renamed, so the clean build stays clean.
    if (variant < 12 && c.finalName.contains("_")) {
      c.name = c.finalName + "_old";
      definitions.add(sql.columnDef(c.name, c.type, c.notNull, null));
      churn.add(List.of(() -> {
            String from = c.name;
            c.name = c.finalName;
            return List.of(sql.renameColumn(table, from, c.name, c.type, c.notNull));
          }));
    } else if (variant < 24 && older != null) {
      c.type = older;
      definitions.add(sql.columnDef(c.name, c.type, c.notNull, null));
      churn.add(List.of(() -> {
            c.type = finalType;
            return List.of(sql.changeType(table, c.name, c.type, c.notNull));
          }));
    } else if (variant < 34) {
      c.notNull = !c.finalNotNull;
      definitions.add(sql.columnDef(c.name, c.type, c.notNull, null));
      churn.add(List.of(() -> {
            c.notNull = c.finalNotNull;
            if (c.notNull) {
              return List.of(
                  sql.backfill(table, c.name, sql.defaultValue(c.kind, c.enumFirst)),
                  sql.setNotNull(table, c.name, c.type));
            }
            return List.of(sql.dropNotNull(table, c.name, c.type));
          }));
    } else if (variant < 50) {
      churn.add(List.of(() -> List.of(
              sql.addColumn(
                  table,
                  sql.columnDef(c.name, c.type, c.notNull, c.notNull ? sql.defaultValue(c.kind, c.enumFirst) : null)))));
    } else {
      definitions.add(sql.columnDef(c.name, c.type, c.notNull, null));
      extras(c, variant, churn);
    }
  }

  /** A column created in its final shape may get an index, a check, a default or a comment on the way. */
  private void extras(Column c, int variant, List<List<Supplier<List<String>>>> churn) {
    if (variant < 58) {
      String index = "ix_" + entity.index + "_" + (names++);
      churn.add(List.of(() -> List.of(sql.createIndex(index, table, c.name))));
    } else if (variant < 64 && (c.kind == Kind.INT || c.kind == Kind.LONG || c.kind == Kind.DECIMAL)) {
      String check = "ck_" + entity.index + "_" + (names++);
      churn.add(
          List.of(
              () -> List.of(sql.addCheck(table, check, c.name + " >= 0")),
              () -> List.of(sql.dropCheck(table, check))));
    } else if (variant < 70 && !c.notNull) {
      String value = sql.defaultValue(c.kind, c.enumFirst);
      churn.add(
          List.of(
              () -> List.of(sql.setDefault(table, c.name, value)),
              () -> List.of(sql.dropDefault(table, c.name))));
    } else if (variant < 76 && sql.supportsComments()) {
      churn.add(List.of(() -> List.of(sql.comment(table, c.name, "the " + c.name.replace('_', ' ')))));
    }
  }

  /** Columns created or added and then dropped, the audit trigger, and the table's rename. */
  private void comeAndGo(List<String> definitions, List<List<Supplier<List<String>>>> churn, boolean renameTable) {
    // Columns that come and go: created or added, then dropped.
    int doomed = random.nextInt(3);
    for (int d = 0; d < doomed; d++) {
      String name = "obsolete_" + (names++);
      Supplier<List<String>> drop = () -> List.of(sql.dropColumn(table, name));
      if (random.nextBoolean()) {
        definitions.add(sql.columnDef(name, "VARCHAR(40)", false, null));
        churn.add(List.of(drop));
      } else {
        churn.add(List.of(() -> List.of(sql.addColumn(table, sql.columnDef(name, "INTEGER", false, null))), drop));
      }
    }
    if (entity.audited && sql.supportsFunctions() && !sql.mysql() && random.nextInt(100) < 40) {
      churn.add(List.of(() -> sql.touchTrigger(entity.index, table)));
    }
    if (renameTable) {
      churn.add(List.of(() -> {
            String from = table;
            table = entity.table;
            return List.of(sql.renameTable(from, table));
          }));
    }
  }

  /** CREATE TABLE, then the chains merged in random order; each chain keeps its own order (add before drop). */
  private List<List<String>> interleaved(List<String> definitions, List<List<Supplier<List<String>>>> churn) {
    List<List<String>> ops = new ArrayList<>();
    ops.add(List.of(sql.createTable(table, definitions)));
    List<List<Supplier<List<String>>>> chains = new ArrayList<>(churn);
    int[] next = new int[chains.size()];
    int remaining = chains.stream().mapToInt(List::size).sum();
    while (remaining > 0) {
      int pick = random.nextInt(chains.size());
      if (next[pick] < chains.get(pick).size()) {
        ops.add(chains.get(pick).get(next[pick]++).get());
        remaining--;
      }
    }
    return ops;
  }

  private static String firstConstant(String enumType) {
    return switch (enumType) {
      case "Status" -> "DRAFT";
      case "Priority" -> "LOW";
      default -> "WEB";
    };
  }
}
