package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A column the mapping declares unique on its own ({@code unique = true}, a {@code @OneToOne} join
 * column) that no unique constraint, unique index or single-column primary key covers exactly. A
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
    List<EntityModel> rootsFirst = new ArrayList<>(entities);
    rootsFirst.sort(Comparator.comparing((EntityModel e) -> !e.traits().root().equals(e.qualifiedName())));
    for (EntityModel entity : rootsFirst) {
      for (TableMapping mapped : entity.tables()) {
        if (mapped.kind() != TableMapping.Kind.PRIMARY && mapped.kind() != TableMapping.Kind.SECONDARY) {
          continue;
        }
        Optional<TableDef> found = schema.table(mapped.name(), mapped.quoted());
        if (found.isEmpty()) {
          continue;
        }
        TableDef table = found.get();
        for (ColumnMapping mapping : mapped.columns()) {
          if (!mapping.shape().unique()) {
            continue;
          }
          Optional<ColumnDef> column = table.column(dialect, mapping.columnName(), mapping.quoted());
          if (column.isEmpty()) {
            continue; // missing-column reports it
          }
          String key = dialect.key(column.get().name(), column.get().quoted()).toLowerCase(Locale.ROOT);
          if (covered(table, key) || !seen.add(dialect.key(table.name(), table.quoted()) + "." + key)) {
            continue;
          }
          String reason = mapping.positions().containsKey("unique") || mapping.relationship() == null
              ? "unique = true" : "a @OneToOne join column";
          String fix = FixSql.addUnique(dialect, table, column.get());
          findings.accept(new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(),
              Messages.uniqueMissing(table, column.get(), mapping, reason, fix), mapping.position("unique"),
              column.get().lastChanged(), entity.qualifiedName() + "#" + mapping.attributePath(), fix));
        }
      }
    }
  }

  /** Whether exactly this one column is kept unique: a constraint, a unique index or the whole primary key. */
  private static boolean covered(TableDef table, String key) {
    List<String> only = List.of(key);
    return lower(table.primaryKey()).equals(only)
        || table.uniques().stream().anyMatch(u -> lower(u.columns()).equals(only))
        || table.indexes().stream().anyMatch(i -> i.unique() && lower(i.columns()).equals(only));
  }

  private static List<String> lower(List<String> keys) {
    return keys.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
  }
}
