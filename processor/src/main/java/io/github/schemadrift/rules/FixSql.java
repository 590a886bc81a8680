package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.TableDef;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The SQL of a new migration that would bring the database in line with the entity, per dialect. */
public final class FixSql {

  /** Column types for a new column, by Java type, following Hibernate's defaults. */
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("java.lang.String", "varchar(255)"),
          Map.entry("java.lang.Long", "bigint"),
          Map.entry("long", "bigint"),
          Map.entry("java.lang.Integer", "integer"),
          Map.entry("int", "integer"),
          Map.entry("java.lang.Short", "smallint"),
          Map.entry("short", "smallint"),
          Map.entry("java.lang.Boolean", "boolean"),
          Map.entry("boolean", "boolean"),
          Map.entry("java.lang.Double", "double precision"),
          Map.entry("double", "double precision"),
          Map.entry("java.lang.Float", "real"),
          Map.entry("float", "real"),
          Map.entry("java.math.BigDecimal", "numeric(38, 2)"),
          Map.entry("java.time.Instant", "timestamp with time zone"),
          Map.entry("java.time.OffsetDateTime", "timestamp with time zone"),
          Map.entry("java.time.LocalDateTime", "timestamp"),
          Map.entry("java.time.LocalDate", "date"),
          Map.entry("java.util.UUID", "uuid"),
          Map.entry("byte[]", "bytea"));

  private FixSql() {}

  /** Gives a column back the name it had before a migration renamed it. */
  public static String renameColumn(Dialect dialect, TableDef table, ColumnDef column, String name) {
    return dialect == Dialect.SQLSERVER
        ? "EXEC sp_rename '" + table.name() + "." + column.name() + "', '" + name + "', 'COLUMN'"
        : "ALTER TABLE " + table.name() + " RENAME COLUMN " + column.name() + " TO " + name;
  }

  /** Gives a table back the name the mapping wants, keeping its rows, keys and foreign keys. */
  static String renameTable(Dialect dialect, TableDef table, String name) {
    return dialect == Dialect.SQLSERVER
        ? "EXEC sp_rename '" + table.name() + "', '" + name + "'"
        : "ALTER TABLE " + table.name() + " RENAME TO " + name;
  }

  public static String setNotNull(Dialect dialect, TableDef table, ColumnDef column) {
    return nullability(dialect, table, column, true);
  }

  public static String dropNotNull(Dialect dialect, TableDef table, ColumnDef column) {
    return nullability(dialect, table, column, false);
  }

  private static String nullability(Dialect dialect, TableDef table, ColumnDef column, boolean notNull) {
    String prefix = "ALTER TABLE " + table.name() + " ";
    String type = column.type() == null ? "" : column.type().render() + " ";
    switch (dialect) {
      case MYSQL:
      case MARIADB:
        return prefix + "MODIFY " + column.name() + " " + type + (notNull ? "NOT NULL" : "NULL");
      case ORACLE:
        return prefix + "MODIFY " + column.name() + (notNull ? " NOT NULL" : " NULL");
      case SQLSERVER:
        return prefix + "ALTER COLUMN " + column.name() + " " + type + (notNull ? "NOT NULL" : "NULL");
      default:
        return prefix + "ALTER COLUMN " + column.name() + (notNull ? " SET NOT NULL" : " DROP NOT NULL");
    }
  }

  /** A type change in the dialect's words; PostgreSQL gets a USING cast so existing rows convert. */
  public static String changeType(Dialect dialect, TableDef table, ColumnDef column, String portableType) {
    String type = FixTypes.inDialect(dialect, portableType);
    String prefix = "ALTER TABLE " + table.name() + " ";
    String nullability = column.nullable() ? "" : " NOT NULL";
    switch (dialect) {
      case POSTGRESQL:
        return prefix + "ALTER COLUMN " + column.name() + " TYPE " + type + " USING " + column.name() + "::" + type;
      case H2:
        // H2 also takes SET DATA TYPE, but TYPE is what the replayer reads back; both keep
        // the column's default and NOT NULL, unlike a restated definition
        return prefix + "ALTER COLUMN " + column.name() + " TYPE " + type;
      case MYSQL:
      case MARIADB:
        return prefix + "MODIFY " + column.name() + " " + type + nullability;
      case ORACLE:
        return prefix + "MODIFY " + column.name() + " " + type;
      default:
        return prefix + "ALTER COLUMN " + column.name() + " " + type + (column.nullable() ? " NULL" : " NOT NULL");
    }
  }

  /** ADD COLUMN for a mapped column, typed from its mapping (length, precision, the referenced key's type). */
  public static String addColumn(Dialect dialect, TableDef table, ColumnMapping column) {
    String add = dialect == Dialect.ORACLE || dialect == Dialect.SQLSERVER ? " ADD " : " ADD COLUMN ";
    return "ALTER TABLE " + table.name() + add + column.columnName() + " " + columnType(dialect, column);
  }

  /** CREATE TABLE for a missing join or collection table, with every column it maps. */
  public static String createTable(Dialect dialect, TableMapping table) {
    List<String> columns = table.columns().stream()
        .collect(Collectors.toMap(c -> dialect.key(c.columnName(), c.quoted()), c -> c, (a, b) -> a, java.util.LinkedHashMap::new))
        .values().stream()
        .map(c -> c.columnName() + " " + columnType(dialect, c) + (c.ddlNullable() ? "" : " NOT NULL"))
        .toList();
    return "CREATE TABLE " + table.name() + " (" + String.join(", ", columns) + ")";
  }

  /** The column type Hibernate would generate for a mapping, in the dialect's words. */
  public static String columnType(Dialect dialect, ColumnMapping column) {
    String type = portableType(dialect, column);
    return column.shape().columnDefinition() != null ? type : FixTypes.inDialect(dialect, type);
  }

  private static String portableType(Dialect dialect, ColumnMapping column) {
    if (column.shape().columnDefinition() != null) {
      return column.shape().columnDefinition();
    }
    String javaType = column.type().databaseJavaType();
    if (javaType.equals("java.lang.String") && !column.type().lob()) {
      int length = column.shape().length() != null ? column.shape().length() : 255;
      return (dialect == Dialect.ORACLE ? "varchar2(" : "varchar(") + length + ")";
    }
    if (javaType.equals("java.math.BigDecimal")) {
      int precision = column.shape().precision() != null ? column.shape().precision() : 38;
      int scale = column.shape().scale() != null ? column.shape().scale() : 2;
      return "numeric(" + precision + ", " + scale + ")";
    }
    return JavaTypeMapping.forMapping(column, dialect)
        .map(expected -> expected.preferred(dialect))
        .orElseGet(() -> {
          String type = TYPES.getOrDefault(javaType, "varchar(255)");
          return dialect != Dialect.POSTGRESQL && type.equals("bytea") ? "blob" : type;
        });
  }

  public static String createSequence(String name, int start, int increment) {
    return "CREATE SEQUENCE " + name + " START WITH " + start + " INCREMENT BY " + increment;
  }

  public static String alterSequenceIncrement(String name, int increment) {
    return "ALTER SEQUENCE " + name + " INCREMENT BY " + increment;
  }

  /** Makes an existing column an identity column, or null where the dialect cannot (SQL Server, Oracle). */
  public static String makeIdentity(Dialect dialect, TableDef table, ColumnDef column) {
    String type = column.type() == null ? "bigint" : column.type().render();
    switch (dialect) {
      case POSTGRESQL:
        return "ALTER TABLE " + table.name() + " ALTER COLUMN " + column.name() + " ADD GENERATED BY DEFAULT AS IDENTITY";
      case H2:
        return "ALTER TABLE " + table.name() + " ALTER COLUMN " + column.name() + " " + type + " GENERATED BY DEFAULT AS IDENTITY";
      case MYSQL:
      case MARIADB:
        return "ALTER TABLE " + table.name() + " MODIFY " + column.name() + " " + type + " NOT NULL AUTO_INCREMENT";
      default:
        return null;
    }
  }

  /** CREATE TABLE for a {@code @TableGenerator}'s table, with the columns it maps. */
  public static String createGeneratorTable(Dialect dialect, TableMapping table) {
    return createTable(dialect, table);
  }

  public static String addForeignKey(Dialect dialect, TableDef table, List<String> columns, String target, List<String> targetColumns) {
    return addForeignKey(dialect, table.name(), columns, target, targetColumns);
  }

  static String addForeignKey(Dialect dialect, String table, List<String> columns, String target, List<String> targetColumns) {
    String name = constraintName("fk_" + table + "_" + String.join("_", columns), dialect);
    return "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " FOREIGN KEY (" + String.join(", ", columns)
        + ") REFERENCES " + target + " (" + String.join(", ", targetColumns) + ")";
  }

  public static String addUnique(Dialect dialect, TableDef table, ColumnDef column) {
    String name = constraintName("uk_" + table.name() + "_" + column.name(), dialect);
    return "ALTER TABLE " + table.name() + " ADD CONSTRAINT " + name + " UNIQUE (" + column.name() + ")";
  }

  /** A unique constraint over several columns, named as declared or {@code uk_<table>_<columns>}. */
  public static String addUniqueKey(Dialect dialect, TableDef table, List<ColumnDef> columns, String declaredName) {
    List<String> names = columns.stream().map(ColumnDef::name).toList();
    String name = declaredName != null ? declaredName : constraintName("uk_" + table.name() + "_" + String.join("_", names), dialect);
    return "ALTER TABLE " + table.name() + " ADD CONSTRAINT " + name + " UNIQUE (" + String.join(", ", names) + ")";
  }

  /** Adds enum labels to a PostgreSQL enum type, one statement each. */
  public static String addEnumValues(String type, List<String> values) {
    return values.stream().map(v -> "ALTER TYPE " + type + " ADD VALUE '" + v.replace("'", "''") + "'")
        .collect(Collectors.joining(";\n"));
  }

  /** Restates a MySQL ENUM column with every allowed value, keeping its nullability and default. */
  public static String modifyEnumColumn(TableDef table, ColumnDef column, List<String> values) {
    return "ALTER TABLE " + table.name() + " MODIFY " + column.name() + " ENUM("
        + values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ")) + ")"
        + (column.nullable() ? "" : " NOT NULL")
        + (column.defaultValue() != null ? " DEFAULT " + column.defaultValue() : "");
  }

  /** Replaces a named CHECK constraint; null when it has no name to drop it by. */
  public static String replaceCheck(Dialect dialect, TableDef table, String checkName, String expression) {
    if (checkName == null) {
      return null;
    }
    String drop = dialect == Dialect.MYSQL ? " DROP CHECK " : " DROP CONSTRAINT ";
    return "ALTER TABLE " + table.name() + drop + checkName + ";\nALTER TABLE " + table.name() + " ADD CONSTRAINT "
        + checkName + " CHECK (" + expression + ")";
  }

  static String constraintName(String name, Dialect dialect) {
    int max = dialect == Dialect.ORACLE ? 30 : 63;
    return name.length() <= max ? name : name.substring(0, max);
  }

  /** CREATE TABLE for a missing Envers audit or revision table, keyed on its key columns (the id and the revision). */
  public static String createKeyedTable(Dialect dialect, TableMapping table) {
    String create = createTable(dialect, table);
    List<String> keys = table.columns().stream().filter(ColumnMapping::id).map(ColumnMapping::columnName).distinct().toList();
    return keys.isEmpty() ? create
        : create.substring(0, create.length() - 1) + ", PRIMARY KEY (" + String.join(", ", keys) + "))";
  }

  /** A fix as one line for a message: its statements joined by "; ", without the comments that explain them. */
  public static String inline(String fix) {
    if (fix == null || fix.indexOf('\n') < 0) {
      return fix;
    }
    return java.util.Arrays.stream(fix.split("\n")).filter(l -> !l.startsWith("--"))
        .map(l -> l.endsWith(";") ? l.substring(0, l.length() - 1) : l).collect(Collectors.joining("; "));
  }
}
