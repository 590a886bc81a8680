package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.Relationship;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.ForeignKeyDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@code @ManyToOne}/{@code @OneToOne} join column that no foreign key backs, or whose foreign key
 * references another table: queries work, but nothing stops a row from pointing at nothing. A
 * warning. Associations for which Hibernate itself creates no key ({@code @ForeignKey(NO_CONSTRAINT)},
 * {@code @NotFound}) are not checked, and a foreign key over more columns than the join columns
 * counts. Each table's columns are reported once, at the hierarchy's root where it maps them.
 */
public final class ForeignKeyRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("foreign-key", "a join column has no foreign key to the associated entity's table", Severity.WARNING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {}

  @Override
  public void checkAll(List<EntityModel> entities, SchemaModel schema, Consumer<Finding> findings) {
    Set<String> seen = new HashSet<>();
    ResolvedEntities view = ResolvedEntities.of(entities, schema);
    for (ResolvedEntities.Entity resolved : view.rootsFirst()) {
      for (ResolvedEntities.Table table : resolved.tables()) {
        TableMapping mapped = table.mapped();
        if (mapped.kind() != TableMapping.Kind.PRIMARY && mapped.kind() != TableMapping.Kind.SECONDARY) {
          continue; // join and collection tables belong to join-table
        }
        if (table.found().isEmpty()) {
          continue;
        }
        Map<String, List<Integer>> byAttribute = new LinkedHashMap<>(); // positions in the mapped columns
        List<ColumnMapping> columns = mapped.columns();
        for (int i : table.foreignKeyColumns()) {
          Relationship r = columns.get(i).relationship();
          byAttribute.computeIfAbsent(columns.get(i).attributePath() + "->" + r.targetTable(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : byAttribute.values()) {
          check(resolved.model(), table, group, schema, view, seen, findings);
        }
      }
    }
  }

  private static void check(
      EntityModel entity, ResolvedEntities.Table resolved, List<Integer> positions, SchemaModel schema, ResolvedEntities view,
      Set<String> seen, Consumer<Finding> findings) {
    Dialect dialect = schema.dialect();
    TableDef table = resolved.found().get();
    List<ColumnMapping> group = new ArrayList<>(positions.size());
    List<ColumnDef> columns = new ArrayList<>(positions.size());
    List<String> keys = new ArrayList<>(positions.size()); // a found column's key is the mapped name's key
    for (int i : positions) {
      ColumnDef column = resolved.column(i);
      if (column == null) {
        return; // missing-column reports it
      }
      group.add(resolved.mapped().columns().get(i));
      columns.add(column);
      keys.add(resolved.key(i));
    }
    Relationship relationship = group.get(0).relationship();
    Optional<TableDef> target = target(schema, relationship, view);
    if (target.isEmpty()) {
      return; // missing-table reports the target entity
    }
    if (!seen.add(resolved.foundKey() + "." + keys)) {
      return;
    }
    List<String> lowerKeys = lower(keys); // once, not once per foreign key of the table
    List<ForeignKeyDef> covering = new ArrayList<>();
    for (ForeignKeyDef k : table.foreignKeys()) {
      if (lower(k.columns()).containsAll(lowerKeys)) {
        covering.add(k);
      }
    }
    String targetKey = target.get().name().toLowerCase(Locale.ROOT);
    String targetSchema = target.get().schema();
    if (covering.stream().anyMatch(k -> k.referencedTable().toLowerCase(Locale.ROOT).equals(targetKey)
        && (k.referencedSchema() == null || targetSchema == null || k.referencedSchema().equals(targetSchema)))) {
      return;
    }
    ColumnMapping first = group.get(0);
    List<String> names = columns.stream().map(ColumnDef::name).toList();
    String subject = entity.qualifiedName() + "#" + first.attributePath();
    if (!covering.isEmpty()) {
      ForeignKeyDef other = covering.get(0);
      findings.accept(new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(),
          KeyMessages.foreignKeyElsewhere(table, names, first, target.get(), other), first.columnAnnotation(),
          other.definedAt(), subject));
      return;
    }
    List<String> referenced = group.stream().map(c -> c.relationship().referencedColumn()).toList();
    String fix = FixSql.addForeignKey(dialect, table, names, target.get().name(), referenced);
    findings.accept(new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(),
        KeyMessages.foreignKeyMissing(table, names, first, target.get().name(), fix), first.columnAnnotation(),
        columns.get(0).lastChanged(), subject, fix));
  }

  /**
   * The table of the relationship's target entity, looked up as that entity's own table is (its
   * {@code @Table(schema)}, else the entities' default schema, else the only table of the name).
   */
  private static Optional<TableDef> target(SchemaModel schema, Relationship relationship, ResolvedEntities view) {
    ResolvedEntities.Entity targetEntity = view.byName(relationship.targetEntity());
    if (targetEntity != null && targetEntity.model().mapsTable()) {
      for (ResolvedEntities.Table mapped : targetEntity.tables()) {
        if (mapped.mapped().kind() == TableMapping.Kind.PRIMARY
            && mapped.mapped().name().equalsIgnoreCase(relationship.targetTable())) {
          return mapped.found();
        }
      }
    }
    return schema.table(relationship.targetTable(), false);
  }
  private static List<String> lower(List<String> keys) {
    List<String> lower = new ArrayList<>(keys.size());
    for (String k : keys) {
      lower.add(k.toLowerCase(Locale.ROOT));
    }
    return lower;
  }
}
