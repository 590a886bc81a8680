package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.entity.UniqueKey;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code CREATE TABLE} for an entity's missing table as Hibernate 7's schema generation would
 * write it for the dialect: every mapped column with its type and NOT NULL, an identity column
 * where the id is {@code IDENTITY}, the primary key over the id columns, the declared unique keys,
 * and a foreign key per association (as separate statements, which the fix migration places after
 * every table is created). Constraint names are schemadrift's ({@code uk_<table>_<columns>},
 * {@code fk_<table>_<columns>}), not Hibernate's hashed ones: validate does not compare names.
 */
final class FixTables {

  private FixTables() {}

  static String createEntityTable(Dialect dialect, TableMapping table) {
    Map<String, ColumnMapping> columns = new LinkedHashMap<>();
    table.columns().forEach(c -> columns.putIfAbsent(dialect.key(c.columnName(), c.quoted()), c));
    List<String> parts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (ColumnMapping c : columns.values()) {
      boolean identity = c.id() && c.generation() != null && "IDENTITY".equals(c.generation().strategy());
      boolean notNull = c.id() || !c.ddlNullable();
      parts.add(c.columnName() + " " + FixSql.columnType(dialect, c) + (identity ? identity(dialect) : "")
          + (notNull ? " NOT NULL" : ""));
      if (c.id()) {
        ids.add(c.columnName());
      }
    }
    if (!ids.isEmpty()) {
      parts.add("PRIMARY KEY (" + String.join(", ", ids) + ")");
    }
    for (ColumnMapping c : columns.values()) {
      if (c.shape().unique() && !(ids.size() == 1 && ids.get(0).equals(c.columnName()))) {
        parts.add("CONSTRAINT " + FixSql.constraintName("uk_" + table.name() + "_" + c.columnName(), dialect)
            + " UNIQUE (" + c.columnName() + ")");
      }
    }
    for (UniqueKey key : table.uniqueKeys()) {
      String name = key.name() != null ? key.name()
          : FixSql.constraintName("uk_" + table.name() + "_" + String.join("_", key.columns()), dialect);
      parts.add("CONSTRAINT " + name + " UNIQUE (" + String.join(", ", key.columns()) + ")");
    }
    StringBuilder sql = new StringBuilder("CREATE TABLE " + table.name() + " (" + String.join(", ", parts) + ")");
    foreignKeys(dialect, table, columns).forEach(fk -> sql.append(";\n").append(fk));
    return sql.toString();
  }

  /**
   * CREATE TABLE for a missing join or collection table with its columns, then a foreign key to
   * each table its join columns reference (the owner's, and for {@code @ManyToMany} the target's),
   * as Hibernate 7 generates them, with the primary key Hibernate gives the collection's kind
   * ({@link TableMapping#primaryKey()}: a set's, list's, map's or id-bag's key; a bag has none).
   */
  static String createJoinTable(Dialect dialect, TableMapping table) {
    Map<String, ColumnMapping> columns = new LinkedHashMap<>();
    table.columns().forEach(c -> columns.putIfAbsent(dialect.key(c.columnName(), c.quoted()), c));
    String create = FixSql.createTable(dialect, table);
    if (!table.primaryKey().isEmpty()) {
      create = create.substring(0, create.length() - 1) + ", PRIMARY KEY (" + String.join(", ", table.primaryKey()) + "))";
    }
    StringBuilder sql = new StringBuilder(create);
    foreignKeys(dialect, table, columns).forEach(fk -> sql.append(";\n").append(fk));
    return sql.toString();
  }

  /**
   * One foreign key per association (its join columns together), to the target entity's table; a
   * self-referencing join table's two keys to one table are told apart by the referenced column
   * repeating (the owner's columns come first, then the target's).
   */
  private static List<String> foreignKeys(Dialect dialect, TableMapping table, Map<String, ColumnMapping> columns) {
    Map<String, List<List<ColumnMapping>>> byAssociation = new LinkedHashMap<>();
    for (ColumnMapping c : columns.values()) {
      if (c.relationship() != null && c.relationship().foreignKey()) {
        List<List<ColumnMapping>> groups =
            byAssociation.computeIfAbsent(c.attributePath() + "->" + c.relationship().targetTable(), k -> new ArrayList<>());
        List<ColumnMapping> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
        if (last == null || last.stream().anyMatch(o -> o.relationship().referencedColumn().equals(c.relationship().referencedColumn()))) {
          last = new ArrayList<>();
          groups.add(last);
        }
        last.add(c);
      }
    }
    List<String> keys = new ArrayList<>();
    for (List<ColumnMapping> group : byAssociation.values().stream().flatMap(List::stream).toList()) {
      List<String> names = group.stream().map(ColumnMapping::columnName).toList();
      List<String> referenced = group.stream().map(c -> c.relationship().referencedColumn()).toList();
      keys.add(FixSql.addForeignKey(dialect, table.name(), names, group.get(0).relationship().targetTable(), referenced));
    }
    return keys;
  }

  /** The words after an identity column's type. */
  static String identity(Dialect dialect) {
    switch (dialect) {
      case MYSQL:
      case MARIADB:
        return " AUTO_INCREMENT";
      case SQLSERVER:
        return " IDENTITY(1,1)";
      default:
        return " GENERATED BY DEFAULT AS IDENTITY";
    }
  }

  /**
   * SQL Server names an unnamed primary key itself ({@code PK__items__3213E83F...}), differently on
   * each database: the name is read from {@code sys.key_constraints} and the drop run as dynamic
   * SQL, one statement (the variable lives in its batch). The replay reads exactly this form as
   * {@code DROP PRIMARY KEY} ({@code migration/SqlServerKeyDrop}).
   */
  static String dropUnnamedSqlServerKey(TableDef table) {
    String literal = table.name().replace("'", "''");
    return "-- SQL Server named the key itself, so its name is read from sys.key_constraints\n"
        + "DECLARE @schemadrift_drop nvarchar(max) = (SELECT N'ALTER TABLE " + literal + " DROP CONSTRAINT ' + QUOTENAME(name)"
        + " FROM sys.key_constraints WHERE parent_object_id = OBJECT_ID(N'" + literal + "') AND type = 'PK')\n"
        + "EXEC sp_executesql @schemadrift_drop";
  }

  /**
   * Moves the primary key to the id columns: drops the present key (by its name where the dialect
   * needs one: PostgreSQL's default {@code <table>_pkey} when unnamed) and adds the new one, after
   * making its columns NOT NULL where the dialect does not do so itself (SQL Server). SQL Server's
   * unnamed key is dropped by the name it gave it ({@link #dropUnnamedSqlServerKey}).
   */
  static String changePrimaryKey(Dialect dialect, TableDef table, List<ColumnDef> ids) {
    String drop;
    switch (dialect) {
      case POSTGRESQL:
        drop = "DROP CONSTRAINT " + (table.primaryKeyName() != null ? table.primaryKeyName()
            : FixSql.constraintName(table.name() + "_pkey", dialect));
        break;
      case SQLSERVER:
        drop = table.primaryKeyName() != null ? "DROP CONSTRAINT " + table.primaryKeyName() : null;
        break;
      default:
        drop = "DROP PRIMARY KEY";
        break;
    }
    List<String> names = ids.stream().map(ColumnDef::name).toList();
    StringBuilder sql = new StringBuilder("-- the new key fails, changing nothing, while (" + String.join(", ", names)
        + ") holds NULLs or duplicates: clean those rows first\n");
    sql.append(drop != null ? "ALTER TABLE " + table.name() + " " + drop : dropUnnamedSqlServerKey(table));
    for (ColumnDef id : ids) {
      if (id.nullable() && dialect == Dialect.SQLSERVER) {
        sql.append(";\n").append(FixSql.setNotNull(dialect, table, id));
      }
    }
    sql.append(";\nALTER TABLE ").append(table.name()).append(" ADD PRIMARY KEY (").append(String.join(", ", names)).append(')');
    return sql.toString();
  }
}
