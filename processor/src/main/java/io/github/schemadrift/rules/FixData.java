package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.TableDef;
import java.util.Set;

/**
 * The steps that make a fix safe on a table that already holds rows, each under a comment that
 * says why. A value is filled in when it is known: the column's own default, or what Hibernate
 * writes for a primitive field of a new object (0, false). A plain text column gets the empty
 * string as a placeholder under a comment that asks to confirm it, so the fix runs. Otherwise the
 * step is a commented decision for the reviewer, and what follows it still runs safely: a
 * {@code SET NOT NULL} over rows that hold NULL is refused by the database and changes nothing.
 */
final class FixData {

  private static final Set<String> NUMBERS = Set.of("int", "long", "short", "byte", "double", "float");

  private FixData() {}

  /** SET NOT NULL, after the rows that hold NULL are given the known value or a decision. */
  static String backfillThenSetNotNull(Dialect dialect, TableDef table, ColumnDef column, ColumnMapping mapping) {
    String setNotNull = FixSql.setNotNull(dialect, table, column);
    String fill = column.defaultValue() != null ? column.defaultValue() : primitiveDefault(dialect, mapping);
    String update = "UPDATE " + table.name() + " SET " + column.name() + " = ";
    if (fill != null) {
      String source = column.defaultValue() != null ? "the column's default" : "what Hibernate writes for a new object's primitive field";
      return "-- rows holding NULL in " + column.name() + " get " + fill + " (" + source + ") so that NOT NULL can hold\n"
          + update + fill + " WHERE " + column.name() + " IS NULL;\n" + setNotNull;
    }
    String placeholder = textPlaceholder(dialect, column, mapping);
    if (placeholder != null) {
      return "-- CONFIRM THIS VALUE: no default is known for " + column.name() + ", so rows holding NULL there get " + placeholder
          + ",\n-- a placeholder for the value your data needs (search for it afterwards)"
          + (dialect == Dialect.ORACLE ? ", one space as Oracle stores '' as NULL" : ", the empty string")
          + "\n-- change it before you run this migration if it is wrong for those rows\n"
          + update + placeholder + " WHERE " + column.name() + " IS NULL;\n" + setNotNull;
    }
    return "-- no default is known for " + column.name() + ": while rows hold NULL there the next statement is refused and\n"
        + "-- changes nothing; decide their value and run first: " + update + "<value> WHERE " + column.name() + " IS NULL\n"
        + setNotNull;
  }

  /**
   * The placeholder a plain text column's NULLs get when no value is known: the empty string (on
   * Oracle, where {@code ''} is NULL, one space). Only for a {@code String} attribute stored as
   * itself (no enum, no converter, not the id) in a variable-length text column: Hibernate reads
   * it back as it is, and a value the column's constraints refuse (a foreign key, a unique key, a
   * CHECK) makes the update fail, changing nothing. Null for any other column.
   */
  private static String textPlaceholder(Dialect dialect, ColumnDef column, ColumnMapping mapping) {
    boolean plainString = mapping.type().javaType().equals("java.lang.String") && mapping.type().converter() == null
        && mapping.type().enumStorage() == null && !mapping.id();
    SqlTypeFamily family = column.type() == null ? SqlTypeFamily.UNKNOWN : SqlTypeFamily.of(column.type());
    if (!plainString || (family != SqlTypeFamily.VARCHAR && family != SqlTypeFamily.LONGTEXT)) {
      return null;
    }
    return dialect == Dialect.ORACLE ? "' '" : "''";
  }

  /**
   * ADD COLUMN for a NOT NULL mapping: with the known value as its default, so existing rows get
   * it; else added nullable, with the backfill and SET NOT NULL as the reviewer's decision.
   */
  static String addNotNullColumn(Dialect dialect, TableDef table, ColumnMapping column) {
    String add = FixSql.addColumn(dialect, table, column);
    String fill = primitiveDefault(dialect, column);
    if (fill != null) {
      return "-- existing rows get " + fill + " in " + column.columnName() + ", what Hibernate writes for a new object's field\n"
          + add + " DEFAULT " + fill + " NOT NULL";
    }
    return "-- existing rows get NULL in " + column.columnName() + ", which the entity does not allow: decide their value,\n"
        + "-- then run: UPDATE " + table.name() + " SET " + column.columnName() + " = <value> WHERE " + column.columnName()
        + " IS NULL, then make it NOT NULL\n" + add;
  }

  /** The value a primitive field holds in a new object, as the dialect writes it; null for other types. */
  static String primitiveDefault(Dialect dialect, ColumnMapping mapping) {
    if (!mapping.primitive() || mapping.id()) {
      return null;
    }
    if (mapping.javaType().equals("boolean")) {
      return dialect == Dialect.ORACLE || dialect == Dialect.SQLSERVER ? "0" : "FALSE";
    }
    return NUMBERS.contains(mapping.javaType()) ? "0" : null;
  }

  /**
   * After an existing column became an identity: where the database starts it at 1 while ids up to
   * the current maximum exist, the next insert would collide, so it restarts after the maximum.
   */
  static String restartIdentity(Dialect dialect, TableDef table, ColumnDef column, String makeIdentity) {
    String max = "COALESCE(MAX(" + column.name() + "), 0) + 1";
    switch (dialect) {
      case POSTGRESQL:
        return makeIdentity + ";\n-- the identity starts at 1 while ids exist: restart it after the largest one\n"
            + "SELECT setval(pg_get_serial_sequence('" + table.name() + "', '" + column.name() + "'), " + max + ", false) FROM "
            + table.name();
      case H2:
        return makeIdentity + ";\n-- the identity starts at 1 while ids exist: restart it after the largest one\n"
            + "ALTER TABLE " + table.name() + " ALTER COLUMN " + column.name() + " RESTART WITH (SELECT " + max + " FROM "
            + table.name() + ")";
      case MYSQL:
      case MARIADB:
        return "-- MySQL and MariaDB start AUTO_INCREMENT after the largest id by themselves\n" + makeIdentity;
      default:
        return makeIdentity;
    }
  }

  /**
   * After a missing sequence is created for ids that may already exist: restart it past the
   * largest id plus the allocation, which keeps Hibernate's pooled optimizers clear of every id
   * in use (the first block it hands out starts after the maximum). Where the dialect takes only a
   * number, the step is the reviewer's, with the query that gives it.
   */
  static String restartSequence(Dialect dialect, String create, String sequence, TableDef table, String idColumn, int allocation) {
    String next = "COALESCE(MAX(" + idColumn + "), 0) + " + Math.max(1, allocation);
    String why = "-- the sequence may be below the ids that exist in " + table.name() + ": restart it past the largest one"
        + " (a sequence other entities share must pass their ids too)\n";
    switch (dialect) {
      case MARIADB:
        return create + ";\n" + why + "SET @schemadrift_next = (SELECT " + next + " FROM " + table.name() + ");\n"
            + "EXECUTE IMMEDIATE CONCAT('ALTER SEQUENCE " + sequence + " RESTART WITH ', @schemadrift_next)";
      case POSTGRESQL:
        return create + ";\n" + why + "SELECT setval('" + sequence + "', " + next + ", false) FROM " + table.name();
      case H2:
        return create + ";\n" + why + "ALTER SEQUENCE " + sequence + " RESTART WITH (SELECT " + next + " FROM " + table.name() + ")";
      default:
        return "-- the sequence may be below the ids that exist in " + table.name() + ": after this statement, restart it past"
            + " the largest id\n-- (ALTER SEQUENCE " + sequence + " RESTART WITH the value of SELECT " + next + " FROM "
            + table.name() + ", and a sequence other entities share must pass their ids too)\n" + create;
    }
  }
}
