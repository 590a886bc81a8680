package io.github.schemadrift.rules;

import static io.github.schemadrift.rules.Messages.simpleName;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.ForeignKeyDef;
import io.github.schemadrift.migration.SequenceDef;
import io.github.schemadrift.migration.TableDef;
import java.util.List;

/**
 * The messages of the rules about keys and generated values: generation, foreign-key and unique.
 * Part of the one message catalogue ({@link Messages} and its family classes): javac wording, subject
 * first, identifiers quoted, the migration as {@code file:line}, then the fix on either side; no
 * trailing period.
 */
public final class KeyMessages {

  private KeyMessages() {}

  public static String identityMissing(TableDef table, ColumnDef column, ColumnMapping id, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' is not an identity, serial or auto-increment column ("
        + column.lastChanged() + ") but field '" + id.attributePath()
        + "' is @GeneratedValue(strategy = IDENTITY), so Hibernate inserts no id and every insert fails; "
        + (fixSql != null ? "use another strategy or add a migration: " + fixSql
            : "use another strategy, or recreate the column as an identity column in a migration");
  }

  public static String sequenceInOtherSchema(ColumnMapping id, String sequence, String schema, List<SequenceDef> elsewhere) {
    return "sequence '" + sequence + "' used by field '" + id.attributePath() + "' exists in schema"
        + (elsewhere.size() > 1 ? "s " : " ")
        + elsewhere.stream().map(q -> "'" + q.schema() + "' (" + q.lastChanged() + ")").collect(java.util.stream.Collectors.joining(", "))
        + ", not '" + schema + "', so every insert fails; fix @SequenceGenerator(schema = ...) or create the sequence in '"
        + schema + "' in a migration";
  }

  public static String sequenceMissing(ColumnMapping id, String sequence, boolean implicit, boolean tableAllowed, String fixSql) {
    return "sequence '" + sequence + "'" + (implicit ? " (Hibernate's default name for this entity)" : "")
        + " used by field '" + id.attributePath() + "' does not exist after the migrations"
        + (tableAllowed ? " (nor a table of that name, which Hibernate uses where the database has no sequences)" : "")
        + ", so every insert fails; name an existing sequence with @SequenceGenerator(sequenceName = ...) or add a migration: "
        + fixSql;
  }

  public static String sequenceIncrementSmaller(SequenceDef sequence, ColumnMapping id, int allocationSize, String fixSql) {
    return "sequence '" + sequence.name() + "' has INCREMENT BY " + sequence.increment() + " (" + sequence.lastChanged()
        + ") but field '" + id.attributePath() + "' uses allocationSize = " + allocationSize
        + "; Hibernate's pooled optimizer takes " + allocationSize + " ids per sequence value, so sessions get overlapping"
        + " ranges and duplicate keys (Hibernate 6+ refuses to start unless increment_size_mismatch_strategy is changed):"
        + " set allocationSize = " + sequence.increment() + " or add a migration: " + fixSql;
  }

  public static String sequenceIncrementLarger(SequenceDef sequence, ColumnMapping id, int allocationSize, String fixSql) {
    return "sequence '" + sequence.name() + "' has INCREMENT BY " + sequence.increment() + " (" + sequence.lastChanged()
        + ") but field '" + id.attributePath() + "' uses allocationSize = " + allocationSize
        + ", so Hibernate 6+ refuses to start (unless increment_size_mismatch_strategy is changed, and then ids skip ranges):"
        + " set allocationSize = " + sequence.increment() + " or add a migration: " + fixSql;
  }

  public static String generatorTableMissing(EntityModel entity, ColumnMapping id, String tableName, int migrationCount, String fixSql) {
    return "table '" + tableName + "' of the table generator of field '" + id.attributePath() + "' in entity '"
        + simpleName(entity.qualifiedName()) + "' is not created by any of the " + migrationCount
        + " migrations, so every insert fails; name an existing table with @TableGenerator(table = ...) or add a migration: "
        + fixSql;
  }

  public static String foreignKeyMissing(TableDef table, List<String> columns, ColumnMapping mapping, String target, String fixSql) {
    return "column" + (columns.size() > 1 ? "s" : "") + " '" + table.name() + "." + String.join("', '" + table.name() + ".", columns)
        + "' of field '" + mapping.attributePath() + "' refer" + (columns.size() > 1 ? "" : "s") + " to table '" + target
        + "' but no foreign key enforces it (table created at " + table.createdAt()
        + "); rows can point at nothing: add a migration: " + fixSql;
  }

  /**
   * A foreign key to another table than the mapping's target; when the names agree and only the
   * schemas differ, both are named with their schema.
   */
  public static String foreignKeyElsewhere(TableDef table, List<String> columns, ColumnMapping mapping, TableDef target, ForeignKeyDef key) {
    boolean sameName = key.referencedTable().equalsIgnoreCase(target.name());
    String referenced = sameName && key.referencedSchema() != null ? key.referencedSchema() + "." + key.referencedTable() : key.referencedTable();
    String expected = sameName && target.schema() != null ? target.schema() + "." + target.name() : target.name();
    return foreignKeyElsewhere(table, columns, mapping, expected, key, referenced);
  }

  public static String foreignKeyElsewhere(TableDef table, List<String> columns, ColumnMapping mapping, String target, ForeignKeyDef key) {
    return foreignKeyElsewhere(table, columns, mapping, target, key, key.referencedTable());
  }

  private static String foreignKeyElsewhere(
      TableDef table, List<String> columns, ColumnMapping mapping, String target, ForeignKeyDef key, String referenced) {
    return "foreign key " + (key.name() != null ? "'" + key.name() + "' " : "") + "on '" + table.name() + "."
        + String.join("', '" + table.name() + ".", columns) + "' references table '" + referenced + "' ("
        + key.definedAt() + ") but field '" + mapping.attributePath() + "' refers to table '" + target
        + "'; fix the mapping's target, or replace the foreign key in a migration";
  }

  public static String uniqueMissing(TableDef table, ColumnDef column, ColumnMapping mapping, String reason, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' has no unique constraint or unique index (table created at "
        + table.createdAt() + ") but field '" + mapping.attributePath() + "' is declared unique (" + reason
        + "); duplicates are not prevented: drop the declaration or add a migration: " + fixSql;
  }

  public static String uniqueKeyMissing(TableDef table, List<ColumnDef> columns, String origin, String fixSql) {
    String names = columns.stream().map(c -> c.name()).collect(java.util.stream.Collectors.joining(", "));
    return "columns (" + names + ") of table '" + table.name() + "' have no unique constraint or unique index on exactly them"
        + " (table created at " + table.createdAt() + ") but the entity declares them unique together (" + origin
        + "); duplicates are not prevented: drop the declaration or add a migration: " + fixSql;
  }
}
