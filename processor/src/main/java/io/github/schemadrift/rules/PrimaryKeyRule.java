package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The entity's identifier columns are not the table's primary key. When the table's key is other
 * columns, loads and updates by id can touch several rows: an error. When the table has no
 * primary key, or one wider than the identifier, nothing in the database keeps ids unique: a
 * warning.
 */
public final class PrimaryKeyRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("primary-key", "the identifier columns are not the table's primary key", Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {
    if (!entity.mapsTable()) {
      return;
    }
    Optional<TableDef> found = TableLookup.primary(schema, entity);
    List<ColumnMapping> ids = entity.columns().stream().filter(ColumnMapping::id).toList();
    if (found.isEmpty() || ids.isEmpty()) {
      return; // missing-table reports the table; composite ids are read by a later stage
    }
    TableDef table = found.get();
    Dialect dialect = schema.dialect();
    if (ids.stream().anyMatch(id -> table.column(dialect, id.columnName(), id.quoted()).isEmpty())) {
      return; // missing-column reports it
    }
    Set<String> idKeys = new TreeSet<>();
    ids.forEach(id -> idKeys.add(dialect.key(id.columnName(), id.quoted())));
    Set<String> pkKeys = new TreeSet<>(table.primaryKey());
    if (idKeys.equals(pkKeys)) {
      return;
    }
    ColumnMapping first = ids.get(0);
    String idColumns = String.join(", ", idKeys);
    boolean overlaps = pkKeys.containsAll(idKeys);
    Severity severity = pkKeys.isEmpty() || overlaps ? Severity.WARNING : Severity.ERROR;
    List<String> referencedBy = referencingTables(schema, table);
    String fix = pkKeys.isEmpty()
        ? "ALTER TABLE " + table.name() + " ADD PRIMARY KEY (" + idColumns + ")"
        : referencedBy.isEmpty()
            ? FixTables.changePrimaryKey(dialect, table, ids.stream().map(id -> table.column(dialect, id.columnName(), id.quoted()).get()).toList())
            : null;
    findings.accept(
        new Finding(
            DESCRIPTOR,
            severity,
            TableMessages.primaryKeyMismatch(table, idColumns, String.join(", ", table.primaryKey()), first, FixSql.inline(fix), referencedBy),
            first.attribute(),
            table.createdAt(),
            entity.qualifiedName() + "#" + first.attributePath(),
            fix));
  }

  /** The tables whose foreign keys reference this one: its key cannot move without them. */
  private static List<String> referencingTables(SchemaModel schema, TableDef table) {
    return schema.tables().values().stream()
        .filter(t -> t.foreignKeys().stream().anyMatch(k -> k.referencedTable().equalsIgnoreCase(table.name())))
        .map(TableDef::name).distinct().sorted().toList();
  }
}
