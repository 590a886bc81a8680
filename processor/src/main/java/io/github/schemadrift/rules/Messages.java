package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.SqlProblem;
import io.github.schemadrift.migration.TableDef;
import java.util.Optional;

/**
 * Every message text schemadrift prints, built in one place so wording stays consistent and tests
 * can assert through the same functions. javac wording: subject first, identifiers quoted, the
 * migration as {@code file:line}, then the fix on either side; no trailing period.
 */
public final class Messages {

  private Messages() {}

  public static String missingTable(EntityModel entity, int migrationCount, Optional<String> suggestion) {
    return "table '" + entity.tableName() + "' mapped by entity '" + simpleName(entity.qualifiedName())
        + "' does not exist after " + migrationCount + " migration" + (migrationCount == 1 ? "" : "s")
        + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("")
        + suggestion.map(s -> " name it with @Table(name = \"" + s + "\") or add a migration that creates '" + entity.tableName() + "'")
            .orElse("; add a migration that creates it, or name the existing table with @Table(name = ...)");
  }

  /** A secondary, join, collection or generator table of an entity that does not exist. */
  public static String missingMappedTable(
      EntityModel entity, TableMapping table, int migrationCount, Optional<String> suggestion) {
    String what = switch (table.kind()) {
      case SECONDARY -> "secondary table";
      case JOIN -> "join table";
      case COLLECTION -> "collection table";
      case GENERATOR -> "id generator table";
      default -> "table";
    };
    String owner = table.ownerAttribute() != null ? " of field '" + table.ownerAttribute() + "'" : "";
    return what + " '" + table.name() + "'" + owner + " mapped by entity '" + simpleName(entity.qualifiedName())
        + "' does not exist after " + migrationCount + " migration" + (migrationCount == 1 ? "" : "s")
        + suggestion.map(s -> "; did you mean '" + s + "'? name it in the mapping or add a migration that creates '"
            + table.name() + "'").orElse("; add a migration that creates it, or name the existing table in the mapping");
  }

  public static String missingColumn(
      TableDef table, ColumnMapping column, Optional<String> suggestion, String fixSql) {
    return "column '" + table.name() + "." + column.columnName() + "' mapped by field '"
        + column.attributePath() + "' does not exist in table '" + table.name() + "' (created at "
        + table.createdAt() + ")"
        + suggestion.map(s -> "; did you mean '" + s + "'? map it with @Column(name = \"" + s + "\") or add a migration: ")
            .orElse("; map an existing column with @Column(name = ...) or add a migration: ")
        + fixSql;
  }

  public static String nullableButDeclaredNotNull(TableDef table, ColumnDef column, ColumnMapping mapping, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' is nullable (" + column.nullabilityChanged()
        + ") but field '" + mapping.attributePath() + "' is declared nullable = false; make it @Column(nullable = true) or add a migration: "
        + fixSql;
  }

  public static String nullableButPrimitive(TableDef table, ColumnDef column, ColumnMapping mapping, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' is nullable (" + column.nullabilityChanged()
        + ") but field '" + mapping.attributePath() + "' has primitive type '" + mapping.javaType()
        + "', which cannot hold NULL; use the wrapper type or add a migration: " + fixSql;
  }

  public static String nullableButId(TableDef table, ColumnDef column, ColumnMapping mapping, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' is nullable (" + column.nullabilityChanged()
        + ") but field '" + mapping.attributePath() + "' is the entity's @Id; add a migration: " + fixSql;
  }

  public static String notNullButDeclaredNullable(TableDef table, ColumnDef column, ColumnMapping mapping, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' is NOT NULL (" + column.nullabilityChanged()
        + ") but field '" + mapping.attributePath() + "' is declared nullable = true; make it @Column(nullable = false) or add a migration: "
        + fixSql;
  }

  public static String notNullButUndeclared(TableDef table, ColumnDef column, ColumnMapping mapping, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' is NOT NULL (" + column.nullabilityChanged()
        + ") but field '" + mapping.attributePath() + "' does not say so; add @Column(nullable = false) or add a migration: "
        + fixSql;
  }

  public static String typeMismatch(
      TableDef table, ColumnDef column, ColumnMapping mapping, String preferred, boolean lossy, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' has type '" + column.type().render() + "' ("
        + column.lastChanged() + ") but field '" + mapping.attributePath() + "' is '" + mapping.javaType()
        + "', which Hibernate maps to " + preferred
        + (lossy ? "; values that do not fit are lost or rejected" : "; reads and writes fail")
        + ": change the field's type or add a migration: " + fixSql;
  }

  public static String primaryKeyMismatch(
      TableDef table, String idColumns, String primaryKey, ColumnMapping id, String fixSql) {
    String key = primaryKey.isEmpty() ? "has no primary key" : "has primary key (" + primaryKey + ")";
    return "table '" + table.name() + "' " + key + " (created at " + table.createdAt() + ") but field '"
        + id.attributePath() + "' makes (" + idColumns + ") the identifier; "
        + (fixSql != null
            ? "add a migration: " + fixSql
            : "map the key columns with @Id (or @EmbeddedId/@IdClass) or change the key in a migration");
  }

  public static String missingJoinTable(
      EntityModel entity, TableMapping table, int migrationCount, Optional<String> suggestion, String fixSql) {
    return missingMappedTable(entity, table, migrationCount, suggestion) + ": " + fixSql;
  }

  public static String missingJoinTableColumn(
      TableMapping mapped, TableDef table, ColumnMapping column, Optional<String> suggestion, String fixSql) {
    String what = mapped.kind() == TableMapping.Kind.COLLECTION ? "collection table" : "join table";
    String owner = mapped.ownerAttribute() != null ? " of field '" + mapped.ownerAttribute() + "'" : "";
    return "column '" + table.name() + "." + column.columnName() + "' of " + what + " '" + table.name() + "'" + owner
        + " does not exist (table created at " + table.createdAt() + ")"
        + suggestion.map(s -> "; did you mean '" + s + "'? name it in the mapping or add a migration: ")
            .orElse("; name an existing column in the mapping or add a migration: ")
        + fixSql;
  }

  public static String columnTooNarrow(
      TableDef table, ColumnDef column, ColumnMapping mapping, int required, String source, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' has type '" + column.type().render() + "' ("
        + column.lastChanged() + ") but field '" + mapping.attributePath() + "' allows " + required
        + " characters (" + source + "); longer values are rejected or cut: shorten the mapping or add a migration: " + fixSql;
  }

  public static String numericTooNarrow(
      TableDef table, ColumnDef column, ColumnMapping mapping, int precision, int scale, boolean rounds, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' has type '" + column.type().render() + "' ("
        + column.lastChanged() + ") but field '" + mapping.attributePath() + "' is declared precision = " + precision
        + ", scale = " + scale + (rounds ? "; digits after the point are rounded away" : "; large values are rejected")
        + ": change the declaration or add a migration: " + fixSql;
  }

  public static String unmappedNotNull(
      EntityModel entity, TableMapping mapped, TableDef table, ColumnDef column, boolean readOnly, String fixSql) {
    String mapping = readOnly
        ? "is mapped only with insertable = false"
        : "is not mapped by entity '" + simpleName(entity.qualifiedName()) + "'"
            + (mapped.kind() == TableMapping.Kind.PRIMARY || mapped.ownerAttribute() == null ? "" : " (field '" + mapped.ownerAttribute() + "')");
    return "column '" + table.name() + "." + column.name() + "' is NOT NULL without a default ("
        + column.nullabilityChanged() + ") but " + mapping + ", so every insert into '" + table.name()
        + "' fails; map it (or give it a default) or add a migration: " + fixSql;
  }

  public static String missingDiscriminator(EntityModel root, TableDef table, ColumnMapping discriminator, String fixSql) {
    return "discriminator column '" + table.name() + "." + discriminator.columnName() + "' of the hierarchy of entity '"
        + simpleName(root.qualifiedName()) + "' does not exist in table '" + table.name() + "' (created at "
        + table.createdAt() + "); name the existing column with @DiscriminatorColumn(name = ...) or add a migration: "
        + fixSql;
  }

  public static String discriminatorTooNarrow(
      EntityModel member, TableDef table, ColumnDef column, String value, String fixSql) {
    return "discriminator value '" + value + "' of entity '" + simpleName(member.qualifiedName()) + "' has "
        + value.length() + " characters but column '" + table.name() + "." + column.name() + "' is '"
        + column.type().render() + "' (" + column.lastChanged() + "), so every insert of '"
        + simpleName(member.qualifiedName()) + "' fails; set a shorter @DiscriminatorValue or add a migration: " + fixSql;
  }

  public static String sqlProblem(SqlProblem problem) {
    String wayOut = problem.ruleId().equals("sql-parse")
        ? "; the statement is skipped: fix it, or suppress with -Aschemadrift.severity.sqlParse=off"
        : "; the statement is skipped: suppress with -Aschemadrift.severity.sqlUnsupported=off";
    return problem.place() + ": " + problem.message() + wayOut;
  }

  public static String internalError(String version, String subject, Throwable error) {
    return "schemadrift " + version + " failed while checking '" + subject + "': " + error
        + "; other entities are still checked. Please report this with the entity and migrations involved";
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

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
    String what = switch (column.attributePath()) {
      case "#revision" -> "the revision column";
      case "#revisionType" -> "the revision type column";
      default -> "the audited field '" + column.attributePath() + "'";
    };
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

  /** A column of Envers' default revision table that the table lacks. */
  public static String missingRevisionColumn(EntityModel entity, TableDef table, ColumnMapping column,
      Optional<String> suggestion, String fixSql) {
    return "column '" + table.name() + "." + column.columnName() + "' of the revision table that Hibernate Envers needs for"
        + " @Audited entity '" + simpleName(entity.qualifiedName()) + "' does not exist (created at " + table.createdAt()
        + ")" + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("")
        + "; map the existing table with a @RevisionEntity or add a migration: " + fixSql;
  }
}
