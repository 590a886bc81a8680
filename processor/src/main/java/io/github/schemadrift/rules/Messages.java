package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.ForeignKeyDef;
import io.github.schemadrift.migration.SequenceDef;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.migration.SqlProblem;
import io.github.schemadrift.migration.TableDef;
import io.github.schemadrift.migration.ViewDef;
import java.util.List;
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

  public static String missingViewColumn(ViewDef view, ColumnMapping column, Optional<String> suggestion) {
    return "column '" + column.columnName() + "' mapped by field '" + column.attributePath() + "' is not among the columns of view '"
        + view.name() + "' (created at " + view.createdAt() + ": " + String.join(", ", view.columns()) + ")"
        + suggestion.map(s -> "; did you mean '" + s + "'? map it with @Column(name = \"" + s + "\") or add it to the view")
            .orElse("; map a column the view returns with @Column(name = ...) or add it to the view in a new migration");
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
        + "; ids skip ranges (Hibernate 6+ refuses to start unless increment_size_mismatch_strategy is changed):"
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

  public static String enumValuesNotAllowed(
      TableDef table, ColumnDef column, ColumnMapping mapping, List<String> missing, String allowedBy, SqlLocation changed, String fixSql) {
    String type = simpleName(mapping.type().javaType());
    return "enum '" + type + "' of field '" + mapping.attributePath() + "' has constant" + (missing.size() > 1 ? "s " : " ")
        + missing.stream().map(m -> "'" + m + "'").collect(java.util.stream.Collectors.joining(", "))
        + " that column '" + table.name() + "." + column.name() + "' does not allow (" + allowedBy + ", last changed at "
        + changed + "), so storing " + (missing.size() > 1 ? "them" : "it") + " fails; "
        + (fixSql != null ? "remove the constant or add a migration: " + fixSql : "remove the constant or widen the allowed values in a migration");
  }

  public static String enumOrdinalsNotAllowed(
      TableDef table, ColumnDef column, ColumnMapping mapping, int highest, long allowedMax, String allowedBy, SqlLocation changed, String fixSql) {
    String type = simpleName(mapping.type().javaType());
    return "enum '" + type + "' of field '" + mapping.attributePath() + "' is stored as its ordinal, up to " + highest
        + ", but column '" + table.name() + "." + column.name() + "' allows at most " + allowedMax + " (" + allowedBy
        + ", " + changed + "), so storing the last constants fails; "
        + (fixSql != null ? "store it with @Enumerated(EnumType.STRING) or add a migration: " + fixSql
            : "store it with @Enumerated(EnumType.STRING) or widen the column in a migration");
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

  /**
   * A configured implicit naming strategy that is not a built-in one: its names are assumed to be
   * the default strategy's, and the note says how to say otherwise.
   */
  public static String customImplicitNaming(String strategy, String source, String assumed, String builtIns,
      boolean onClassPath) {
    return source + " names the custom implicit naming strategy '" + strategy + "'"
        + (onClassPath ? "" : " (not on the compile class path)")
        + "; schemadrift cannot run a strategy class at compile time, so implicit table and column names are assumed as "
        + assumed + " names them; if the strategy names them like a built-in one, set"
        + " -Aschemadrift.hibernate.implicit_naming_strategy=<" + builtIns + ">, name them in the mapping"
        + " (@JoinTable, @CollectionTable, @JoinColumn, @Column), or lower the severity of the rules that report them"
        + " (-Aschemadrift.severity.joinTable=warning)";
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
