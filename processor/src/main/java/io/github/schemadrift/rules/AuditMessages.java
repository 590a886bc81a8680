package io.github.schemadrift.rules;

import static io.github.schemadrift.rules.Messages.simpleName;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.SequenceDef;
import io.github.schemadrift.migration.TableDef;
import java.util.Optional;

/**
 * The messages of the audit-table rule (Hibernate Envers' audit and revision tables).
 * Part of the one message catalogue ({@link Messages} and its family classes): javac wording, subject
 * first, identifiers quoted, the migration as {@code file:line}, then the fix on either side; no
 * trailing period.
 */
public final class AuditMessages {

  private AuditMessages() {}

  /** An {@code @Audited} entity's Envers audit table that no migration creates. */
  public static String missingAuditTable(
      EntityModel entity, TableMapping audit, int migrationCount, Optional<String> suggestion, String fixSql) {
    return "audit table '" + audit.name() + "' of @Audited entity '" + simpleName(entity.qualifiedName())
        + "' does not exist after " + migrationCount + " migration" + (migrationCount == 1 ? "" : "s")
        + ", so every insert, update and delete of it fails"
        + suggestion.map(s -> "; did you mean '" + s + "'? set org.hibernate.envers.audit_table_prefix/audit_table_suffix,"
            + " name it with @AuditTable(\"" + s + "\") or add a migration: ").orElse("; add a migration: ")
        + fixSql;
  }

  /** A column Envers writes that an entity's audit table lacks. */
  public static String missingAuditColumn(
      EntityModel entity, TableDef table, ColumnMapping column, Optional<String> suggestion, String fixSql) {
    String what = column.attributePath().startsWith("#") ? auditColumnRole(column)
        : "the audited field '" + column.attributePath() + "'";
    return "column '" + table.name() + "." + column.columnName() + "' for " + what + " of @Audited entity '"
        + simpleName(entity.qualifiedName()) + "' does not exist in audit table '" + table.name() + "' (created at "
        + table.createdAt() + ")" + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("")
        + (column.attributePath().startsWith("#") ? "" : "; mark the field @NotAudited") + " or add a migration: " + fixSql;
  }

  /** Envers' default revision table that no migration creates. */
  public static String missingRevisionTable(
      EntityModel entity, TableMapping table, int migrationCount, Optional<String> suggestion, String fixSql) {
    return "revision table '" + table.name() + "' that Hibernate Envers needs for @Audited entity '"
        + simpleName(entity.qualifiedName()) + "' does not exist after " + migrationCount + " migration"
        + (migrationCount == 1 ? "" : "s") + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("")
        + "; map the existing table with a @RevisionEntity or add a migration: " + fixSql;
  }

  /** That sequence, stepping by less than Hibernate allocates: revision numbers collide. */
  public static String revisionSequenceIncrement(EntityModel entity, SequenceDef sequence, int allocation, String fixSql) {
    return "sequence '" + sequence.name() + "' (" + sequence.lastChanged() + ") steps by " + sequence.increment()
        + " but Hibernate Envers allocates " + allocation + " revision numbers at a time, so revisions of @Audited entity '"
        + simpleName(entity.qualifiedName()) + "' collide; add a migration: " + fixSql;
  }

  /** Nothing numbers Envers' default revisions: no sequence, identity, default or generator table. */
  public static String revisionNotNumbered(EntityModel entity, TableDef table, ColumnDef column, String sequence,
      boolean sequences, String fixSql) {
    return "nothing numbers the revisions in '" + table.name() + "." + column.name() + "' (" + column.lastChanged()
        + "): no sequence '" + sequence + "' or 'hibernate_sequence'" + (sequences ? "" : ", no identity and no default")
        + ", so the first write of"
        + " @Audited entity '" + simpleName(entity.qualifiedName()) + "' fails; Hibernate 7 uses "
        + (sequences ? "the sequence '" + sequence + "' on this dialect" : "an identity column on this dialect")
        + "; map the revision table with your own @RevisionEntity or add a migration: " + fixSql;
  }

  /** A column of Envers' default revision table that the table lacks. */
  public static String missingRevisionColumn(EntityModel entity, TableDef table, ColumnMapping column,
      Optional<String> suggestion, String fixSql) {
    return "column '" + table.name() + "." + column.columnName() + "' of the revision table that Hibernate Envers needs for"
        + " @Audited entity '" + simpleName(entity.qualifiedName()) + "' does not exist (created at " + table.createdAt()
        + ")" + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("")
        + "; map the existing table with a @RevisionEntity or add a migration: " + fixSql;
  }

  /** The audit table of an {@code @Audited} entity's secondary table that no migration creates. */
  public static String missingSecondaryAuditTable(EntityModel entity, TableMapping audit, String secondaryTable,
      int migrationCount, Optional<String> suggestion, String fixSql) {
    return "audit table '" + audit.name() + "' of secondary table '" + secondaryTable + "' of @Audited entity '"
        + simpleName(entity.qualifiedName()) + "' does not exist after " + migrationCount + " migration"
        + (migrationCount == 1 ? "" : "s") + ", so every insert, update and delete of it fails"
        + suggestion.map(s -> "; did you mean '" + s + "'? name it with @SecondaryAuditTable(secondaryTableName = \""
            + secondaryTable + "\", secondaryAuditTableName = \"" + s + "\") or add a migration: ").orElse("; add a migration: ")
        + fixSql;
  }

  /** The middle audit table of an audited collection that no migration creates. */
  public static String missingCollectionAuditTable(EntityModel entity, TableMapping audit, int migrationCount,
      Optional<String> suggestion, String fixSql) {
    return "audit table '" + audit.name() + "' of the audited collection '" + audit.ownerAttribute() + "' of @Audited entity '"
        + simpleName(entity.qualifiedName()) + "' does not exist after " + migrationCount + " migration"
        + (migrationCount == 1 ? "" : "s") + ", so every change of the collection fails"
        + suggestion.map(s -> "; did you mean '" + s + "'? name it with @AuditJoinTable(name = \"" + s + "\"),")
            .orElse(";")
        + " mark the collection @NotAudited or add a migration: " + fixSql;
  }

  /** A column Envers writes into a secondary or middle audit table that the table lacks. */
  public static String missingAuditTableColumn(EntityModel entity, TableDef table, ColumnMapping column,
      Optional<String> suggestion, String fixSql) {
    return "column '" + table.name() + "." + column.columnName() + "' for " + auditColumnRole(column) + " of @Audited entity '"
        + simpleName(entity.qualifiedName()) + "' does not exist in audit table '" + table.name() + "' (created at "
        + table.createdAt() + ")" + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("")
        + "; add a migration: " + fixSql;
  }

  /** What a column of an audit table is for, as a message names it. */
  static String auditColumnRole(ColumnMapping column) {
    String path = column.attributePath();
    if (path.startsWith("#modified:")) {
      return "the modified flag of '" + path.substring("#modified:".length()) + "'";
    }
    return switch (path) {
      case "#revision" -> "the revision column";
      case "#revisionType" -> "the revision type column";
      case "#revisionEnd" -> "the validity strategy's revision end column";
      case "#revisionEndTimestamp" -> "the validity strategy's revision end timestamp column";
      case "#id" -> "the key";
      case "#discriminator" -> "the discriminator column";
      default -> column.id() ? "the key of the audited collection '" + path + "'" : "the audited field '" + path + "'";
    };
  }

  /** An audited column that is NOT NULL in its audit table, where Envers writes null for deletions. */
  public static String notNullAuditColumn(EntityModel entity, TableDef table, ColumnDef column, String field, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' of the audited field '" + field + "' is NOT NULL ("
        + column.nullabilityChanged() + ") but Hibernate Envers writes null into it in the audit row of every delete of"
        + " @Audited entity '" + simpleName(entity.qualifiedName()) + "', so those deletes fail; set"
        + " org.hibernate.envers.store_data_at_delete=true or add a migration: " + fixSql;
  }
}
