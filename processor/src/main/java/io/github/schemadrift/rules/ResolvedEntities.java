package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every entity's mapped tables matched against the schema once, for the rules that look at every
 * entity at once ({@link Rule#checkAll}): each mapped table with the replayed table it resolves to
 * ({@link TableLookup#find}), and each of its mapped columns with its dialect key and the replayed
 * column of that key. The rules still decide and report; only what each of them used to derive
 * for itself, table by table and column by column, is derived here once.
 *
 * <p>The rules' {@code checkAll} run one after the other on the same entities and schema, so the
 * last view is kept on this thread until other entities are given or {@link #forget} is called.
 */
final class ResolvedEntities {

  /** One mapped table, the replayed table it resolves to, and its mapped columns resolved in it. */
  static final class Table {
    private final TableMapping mapped;
    private final Optional<TableDef> found;
    private final String foundKey;
    private final String[] keys;
    private final ColumnDef[] columns;
    private final int[] foreignKeys;
    private final int[] uniques;
    private final int[] enums;
    private final int[] generated;

    private Table(TableMapping mapped, Optional<TableDef> found, String foundKey, String[] keys, ColumnDef[] columns,
        int[][] kinds) {
      this.mapped = mapped;
      this.found = found;
      this.foundKey = foundKey;
      this.keys = keys;
      this.columns = columns;
      this.foreignKeys = kinds[FOREIGN_KEY];
      this.uniques = kinds[UNIQUE];
      this.enums = kinds[ENUM];
      this.generated = kinds[GENERATED];
    }

    TableMapping mapped() {
      return mapped;
    }

    /** The replayed table the mapping resolves to, as {@link TableLookup#find} gives it. */
    Optional<TableDef> found() {
      return found;
    }

    /** The replayed table as one string, its schema, a dot and its dialect key; null when none is found. */
    String foundKey() {
      return foundKey;
    }

    /** The dialect key of the name of the mapped column at this position ({@link TableMapping#columns} order). */
    String key(int position) {
      return keys[position];
    }

    /** The replayed column of the mapped column at this position, or null (also when no table is found). */
    ColumnDef column(int position) {
      return columns[position];
    }

    /** The positions of the mapped columns of an association with a foreign key ({@code Relationship#foreignKey}). */
    int[] foreignKeyColumns() {
      return foreignKeys;
    }

    /** The positions of the mapped columns declared unique on their own ({@code ColumnShape#unique}). */
    int[] uniqueColumns() {
      return uniques;
    }

    /** The positions of the mapped columns that store an enum ({@code ColumnType#enumStorage} set). */
    int[] enumColumns() {
      return enums;
    }

    /** The positions of the mapped columns with a {@code @GeneratedValue} ({@code ColumnMapping#generation} set). */
    int[] generatedColumns() {
      return generated;
    }
  }

  private static final int FOREIGN_KEY = 0;
  private static final int UNIQUE = 1;
  private static final int ENUM = 2;
  private static final int GENERATED = 3;

  /** One entity and its tables, in {@link EntityModel#tables} order. */
  record Entity(EntityModel model, List<Table> tables) {}

  private final List<Entity> inOrder;
  private final List<Entity> rootsFirst;
  private final Map<String, Entity> byName;
  private final Map<TableDef, ColumnIndex> indexes;

  private ResolvedEntities(
      List<Entity> inOrder, List<Entity> rootsFirst, Map<String, Entity> byName, Map<TableDef, ColumnIndex> indexes) {
    this.inOrder = inOrder;
    this.rootsFirst = rootsFirst;
    this.byName = byName;
    this.indexes = indexes;
  }

  /** The entities in the order given. */
  List<Entity> inOrder() {
    return inOrder;
  }

  /** The entities with the hierarchies' roots first, otherwise in the order given (a stable sort). */
  List<Entity> rootsFirst() {
    return rootsFirst;
  }

  /** The first entity of this qualified name, or null. */
  Entity byName(String qualifiedName) {
    return byName.get(qualifiedName);
  }

  /** The column index of a table some mapping resolved to (built once), else a fresh one. */
  ColumnIndex index(Dialect dialect, TableDef table) {
    ColumnIndex index = indexes.get(table);
    return index != null ? index : ColumnIndex.build(dialect, table);
  }

  /** The last view built on a thread, and the entities and schema it was built from. */
  private static final class Last {
    EntityModel[] entities;
    SchemaModel schema;
    ResolvedEntities view;
  }

  private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

  /** The view of these entities against this schema: the last one when they are the same objects. */
  static ResolvedEntities of(List<EntityModel> entities, SchemaModel schema) {
    Last last = LAST.get();
    if (last.view != null && last.schema == schema && sameObjects(last.entities, entities)) {
      return last.view;
    }
    ResolvedEntities view = build(entities, schema);
    last.entities = entities.toArray(new EntityModel[0]);
    last.schema = schema;
    last.view = view;
    return view;
  }

  private static boolean sameObjects(EntityModel[] remembered, List<EntityModel> entities) {
    if (remembered.length != entities.size()) {
      return false;
    }
    for (int i = 0; i < remembered.length; i++) {
      if (remembered[i] != entities.get(i)) {
        return false;
      }
    }
    return true;
  }

  private static ResolvedEntities build(List<EntityModel> entities, SchemaModel schema) {
    List<Entity> inOrder = new ArrayList<>(entities.size());
    Map<String, Entity> byName = new HashMap<>();
    for (EntityModel model : entities) {
      List<Table> tables = new ArrayList<>(model.tables().size());
      for (TableMapping mapped : model.tables()) {
        tables.add(table(schema, mapped));
      }
      Entity entity = new Entity(model, List.copyOf(tables));
      inOrder.add(entity);
      byName.putIfAbsent(model.qualifiedName(), entity);
    }
    List<Entity> rootsFirst = new ArrayList<>(inOrder);
    rootsFirst.sort(Comparator.comparing((Entity e) -> !e.model().traits().root().equals(e.model().qualifiedName())));
    return new ResolvedEntities(List.copyOf(inOrder), List.copyOf(rootsFirst), byName, tablesFor(schema).indexes);
  }

  /** The mapped tables resolved on a thread against one schema, and the column indexes of the tables found. */
  private static final class Tables {
    SchemaModel schema;
    Map<TableMapping, Table> byMapping = new IdentityHashMap<>();
    Map<TableDef, ColumnIndex> indexes = new IdentityHashMap<>();
  }

  private static final ThreadLocal<Tables> TABLES = ThreadLocal.withInitial(Tables::new);

  /**
   * One mapped table resolved against the schema: once per mapping and schema on a thread, shared by
   * the rules that check one entity and those that check every entity.
   */
  static Table table(SchemaModel schema, TableMapping mapped) {
    Tables tables = tablesFor(schema);
    Table known = tables.byMapping.get(mapped);
    if (known == null) {
      known = resolve(schema, mapped, tables.indexes);
      tables.byMapping.put(mapped, known);
    }
    return known;
  }

  /** This thread's resolved tables, emptied first when they were resolved against another schema. */
  private static Tables tablesFor(SchemaModel schema) {
    Tables tables = TABLES.get();
    if (tables.schema != schema) {
      tables.schema = schema;
      tables.byMapping = new IdentityHashMap<>();
      tables.indexes = new IdentityHashMap<>();
    }
    return tables;
  }

  private static Table resolve(SchemaModel schema, TableMapping mapped, Map<TableDef, ColumnIndex> indexes) {
    Dialect dialect = schema.dialect();
    Optional<TableDef> found = TableLookup.find(schema, mapped);
    List<ColumnMapping> mappedColumns = mapped.columns();
    String[] keys = new String[mappedColumns.size()];
    ColumnDef[] columns = new ColumnDef[keys.length];
    String foundKey = null;
    ColumnIndex index = null;
    if (found.isPresent()) {
      TableDef table = found.get();
      foundKey = table.schema() + "." + dialect.key(table.name(), table.quoted());
      index = indexes.get(table);
      if (index == null) {
        index = ColumnIndex.build(dialect, table);
        indexes.put(table, index);
      }
    }
    int[][] kinds = new int[4][];
    int[] counts = new int[4];
    for (int i = 0; i < keys.length; i++) {
      ColumnMapping column = mappedColumns.get(i);
      keys[i] = dialect.key(column.columnName(), column.quoted());
      columns[i] = index != null ? index.columnByKey(keys[i]) : null;
      if (column.relationship() != null && column.relationship().foreignKey()) {
        kinds[FOREIGN_KEY] = add(kinds[FOREIGN_KEY], counts[FOREIGN_KEY]++, i);
      }
      if (column.shape() != null && column.shape().unique()) {
        kinds[UNIQUE] = add(kinds[UNIQUE], counts[UNIQUE]++, i);
      }
      if (column.type() != null && column.type().enumStorage() != null) {
        kinds[ENUM] = add(kinds[ENUM], counts[ENUM]++, i);
      }
      if (column.generation() != null) {
        kinds[GENERATED] = add(kinds[GENERATED], counts[GENERATED]++, i);
      }
    }
    for (int k = 0; k < kinds.length; k++) {
      kinds[k] = kinds[k] == null ? NONE : kinds[k].length == counts[k] ? kinds[k] : Arrays.copyOf(kinds[k], counts[k]);
    }
    return new Table(mapped, found, foundKey, keys, columns, kinds);
  }

  private static final int[] NONE = new int[0];

  /** The positions with one more: grown as needed, trimmed by the caller. */
  private static int[] add(int[] positions, int count, int position) {
    int[] out = positions == null ? new int[4] : count < positions.length ? positions : Arrays.copyOf(positions, count * 2);
    out[count] = position;
    return out;
  }

  /** How many views and resolved tables this thread remembers (for tests). */
  static int remembered() {
    return (LAST.get().view != null ? 1 : 0) + TABLES.get().byMapping.size();
  }

  /** Drops this thread's last view and resolved tables: they hold source positions, and through them the compilation. */
  static void forget() {
    LAST.remove();
    TABLES.remove();
  }
}
