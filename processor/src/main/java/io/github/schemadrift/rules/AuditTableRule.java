package io.github.schemadrift.rules;

import io.github.schemadrift.entity.AuditMapping;
import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SequenceDef;
import io.github.schemadrift.migration.TableDef;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Hibernate Envers' tables for {@code @Audited} entities: each entity's audit table with its id,
 * revision, revision type and audited columns (and the validity strategy's and modified flags'
 * columns when configured), the audit tables of its secondary tables, the middle audit tables of
 * its audited collections, and the default revision table {@code REVINFO} (unless the compilation
 * maps its own {@code @RevisionEntity}, which the other rules check). A missing one makes every
 * write of an audited entity fail. Beyond existence, one thing is judged: an audited column that
 * is NOT NULL in its audit table, which fails the audit row of every delete (a warning, since an
 * application may never delete that entity). Types are the other rules' business.
 */
public final class AuditTableRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("audit-table", "an Envers audit or revision table or column does not exist", Severity.ERROR);

  private enum Role { ENTITY, SECONDARY, COLLECTION, REVISION }

  /** The allocation size of the default revision entity's sequence in Hibernate 7. */
  private static final int REVISION_ALLOCATION = 50;

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {
    AuditMapping audit = entity.audit();
    if (audit == null) {
      return;
    }
    checkTable(entity, audit.table(), Role.ENTITY, null, schema, findings);
    for (TableMapping secondary : audit.secondaryTables()) {
      checkTable(entity, secondary, Role.SECONDARY, secondary.ownerAttribute(), schema, findings);
    }
    for (TableMapping collection : audit.collectionTables()) {
      checkTable(entity, collection, Role.COLLECTION, null, schema, findings);
    }
  }

  /** The revision table is shared by every audited entity: it is reported once, on the first of them. */
  @Override
  public void checkAll(List<EntityModel> entities, SchemaModel schema, Consumer<Finding> findings) {
    entities.stream()
        .filter(e -> e.audit() != null && e.audit().revisionTable() != null)
        .min(Comparator.comparing(EntityModel::qualifiedName))
        .ifPresent(first -> {
          checkTable(first, first.audit().revisionTable(), Role.REVISION, null, schema, findings);
          checkRevisionNumbering(first, schema, findings);
        });
  }

  /**
   * Something must number Envers' default revisions. Hibernate 7 uses its native generator: a
   * sequence named after the revision table ({@code REVINFO_SEQ}, allocation 50) on PostgreSQL and
   * Oracle, the database's identity on H2, MySQL, MariaDB and SQL Server (the DDL Hibernate
   * generates for each, checked in {@code EnversOracleTest}); Hibernate 6 used {@code REVINFO_SEQ}
   * everywhere (a table where there are no sequences) and Hibernate 5 {@code hibernate_sequence}.
   * On PostgreSQL and Oracle every version reads a sequence, so an identity or default on
   * {@code REV} does not help there; elsewhere any of these is accepted, so no Hibernate version is
   * wrongly blamed. When none exists the first audited write fails. A {@code REVINFO_SEQ} that
   * steps by less than 50 hands out colliding numbers.
   */
  private static void checkRevisionNumbering(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {
    AuditMapping audit = entity.audit();
    TableMapping revision = audit.revisionTable();
    Optional<TableDef> table = TableLookup.find(schema, revision);
    ColumnMapping rev = revision.columns().stream().filter(c -> c.attributePath().equals(AuditMapping.REVISION))
        .findFirst().orElse(null);
    Optional<ColumnDef> column =
        table.isEmpty() || rev == null ? Optional.empty() : table.get().column(schema.dialect(), rev.columnName(), rev.quoted());
    if (column.isEmpty()) {
      return; // the missing table or column is reported already
    }
    String name = revision.name() + "_SEQ";
    Optional<SequenceDef> sequence = schema.sequence(name, false);
    if (sequence.isPresent()) {
      if (sequence.get().increment() < REVISION_ALLOCATION && !column.get().identity()) {
        String fix = FixSql.alterSequenceIncrement(sequence.get().name(), REVISION_ALLOCATION);
        findings.accept(new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(),
            AuditMessages.revisionSequenceIncrement(entity, sequence.get(), REVISION_ALLOCATION, fix), audit.position(),
            sequence.get().lastChanged(), "~envers#" + name + "#increment", fix));
      }
      return;
    }
    Dialect dialect = schema.dialect();
    boolean sequences = dialect == Dialect.POSTGRESQL || dialect == Dialect.ORACLE;
    if (schema.sequence("hibernate_sequence", false).isPresent()) {
      return; // Hibernate 5, or the legacy naming (hibernate.id.db_structure_naming_strategy)
    }
    if (!sequences && (column.get().identity() || column.get().defaultValue() != null
        || schema.table(name, false).isPresent() || schema.table("hibernate_sequence", false).isPresent())) {
      return; // where Hibernate leaves numbering to the database, or keeps a generator table
    }
    String fix = sequences
        ? FixSql.createSequence(name, 1, REVISION_ALLOCATION)
        : FixSql.makeIdentity(dialect, table.get(), column.get());
    findings.accept(new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(),
        AuditMessages.revisionNotNumbered(entity, table.get(), column.get(), name, sequences, fix), audit.position(),
        column.get().lastChanged(), "~envers#" + table.get().name() + "." + column.get().name() + "#numbering", fix));
  }

  private static void checkTable(EntityModel entity, TableMapping expected, Role role, String secondaryTable,
      SchemaModel schema, Consumer<Finding> findings) {
    AuditMapping audit = entity.audit();
    String subject = (role == Role.REVISION ? "~envers#" : entity.qualifiedName() + "#") + expected.name();
    Optional<TableDef> found = TableLookup.find(schema, expected);
    if (found.isEmpty()) {
      // never suggest a table the entity already maps, nor another of its audit tables
      List<String> own = Stream.of(entity.tables().stream(), Stream.of(audit.table()), audit.secondaryTables().stream(),
              audit.collectionTables().stream())
          .flatMap(s -> s).map(TableMapping::name).filter(n -> !n.equals(expected.name())).toList();
      Optional<String> suggestion = NameSuggestions.closest(expected.name(),
          schema.tables().values().stream().map(TableDef::name).filter(n -> !own.contains(n)).toList());
      String fix = FixSql.createKeyedTable(schema.dialect(), expected);
      int count = schema.migrations().size();
      String message = switch (role) {
        case REVISION -> AuditMessages.missingRevisionTable(entity, expected, count, suggestion, fix);
        case ENTITY -> AuditMessages.missingAuditTable(entity, expected, count, suggestion, fix);
        case SECONDARY -> AuditMessages.missingSecondaryAuditTable(entity, expected, secondaryTable, count, suggestion, fix);
        case COLLECTION -> AuditMessages.missingCollectionAuditTable(entity, expected, count, suggestion, fix);
      };
      findings.accept(new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(), message,
          role == Role.REVISION ? audit.position() : expected.position(), null, subject, fix));
      return;
    }
    TableDef table = found.get();
    for (ColumnMapping column : expected.columns()) {
      Optional<ColumnDef> def = table.column(schema.dialect(), column.columnName(), column.quoted());
      if (def.isPresent()) {
        if (role != Role.REVISION && role != Role.COLLECTION && audit.nullsAtDelete() && !column.id()
            && !column.attributePath().startsWith("#") && !def.get().nullable()) {
          String fix = FixSql.dropNotNull(schema.dialect(), table, def.get());
          findings.accept(new Finding(DESCRIPTOR, Severity.WARNING,
              AuditMessages.notNullAuditColumn(entity, table, def.get(), column.attributePath(), fix),
              column.columnAnnotation(), def.get().nullabilityChanged(), subject + "." + column.columnName() + "#notnull", fix));
        }
        continue;
      }
      Optional<String> suggestion =
          NameSuggestions.closest(column.columnName(), table.columns().stream().map(ColumnDef::name).toList());
      String fix = FixSql.addColumn(schema.dialect(), table, column);
      String message = switch (role) {
        case REVISION -> AuditMessages.missingRevisionColumn(entity, table, column, suggestion, fix);
        case ENTITY -> AuditMessages.missingAuditColumn(entity, table, column, suggestion, fix);
        case SECONDARY, COLLECTION -> AuditMessages.missingAuditTableColumn(entity, table, column, suggestion, fix);
      };
      findings.accept(new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(), message,
          role == Role.REVISION ? audit.position() : column.columnAnnotation(), table.createdAt(),
          subject + "." + column.columnName(), fix));
    }
  }
}
