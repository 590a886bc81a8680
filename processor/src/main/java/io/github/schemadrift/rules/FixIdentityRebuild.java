package io.github.schemadrift.rules;

import io.github.schemadrift.migration.CheckDef;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.ForeignKeyDef;
import io.github.schemadrift.migration.IndexDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import io.github.schemadrift.migration.UniqueDef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL Server cannot make an existing column an identity ({@code ALTER COLUMN} takes no
 * {@code IDENTITY}), so the fix rebuilds the table, as SQL Server Management Studio's designer
 * does: a copy whose id column is {@code IDENTITY(1,1)} takes every row with its id under
 * {@code SET IDENTITY_INSERT} (an explicit value above the current identity moves it past the
 * largest id, so the next insert does not collide), then replaces the table. The columns, the
 * primary key, the unique keys, the checks and the foreign keys the replay knows are restated,
 * unnamed (SQL Server's constraint names are unique per schema and the old table holds them until
 * it is dropped); the indexes are created after the rename. No fix when another table's foreign
 * key references the table (its keys would have to be dropped and restated) or a computed column
 * cannot take a copied value: the message then says the fix is a migration written by hand or
 * another strategy.
 */
final class FixIdentityRebuild {

  private FixIdentityRebuild() {}

  /** The rebuild, or null when it cannot be written safely. */
  static String sqlServer(SchemaModel schema, TableDef table, ColumnDef id) {
    if (table.columns().stream().anyMatch(ColumnDef::generated) || referenced(schema, table)) {
      return null;
    }
    String copy = FixSql.constraintName(table.name() + "_schemadrift", Dialect.SQLSERVER);
    List<String> parts = new ArrayList<>();
    for (ColumnDef c : table.columns()) {
      boolean isId = c == id;
      String type = c.type() == null ? "bigint" : c.type().renderExact();
      parts.add(c.name() + " " + type + (isId ? " IDENTITY(1,1) NOT NULL" : (c.nullable() ? "" : " NOT NULL"))
          + (c.defaultValue() != null && !isId ? " DEFAULT " + c.defaultValue() : ""));
    }
    if (!table.primaryKey().isEmpty()) {
      parts.add("PRIMARY KEY (" + String.join(", ", table.primaryKey()) + ")");
    }
    for (UniqueDef u : table.uniques()) {
      if (u.index()) {
        continue; // a unique index, created after the rename with the other indexes
      }
      parts.add("UNIQUE (" + String.join(", ", u.columns()) + ")");
    }
    for (CheckDef check : table.checks()) {
      if (check.expression() != null) {
        parts.add("CHECK (" + check.expression() + ")");
      }
    }
    for (ForeignKeyDef fk : table.foreignKeys()) {
      parts.add("FOREIGN KEY (" + String.join(", ", fk.columns()) + ") REFERENCES " + fk.referencedTable() + " ("
          + String.join(", ", fk.referencedColumns()) + ")" + (fk.onDelete() != null ? " ON DELETE " + fk.onDelete() : ""));
    }
    String columns = table.columns().stream().map(ColumnDef::name).collect(Collectors.joining(", "));
    StringBuilder sql = new StringBuilder()
        .append("-- SQL Server cannot make an existing column an identity, so the table is rebuilt: a copy with the identity\n")
        .append("-- takes every row with its id (IDENTITY_INSERT, which moves the identity past the largest id), then\n")
        .append("-- replaces it. Keys, checks and indexes are restated unnamed, and triggers, permissions and\n")
        .append("-- anything else the migrations do not show must be restated by hand\n")
        .append("CREATE TABLE ").append(copy).append(" (").append(String.join(", ", parts)).append(");\n")
        .append("SET IDENTITY_INSERT ").append(copy).append(" ON;\n")
        .append("INSERT INTO ").append(copy).append(" (").append(columns).append(") SELECT ").append(columns)
        .append(" FROM ").append(table.name()).append(";\n")
        .append("SET IDENTITY_INSERT ").append(copy).append(" OFF;\n")
        .append("DROP TABLE ").append(table.name()).append(";\n")
        .append("EXEC sp_rename '").append(copy).append("', '").append(table.name()).append("'");
    for (IndexDef index : table.indexes()) {
      if (index.name() != null) {
        sql.append(";\nCREATE ").append(index.unique() ? "UNIQUE " : "").append("INDEX ").append(index.name()).append(" ON ")
            .append(table.name()).append(" (").append(String.join(", ", index.columns())).append(')');
      }
    }
    return sql.toString();
  }

  private static boolean referenced(SchemaModel schema, TableDef table) {
    return schema.tables().values().stream().filter(t -> t != table)
        .anyMatch(t -> t.foreignKeys().stream().anyMatch(k -> k.referencedTable().equalsIgnoreCase(table.name())));
  }
}
