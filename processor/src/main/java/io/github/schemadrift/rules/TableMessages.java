package io.github.schemadrift.rules;

import static io.github.schemadrift.rules.Messages.simpleName;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.migration.TableDef;
import io.github.schemadrift.migration.ViewDef;
import java.util.List;
import java.util.Optional;

/**
 * The messages of the rules about tables and their columns existing: missing-table, missing-column,
 * join-table, unmapped-not-null, discriminator and primary-key.
 * Part of the one message catalogue ({@link Messages} and its family classes): javac wording, subject
 * first, identifiers quoted, the migration as {@code file:line}, then the fix on either side; no
 * trailing period.
 */
public final class TableMessages {

  private TableMessages() {}

  public static String missingTable(EntityModel entity, int migrationCount, Optional<String> suggestion) {
    return "table '" + entity.tableName() + "' mapped by entity '" + simpleName(entity.qualifiedName())
        + "' does not exist after " + migrationCount + " migration" + (migrationCount == 1 ? "" : "s")
        + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("")
        + suggestion.map(s -> " name it with @Table(name = \"" + s + "\") or add a migration that creates '" + entity.tableName() + "'")
            .orElse("; add a migration that creates it, or name the existing table with @Table(name = ...)");
  }

  /**
   * A table whose mapping names a schema that does not hold it, while other schemas hold a table of
   * that name (each named with the statement that created it).
   */
  public static String tableInOtherSchema(EntityModel entity, TableMapping table, String schema, List<TableDef> found) {
    String where = found.stream()
        .map(t -> "'" + t.schema() + "' (" + t.createdAt() + ")")
        .collect(java.util.stream.Collectors.joining(", "));
    return "table '" + table.name() + "' mapped by entity '" + simpleName(entity.qualifiedName())
        + "' exists in schema " + where + ", not '" + schema + "'; name the schema that holds it in @Table(schema = ...)"
        + " or add a migration that creates '" + schema + "." + table.name() + "'";
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

  /** A mapped column that a migration renamed: both fixes, the mapping's new name and renaming it back. */
  public static String renamedColumn(TableDef table, ColumnMapping column, ColumnDef renamed, String fixSql) {
    return "column '" + table.name() + "." + column.columnName() + "' mapped by field '" + column.attributePath()
        + "' was renamed to '" + renamed.name() + "' at " + renamed.renamedAt() + "; map it with @Column(name = \""
        + renamed.name() + "\") or add a migration that renames it back: " + fixSql;
  }

  /**
   * A mapped column the table lacks beside an unmapped column of its type with a close name: most
   * likely one column under two names, so both fixes keep the data.
   */
  public static String renameCandidate(TableDef table, ColumnMapping column, ColumnDef counterpart, String fixSql) {
    String type = counterpart.type() == null ? "" : counterpart.type().render() + ", ";
    return "column '" + table.name() + "." + column.columnName() + "' mapped by field '" + column.attributePath()
        + "' does not exist in table '" + table.name() + "' (created at " + table.createdAt() + "); did you mean '"
        + counterpart.name() + "' (" + type + "mapped by no entity)? map it with @Column(name = \"" + counterpart.name()
        + "\") or add a migration that renames it, which keeps its data: " + fixSql;
  }

  /** An entity's table that a migration dropped and no later one created again. */
  public static String droppedTable(EntityModel entity, TableMapping table, SqlLocation droppedAt) {
    String what = table.kind() == TableMapping.Kind.SECONDARY ? "secondary table '" : "table '";
    return what + table.name() + "' mapped by entity '" + simpleName(entity.qualifiedName()) + "' was dropped at "
        + droppedAt + "; remove the mapping (or map an existing table with @Table(name = ...)) or add a migration"
        + " that creates '" + table.name() + "' again";
  }

  /**
   * A finding about a table with the lost statement that touched it named where the finding says
   * where each side stands, before the fixes.
   */
  public static String lostStatement(String message, SqlLocation lost) {
    String named = "; the statement at " + lost + " that touches this table could not be parsed and was skipped"
        + " (see its sql-parse warning), which may be why";
    int fixes = message.indexOf("; ");
    return fixes < 0 ? message + named : message.substring(0, fixes) + named + message.substring(fixes);
  }

  public static String missingViewColumn(ViewDef view, ColumnMapping column, Optional<String> suggestion) {
    return "column '" + column.columnName() + "' mapped by field '" + column.attributePath() + "' is not among the columns of view '"
        + view.name() + "' (created at " + view.createdAt() + ": " + String.join(", ", view.columns()) + ")"
        + suggestion.map(s -> "; did you mean '" + s + "'? map it with @Column(name = \"" + s + "\") or add it to the view")
            .orElse("; map a column the view returns with @Column(name = ...) or add it to the view in a new migration");
  }

  /**
   * The identifier is not the table's key; when other tables' foreign keys reference the present
   * key, the fix belongs on the Java side (a migration would have to move those keys too).
   */
  public static String primaryKeyMismatch(
      TableDef table, String idColumns, String primaryKey, ColumnMapping id, String fixSql, List<String> referencedBy) {
    String key = primaryKey.isEmpty() ? "has no primary key" : "has primary key (" + primaryKey + ")";
    return "table '" + table.name() + "' " + key + " (created at " + table.createdAt() + ") but field '"
        + id.attributePath() + "' makes (" + idColumns + ") the identifier; "
        + (fixSql != null && primaryKey.isEmpty()
            ? "add a migration: " + fixSql
            : fixSql != null
            ? "map the key columns with @Id (or @EmbeddedId/@IdClass) or move the key in a migration: " + fixSql
            : !referencedBy.isEmpty()
                ? "foreign keys of " + String.join(", ", referencedBy.stream().limit(3).map(t -> "'" + t + "'").toList())
                    + (referencedBy.size() > 3 ? " and " + (referencedBy.size() - 3) + " more tables" : "")
                    + " reference the present key, so map the key columns with @Id (or @EmbeddedId/@IdClass)"
                : "map the key columns with @Id (or @EmbeddedId/@IdClass) or change the key in a migration");
  }

  /** A missing mapped table that an unmapped table holding its columns most likely is, renamed. */
  public static String renamedTableCandidate(
      EntityModel entity, TableMapping table, int migrationCount, TableDef counterpart, String fixSql) {
    String what = switch (table.kind()) {
      case SECONDARY -> "secondary table";
      case JOIN -> "join table";
      case COLLECTION -> "collection table";
      default -> "table";
    };
    String owner = table.ownerAttribute() != null ? " of field '" + table.ownerAttribute() + "'" : "";
    return what + " '" + table.name() + "'" + owner + " mapped by entity '" + simpleName(entity.qualifiedName())
        + "' does not exist after " + migrationCount + " migration" + (migrationCount == 1 ? "" : "s") + ", but table '"
        + counterpart.name() + "' (created at " + counterpart.createdAt() + ") has its columns and no entity maps it:"
        + " was it renamed? " + (table.kind() == TableMapping.Kind.PRIMARY ? "name it with @Table(name = \"" + counterpart.name()
            + "\")" : "name it in the mapping") + " or rename it back: " + fixSql;
  }

  public static String missingJoinTable(
      EntityModel entity, TableMapping table, int migrationCount, Optional<String> suggestion, String fixSql) {
    return missingMappedTable(entity, table, migrationCount, suggestion) + ": " + fixSql;
  }

  /**
   * A join or collection table whose mapping names a schema that does not hold it, while other
   * schemas hold a table of that name.
   */
  public static String joinTableInOtherSchema(EntityModel entity, TableMapping table, String schema, List<TableDef> found) {
    String what = table.kind() == TableMapping.Kind.COLLECTION ? "collection table" : "join table";
    String owner = table.ownerAttribute() != null ? " of field '" + table.ownerAttribute() + "'" : "";
    String where = found.stream()
        .map(t -> "'" + t.schema() + "' (" + t.createdAt() + ")")
        .collect(java.util.stream.Collectors.joining(", "));
    return what + " '" + table.name() + "'" + owner + " mapped by entity '" + simpleName(entity.qualifiedName())
        + "' exists in schema " + where + ", not '" + schema + "'; name the schema that holds it in the mapping"
        + " or add a migration that creates '" + schema + "." + table.name() + "'";
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
}
