package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.Generation;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.TableDef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fix for a missing {@code @TableGenerator} table, safe on tables that hold rows: the table as
 * Hibernate 7 creates it (its segment column the primary key), and the row of each generator that
 * uses it, with a value past the ids already in the entity's table.
 *
 * <p>What Hibernate 7.4's {@code org.hibernate.id.enhanced.TableGenerator} expects: one row per
 * segment ({@link Generation#segmentValue()}); the value column holds the last value handed out
 * ({@code hibernate.id.generator.stored_last_used}, true by default): it reads {@code S}, stores
 * {@code S + allocationSize} and its pooled optimizer hands out the block that ends at {@code S + 1}.
 * Without a row it inserts one holding {@code initialValue}, and so starts at 1 whatever ids the
 * table holds. Stored as {@code MAX(id) + allocationSize}, the first block starts at {@code MAX(id) + 2}
 * (and at {@code MAX(id) + allocationSize + 1} where the optimizer is {@code none} or
 * {@code stored_last_used} is off): every new id is past the existing ones. An empty table gets
 * Hibernate's own first row, {@code initialValue}.
 */
final class FixGeneratorTable {

  /** One entity whose identifier is generated through the table: its table, id column and generation. */
  record Use(TableMapping generatorTable, String entityTable, TableDef owner, String idColumn, Generation generation) {}

  private FixGeneratorTable() {}

  /** The CREATE TABLE alone, for the message. */
  static String create(Dialect dialect, TableMapping table) {
    String create = FixSql.createTable(dialect, table);
    String segment = table.columns().get(0).columnName();
    return create.substring(0, create.length() - 1) + ", PRIMARY KEY (" + segment + "))";
  }

  /** The CREATE TABLE, then per segment the row its generators read, past the ids of every table that shares it. */
  static String fix(Dialect dialect, List<Use> uses) {
    TableMapping table = uses.get(0).generatorTable();
    List<ColumnMapping> columns = table.columns();
    String segmentColumn = columns.get(0).columnName();
    String valueColumn = columns.get(1).columnName();
    StringBuilder sql = new StringBuilder(create(dialect, table));
    Set<String> segments = new HashSet<>();
    for (Use use : uses) {
      String segment = use.generation().segmentValue() != null ? use.generation().segmentValue() : use.entityTable();
      String literal = "'" + segment.replace("'", "''") + "'";
      int allocation = Math.max(1, use.generation().allocationSize());
      int initial = use.generation().initialValue();
      boolean first = segments.add(segment);
      if (use.owner() == null) {
        if (first) {
          sql.append(";\n-- the row Hibernate reads for segment ").append(literal).append(": its first value, as Hibernate writes it\n")
              .append("INSERT INTO ").append(table.name()).append(" (").append(segmentColumn).append(", ").append(valueColumn)
              .append(") VALUES (").append(literal).append(", ").append(initial).append(')');
        }
        continue;
      }
      String past = "COALESCE(MAX(" + use.idColumn() + ") + " + allocation + ", " + initial + ")";
      String from = " FROM " + use.owner().name();
      if (first) {
        sql.append(";\n-- the row Hibernate reads for segment ").append(literal).append(": without it Hibernate starts at 1,")
            .append(" below the ids already in ").append(use.owner().name()).append("\n-- and the next insert collides;")
            .append(" it holds the last value handed out, so it starts past the largest id plus the allocation\n")
            .append("INSERT INTO ").append(table.name()).append(" (").append(segmentColumn).append(", ").append(valueColumn)
            .append(") SELECT ").append(literal).append(", ").append(past).append(from);
      } else {
        sql.append(";\n-- segment ").append(literal).append(" is shared with ").append(use.owner().name())
            .append(": its value must pass those ids too\n")
            .append("UPDATE ").append(table.name()).append(" SET ").append(valueColumn).append(" = (SELECT ").append(past)
            .append(from).append(") WHERE ").append(segmentColumn).append(" = ").append(literal).append(" AND ")
            .append(valueColumn).append(" < (SELECT ").append(past).append(from).append(')');
      }
    }
    return sql.toString();
  }
}
