package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.Generation;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SequenceDef;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The database cannot generate the identifier the way {@code @GeneratedValue} asks. {@code IDENTITY}
 * over a column that is neither identity, serial, auto-increment nor defaulted; a {@code SEQUENCE}
 * (or numeric {@code AUTO}, which Hibernate 7 resolves to the sequence {@code <entity>_SEQ} with
 * increment 50) whose sequence is missing; a sequence whose {@code INCREMENT BY} is smaller than
 * {@code allocationSize} (duplicate keys with the pooled optimizer); a {@code @TableGenerator}
 * table that is missing: errors, as inserts fail. A larger increment is an error too: Hibernate 6+
 * refuses to start on any mismatch by default (hibernateproof/SequenceIncrementProofTest). Nothing is said
 * when the generator is not surely known (a name with no generator annotation in reach, a Hibernate
 * generator annotation), for Oracle identity columns (filled by triggers before 12c), or when
 * {@code allocationSize} is 1 (no optimizer, a larger increment only leaves gaps).
 */
public final class GenerationRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("generation", "the database cannot generate the identifier as @GeneratedValue asks", Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {}

  @Override
  public void checkAll(List<EntityModel> entities, SchemaModel schema, Consumer<Finding> findings) {
    Set<String> seen = new HashSet<>();
    Map<String, List<TableUse>> tableUses = new LinkedHashMap<>();
    for (ResolvedEntities.Entity resolved : ResolvedEntities.of(entities, schema).inOrder()) {
      EntityModel entity = resolved.model();
      if (entity.inheritance() == EntityModel.Inheritance.JOINED && !entity.traits().root().equals(entity.qualifiedName())) {
        continue; // a joined subclass's key copies the root's, which the root's check covers
      }
      for (ResolvedEntities.Table resolvedTable : resolved.tables()) {
        TableMapping mapped = resolvedTable.mapped();
        if (mapped.kind() != TableMapping.Kind.PRIMARY) {
          continue;
        }
        List<ColumnMapping> columns = mapped.columns();
        for (int i : resolvedTable.generatedColumns()) {
          ColumnMapping id = columns.get(i);
          Generation generation = id.generation();
          if (!generation.resolved()) {
            continue;
          }
          switch (generation.strategy()) {
            case "IDENTITY" -> identity(entity, mapped, id, resolvedTable.found(), resolvedTable.column(i), schema, seen, findings);
            case "SEQUENCE", "AUTO" -> {
              if (generation.sequenceName() != null) {
                sequence(entity, id, generation, schema, seen, findings);
              }
            }
            case "TABLE" -> table(entity, mapped, id, generation, schema, tableUses);
            default -> { } // UUID: generated in Java
          }
        }
      }
    }
    tableUses.values().forEach(uses -> tableMissing(uses, schema.dialect(), schema.migrations().size(), findings));
  }

  /** An entity whose id a missing generator table generates, reported once per table with every use's row in the fix. */
  private record TableUse(EntityModel entity, ColumnMapping id, FixGeneratorTable.Use use) {}

  private static void identity(
      EntityModel entity, TableMapping mapped, ColumnMapping id, Optional<TableDef> table, ColumnDef found, SchemaModel schema,
      Set<String> seen, Consumer<Finding> findings) {
    Dialect dialect = schema.dialect();
    if (dialect == Dialect.ORACLE) {
      return; // a trigger may fill the key, and triggers are not replayed
    }
    Optional<ColumnDef> column = Optional.ofNullable(found); // the id's column in the mapped table, resolved once per round
    if (column.isEmpty()) {
      return; // missing-table and missing-column report it
    }
    ColumnDef c = column.get();
    if (c.identity() || c.generated() || c.defaultValue() != null || (c.type() != null && c.type().isSerial())) {
      return;
    }
    if (!seen.add("identity:" + dialect.key(mapped.name(), mapped.quoted()) + "." + dialect.key(c.name(), c.quoted()))) {
      return;
    }
    String fix = FixSql.makeIdentity(dialect, table.get(), c);
    String migration = fix != null ? FixData.restartIdentity(dialect, table.get(), c, fix)
        : dialect == Dialect.SQLSERVER ? FixIdentityRebuild.sqlServer(schema, table.get(), c) : null;
    findings.accept(new Finding(DESCRIPTOR, Severity.ERROR, KeyMessages.identityMissing(table.get(), c, id, fix),
        id.position("strategy"), c.lastChanged(), entity.qualifiedName() + "#" + id.attributePath(), migration));
  }

  private static void sequence(
      EntityModel entity, ColumnMapping id, Generation generation, SchemaModel schema, Set<String> seen, Consumer<Finding> findings) {
    Dialect dialect = schema.dialect();
    int dot = generation.sequenceName().lastIndexOf('.');
    String name = generation.sequenceName().substring(dot + 1);
    String sequenceSchema = sequenceSchema(dialect, generation);
    boolean implicit = generation.generator() == null && name.toUpperCase(java.util.Locale.ROOT).endsWith("_SEQ");
    String subject = entity.qualifiedName() + "#" + id.attributePath();
    Optional<SequenceDef> sequence = schema.sequence(sequenceSchema, name, false);
    if (sequence.isEmpty() && sequenceSchema != null && !schema.sequencesNamed(name, false).isEmpty()) {
      if (seen.add("sequence:" + sequenceSchema + "." + dialect.key(name, false))) {
        findings.accept(new Finding(DESCRIPTOR, Severity.ERROR,
            KeyMessages.sequenceInOtherSchema(id, name, sequenceSchema, schema.sequencesNamed(name, false)),
            id.position("strategy"), null, subject));
      }
      return;
    }
    if (sequence.isEmpty()) {
      boolean tableAllowed = dialect == Dialect.MYSQL;
      if (tableAllowed && schema.table(sequenceSchema, name, false).isPresent()) {
        return; // MySQL has no sequences: Hibernate keeps the value in a table of that name
      }
      if (implicit && schema.sequence("hibernate_sequence", false).isPresent()) {
        return; // the legacy naming (hibernate.id.db_structure_naming_strategy) may be configured
      }
      if (!seen.add("sequence:" + dialect.key(name, false))) {
        return;
      }
      String fix = tableAllowed
          ? "CREATE TABLE " + name + " (next_val bigint);\nINSERT INTO " + name + " VALUES (" + generation.initialValue() + ")"
          : FixSql.createSequence(name, generation.initialValue(), generation.allocationSize());
      findings.accept(new Finding(DESCRIPTOR, Severity.ERROR,
          KeyMessages.sequenceMissing(id, name, implicit, tableAllowed, fix), id.position("strategy"), null, subject,
          restarted(schema, entity, id, name, generation, fix, tableAllowed)));
      return;
    }
    SequenceDef s = sequence.get();
    int allocation = generation.allocationSize();
    if (allocation <= 1 || s.increment() == allocation) {
      return;
    }
    if (!seen.add("increment:" + dialect.key(name, false) + ":" + allocation)) {
      return;
    }
    String fix = FixSql.alterSequenceIncrement(s.name(), allocation);
    boolean smaller = s.increment() < allocation;
    // either way Hibernate 6+ refuses to start (SequenceIncrementProofTest): an error
    findings.accept(new Finding(DESCRIPTOR, Severity.ERROR,
        smaller ? KeyMessages.sequenceIncrementSmaller(s, id, allocation, fix) : KeyMessages.sequenceIncrementLarger(s, id, allocation, fix),
        id.position("allocationSize"), s.lastChanged(), subject, restarted(schema, entity, id, s.name(), generation, fix, false)));
  }

  /**
   * The schema the generator names for its sequence: {@code @SequenceGenerator(schema)} (on MySQL
   * and MariaDB, where a schema is a database, {@code catalog}), else the qualifier of a dotted
   * {@code sequenceName}; null when it names none (Hibernate's {@code default_schema} applies).
   */
  static String sequenceSchema(Dialect dialect, Generation generation) {
    boolean mySql = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
    String named = mySql ? generation.sequenceCatalog() : generation.sequenceSchema();
    if (named != null && !named.isBlank()) {
      return named;
    }
    int dot = generation.sequenceName().lastIndexOf('.');
    if (dot <= 0) {
      return null;
    }
    String qualifier = generation.sequenceName().substring(0, dot);
    return qualifier.substring(qualifier.lastIndexOf('.') + 1);
  }

  private static void table(
      EntityModel entity, TableMapping mapped, ColumnMapping id, Generation generation, SchemaModel schema,
      Map<String, List<TableUse>> uses) {
    Dialect dialect = schema.dialect();
    String name = generation.tableName();
    if (name == null || schema.table(name, false).isPresent()) {
      return;
    }
    Optional<TableMapping> generatorTable = entity.tables().stream()
        .filter(t -> t.kind() == TableMapping.Kind.GENERATOR && t.name().equals(name))
        .findFirst();
    Optional<TableDef> owner = TableLookup.primary(schema, entity);
    Optional<ColumnDef> idColumn = owner.flatMap(t -> t.column(dialect, id.columnName(), id.quoted()));
    FixGeneratorTable.Use use = generatorTable.map(t -> new FixGeneratorTable.Use(t, mapped.name(),
        idColumn.isPresent() ? owner.get() : null, idColumn.map(ColumnDef::name).orElse(null), generation)).orElse(null);
    uses.computeIfAbsent(dialect.key(name, false), k -> new ArrayList<>()).add(new TableUse(entity, id, use));
  }

  private static void tableMissing(List<TableUse> uses, Dialect dialect, int migrations, Consumer<Finding> findings) {
    TableUse first = uses.get(0);
    List<FixGeneratorTable.Use> rows = uses.stream().map(TableUse::use).filter(java.util.Objects::nonNull).toList();
    String create = first.use() == null ? null : FixGeneratorTable.create(dialect, first.use().generatorTable());
    findings.accept(new Finding(DESCRIPTOR, Severity.ERROR,
        KeyMessages.generatorTableMissing(first.entity(), first.id(), first.id().generation().tableName(), migrations, create),
        first.id().position("strategy"), null, first.entity().qualifiedName() + "#" + first.id().attributePath(),
        first.use() == null ? null : FixGeneratorTable.fix(dialect, rows)));
  }

  /** Whether a mapped table is a generator's, which this rule reports rather than missing-table. */
  static boolean covers(TableMapping table) {
    return table.kind() == TableMapping.Kind.GENERATOR;
  }

  /** The created sequence (or MySQL's sequence table) restarted past the ids the entity's table may hold. */
  private static String restarted(
      SchemaModel schema, EntityModel entity, ColumnMapping id, String name, Generation generation, String create, boolean table) {
    Dialect dialect = schema.dialect();
    Optional<TableDef> owner = TableLookup.primary(schema, entity);
    if (owner.isEmpty() || owner.get().column(dialect, id.columnName(), id.quoted()).isEmpty()) {
      return create; // a table created by this fix migration holds no ids yet
    }
    String column = owner.get().column(dialect, id.columnName(), id.quoted()).get().name();
    if (table) {
      return "CREATE TABLE " + name + " (next_val bigint);\n-- the first value comes after the largest id in "
          + owner.get().name() + ", which may hold rows\nINSERT INTO " + name + " SELECT COALESCE(MAX(" + column + "), 0) + "
          + Math.max(1, generation.allocationSize()) + " FROM " + owner.get().name();
    }
    return FixData.restartSequence(dialect, create, name, owner.get(), column, generation.allocationSize());
  }
}
