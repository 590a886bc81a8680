package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.entity.UniqueKey;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A column the mapping declares unique on its own ({@code unique = true}, a {@code @OneToOne} join
 * column) that no unique constraint, unique index or single-column primary key covers exactly, and
 * likewise a unique key over several columns ({@code @UniqueConstraint} of a table annotation,
 * Hibernate's {@code @NaturalId}) that nothing covers on exactly those columns, in any order. A
 * warning: inserts still work, only duplicates are no longer prevented. The reverse, a unique
 * constraint the entity does not declare, is deliberately not reported: many projects enforce
 * uniqueness in the database only, and saying so on every such column would drown real drift.
 */
public final class UniqueRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("unique", "a column declared unique has no unique constraint", Severity.WARNING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {}

  @Override
  public void checkAll(List<EntityModel> entities, SchemaModel schema, Consumer<Finding> findings) {
    Dialect dialect = schema.dialect();
    Set<String> seen = new HashSet<>();
    for (ResolvedEntities.Entity resolved : ResolvedEntities.of(entities, schema).rootsFirst()) {
      EntityModel entity = resolved.model();
      for (ResolvedEntities.Table resolvedTable : resolved.tables()) {
        TableMapping mapped = resolvedTable.mapped();
        if (mapped.kind() == TableMapping.Kind.FOREIGN || mapped.kind() == TableMapping.Kind.GENERATOR) {
          continue;
        }
        Optional<TableDef> found = resolvedTable.found();
        if (found.isEmpty()) {
          continue;
        }
        TableDef table = found.get();
        uniqueKeys(entity, mapped, table, dialect, seen, findings);
        if (mapped.kind() != TableMapping.Kind.PRIMARY && mapped.kind() != TableMapping.Kind.SECONDARY) {
          continue;
        }
        List<ColumnMapping> mappings = mapped.columns();
        for (int i : resolvedTable.uniqueColumns()) {
          ColumnMapping mapping = mappings.get(i);
          Optional<ColumnDef> column = Optional.ofNullable(resolvedTable.column(i));
          if (column.isEmpty()) {
            continue; // missing-column reports it
          }
          String key = resolvedTable.key(i).toLowerCase(Locale.ROOT); // a found column's key is the mapped name's key
          if (covered(table, key) || !seen.add(dialect.key(table.name(), table.quoted()) + "." + key)) {
            continue;
          }
          String reason = mapping.positions().containsKey("unique") || mapping.relationship() == null
              ? "unique = true" : "a @OneToOne join column";
          String fix = FixSql.addUnique(dialect, table, column.get());
          findings.accept(new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(),
              KeyMessages.uniqueMissing(table, column.get(), mapping, reason, fix), mapping.position("unique"),
              column.get().lastChanged(), entity.qualifiedName() + "#" + mapping.attributePath(), fix));
        }
      }
    }
  }

  /**
   * The unique keys declared over several columns ({@code @UniqueConstraint}, {@code @NaturalId}):
   * each needs a constraint, unique index or primary key on exactly its columns, in any order.
   */
  private static void uniqueKeys(EntityModel entity, TableMapping mapped, TableDef table, Dialect dialect, Set<String> seen,
      Consumer<Finding> findings) {
    for (UniqueKey declared : mapped.uniqueKeys()) {
      List<ColumnDef> columns = new ArrayList<>();
      for (int i = 0; i < declared.columns().size(); i++) {
        table.column(dialect, declared.columns().get(i), declared.quoted().get(i)).ifPresent(columns::add);
      }
      if (columns.size() != declared.columns().size()) {
        continue; // missing-column reports a mapped column that does not exist; a wrong name Hibernate rejects itself
      }
      Set<String> keys = new TreeSet<>();
      for (ColumnDef column : columns) {
        keys.add(dialect.key(column.name(), column.quoted()).toLowerCase(Locale.ROOT));
      }
      if (covered(table, keys) || !seen.add(dialect.key(table.name(), table.quoted()) + "." + String.join(",", keys))) {
        continue;
      }
      String fix = FixSql.addUniqueKey(dialect, table, columns, declared.name());
      findings.accept(new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(),
          KeyMessages.uniqueKeyMissing(table, columns, declared.origin(), fix), declared.position(),
          table.createdAt(), entity.qualifiedName() + "#" + declared.origin() + "(" + String.join(",", keys) + ")", fix));
    }
  }

  /** Whether exactly this one column is kept unique: a constraint, a unique index or the whole primary key. */
  private static boolean covered(TableDef table, String key) {
    return covered(table, Set.of(key));
  }

  /** Whether exactly these columns, in any order, are kept unique together. */
  private static boolean covered(TableDef table, Set<String> keys) {
    return sameColumns(table.primaryKey(), keys)
        || table.uniques().stream().anyMatch(u -> sameColumns(u.columns(), keys))
        || table.indexes().stream().anyMatch(i -> i.unique() && sameColumns(i.columns(), keys));
  }

  private static boolean sameColumns(List<String> columns, Set<String> keys) {
    List<String> lower = lower(columns);
    return lower.size() == keys.size() && keys.containsAll(lower);
  }

  private static List<String> lower(List<String> keys) {
    return keys.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
  }
}
