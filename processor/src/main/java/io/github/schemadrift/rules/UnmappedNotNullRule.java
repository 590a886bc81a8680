package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A NOT NULL column without a default that no entity writes: every insert into its table fails.
 * A column counts as written when any entity maps it in that table with {@code insertable = true}
 * (so the other classes of a single-table hierarchy, and a {@code @OneToMany @JoinColumn} on the
 * other side, count). Identity, serial and generated columns are filled by the database. Tables
 * that no entity inserts into ({@code @Immutable}, {@code @Subselect}, only abstract classes with
 * no concrete subclass) are not checked. Each table is reported once, at the entity that owns it
 * (the hierarchy's root when several share it).
 */
public final class UnmappedNotNullRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("unmapped-not-null", "a NOT NULL column without a default is not written by the entity", Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {}

  @Override
  public void checkAll(List<EntityModel> entities, SchemaModel schema, Consumer<Finding> findings) {
    Dialect dialect = schema.dialect();
    Map<String, Set<String>> written = new LinkedHashMap<>();
    Map<String, Set<String>> mappedOnly = new LinkedHashMap<>();
    Map<String, List<Owner>> owners = new LinkedHashMap<>();
    Set<String> insertingRoots = new HashSet<>();
    ResolvedEntities view = ResolvedEntities.of(entities, schema);
    for (ResolvedEntities.Entity resolved : view.inOrder()) {
      EntityModel entity = resolved.model();
      if (entity.traits().inserts() && entity.mapsTable()) {
        insertingRoots.add(entity.traits().root());
      }
      for (ResolvedEntities.Table mapping : resolved.tables()) {
        TableMapping table = mapping.mapped();
        // the table written to: the replayed table it resolves to (one name in two schemas is two
        // tables; with and without @Table(schema) reaching the same table is one), else its name
        String key = mapping.foundKey() != null ? mapping.foundKey() : dialect.key(table.name(), table.quoted());
        Set<String> tableWritten = null; // the table's two sets, found once per mapping rather than per column
        Set<String> tableMappedOnly = null;
        List<ColumnMapping> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
          String columnKey = mapping.key(i);
          if (columns.get(i).shape().insertable()) {
            if (tableWritten == null) {
              tableWritten = written.computeIfAbsent(key, k -> new HashSet<>());
            }
            tableWritten.add(columnKey);
          } else {
            if (tableMappedOnly == null) {
              tableMappedOnly = mappedOnly.computeIfAbsent(key, k -> new HashSet<>());
            }
            tableMappedOnly.add(columnKey);
          }
        }
        if (table.kind() != TableMapping.Kind.FOREIGN && table.kind() != TableMapping.Kind.GENERATOR) {
          owners.computeIfAbsent(key, k -> new ArrayList<>()).add(new Owner(entity, table, mapping.found(), mapping));
        }
      }
    }
    checkOwners(owners, written, mappedOnly, insertingRoots, schema, view, findings);
  }

  /** Each table's inserting owner checks the table once, with every mapping's written columns. */
  private static void checkOwners(
      Map<String, List<Owner>> owners, Map<String, Set<String>> written, Map<String, Set<String>> mappedOnly,
      Set<String> insertingRoots, SchemaModel schema, ResolvedEntities view, Consumer<Finding> findings) {
    for (Map.Entry<String, List<Owner>> entry : owners.entrySet()) {
      List<Owner> candidates = entry.getValue();
      boolean inserted = false;
      for (Owner o : candidates) {
        inserted |= !o.entity().traits().immutable()
            && (o.entity().traits().inserts() || insertingRoots.contains(o.entity().traits().root()));
      }
      if (!inserted) {
        continue;
      }
      Owner owner = candidates.size() == 1 ? candidates.get(0) : candidates.stream() // inserted: the one is mutable
          .filter(o -> !o.entity().traits().immutable())
          .min(Comparator.comparing((Owner o) -> !o.entity().traits().root().equals(o.entity().qualifiedName()))
              .thenComparing(o -> o.table().kind())
              .thenComparing(o -> o.entity().qualifiedName()))
          .orElseThrow();
      owner.found().ifPresent(table -> check(owner, table,
          written.getOrDefault(entry.getKey(), Set.of()), mappedOnly.getOrDefault(entry.getKey(), Set.of()),
          candidates, schema, view, findings));
    }
  }

  private static void check(
      Owner owner, TableDef table, Set<String> written, Set<String> mappedOnly, List<Owner> candidates,
      SchemaModel schema, ResolvedEntities resolved, Consumer<Finding> findings) {
    Dialect dialect = schema.dialect();
    Set<String> typos = new HashSet<>();
    List<String> names = null; // only when a mapped column is missing
    ColumnIndex index = resolved.index(dialect, table);
    for (Owner candidate : candidates) {
      List<ColumnMapping> columns = candidate.table().columns();
      boolean sameTable = candidate.found().orElse(null) == table; // then its columns were resolved in this table
      for (int i = 0; i < columns.size(); i++) {
        ColumnDef found = sameTable ? candidate.resolved().column(i) : index.columnByKey(candidate.resolved().key(i));
        if (found == null) {
          // a mapped column the table lacks: its likely real name is reported by missing-column
          if (names == null) {
            names = table.columns().stream().map(ColumnDef::name).toList();
          }
          NameSuggestions.closest(columns.get(i).columnName(), names).ifPresent(s -> typos.add(s.toLowerCase(java.util.Locale.ROOT)));
        }
      }
    }
    List<ColumnDef> tableColumns = table.columns();
    for (int j = 0; j < tableColumns.size(); j++) {
      ColumnDef column = tableColumns.get(j);
      String key = index.keyAt(j);
      if (column.nullable() || column.defaultValue() != null || column.identity()
          || (column.type() != null && column.type().isSerial())
          || written.contains(key) || typos.contains(column.name().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      boolean readOnly = mappedOnly.contains(key);
      String fix = FixSql.dropNotNull(dialect, table, column);
      EntityModel entity = owner.entity();
      SourcePosition position = owner.table().kind() == TableMapping.Kind.PRIMARY ? entity.type() : owner.table().position();
      findings.accept(
          new Finding(
              DESCRIPTOR,
              DESCRIPTOR.defaultSeverity(),
              TableMessages.unmappedNotNull(entity, owner.table(), table, column, readOnly, fix),
              position,
              column.nullabilityChanged(),
              entity.qualifiedName() + "#" + table.name() + "." + column.name(),
              fix)
          .about(new Finding.Concern(dialect.key(table.name(), table.quoted()), key, null)));
    }
  }

  /** A mapping of the table, and the replayed table it resolves to. */
  private record Owner(EntityModel entity, TableMapping table, Optional<TableDef> found, ResolvedEntities.Table resolved) {}
}
