package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables of one entity while it is read: columns are added as attributes are mapped. */
final class TableDrafts {

  private final Map<String, Draft> drafts = new LinkedHashMap<>();

  /** A table being filled. */
  static final class Draft {
    final PhysicalNames.Name name;
    final String schema;
    final String catalog;
    final TableMapping.Kind kind;
    final SourcePosition position;
    final String ownerAttribute;
    final List<ColumnMapping> columns = new ArrayList<>();
    final List<UniqueKey> uniqueKeys = new ArrayList<>();
    final List<String> primaryKey = new ArrayList<>();

    Draft(PhysicalNames.Name name, String schema, String catalog, TableMapping.Kind kind, SourcePosition position, String ownerAttribute) {
      this.name = name;
      this.schema = schema;
      this.catalog = catalog;
      this.kind = kind;
      this.position = position;
      this.ownerAttribute = ownerAttribute;
    }

    void add(ColumnMapping column) {
      columns.add(column);
    }

    void addUniqueKey(UniqueKey key) {
      if (!key.columns().isEmpty()) {
        uniqueKeys.add(key);
      }
    }

    /** Sets the collection's primary key; a table two attributes share keeps the first one's. */
    void primaryKey(List<String> columnNames) {
      if (primaryKey.isEmpty()) {
        primaryKey.addAll(columnNames);
      }
    }

    TableMapping build() {
      List<ColumnMapping> resolved = kind == TableMapping.Kind.GENERATOR ? columns : Duplicates.resolve(columns);
      return new TableMapping(name.name(), name.quoted(), schema, catalog, kind, resolved, position, ownerAttribute, uniqueKeys, primaryKey);
    }
  }

  /** The draft under this key, created on first use. */
  Draft table(String key, PhysicalNames.Name name, String schema, String catalog, TableMapping.Kind kind, SourcePosition position, String ownerAttribute) {
    return drafts.computeIfAbsent(key, k -> new Draft(name, schema, catalog, kind, position, ownerAttribute));
  }

  Draft get(String key) {
    return drafts.get(key);
  }

  List<TableMapping> build() {
    List<TableMapping> built = new ArrayList<>(drafts.size());
    for (Draft draft : drafts.values()) {
      built.add(draft.build());
    }
    return List.copyOf(built);
  }

  /**
   * Whether a column of these tables is generated from a table ({@code @TableGenerator}): building
   * the tables keeps each column's generation, so without one here the built tables have none.
   */
  boolean anyTableGeneration() {
    for (Draft draft : drafts.values()) {
      for (ColumnMapping column : draft.columns) {
        if (column.generation() != null && column.generation().tableName() != null) {
          return true;
        }
      }
    }
    return false;
  }
}
