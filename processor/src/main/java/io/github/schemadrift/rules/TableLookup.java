package io.github.schemadrift.rules;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import io.github.schemadrift.migration.ViewDef;
import java.util.Optional;

/**
 * Finds the replayed table a mapped table names, in the schema Hibernate would use. A schema the
 * mapping names itself ({@code @Table(schema)}; on MySQL and MariaDB, where a schema is a
 * database, {@code @Table(catalog)}) must hold the table. Otherwise the entities' default schema
 * (Hibernate's {@code default_schema}, else where unqualified migration names landed) is tried
 * first, then the only table of the name in any schema, so that a project that never names a
 * schema matches tables by name alone.
 */
final class TableLookup {

  private TableLookup() {}

  /** The replayed table of a mapped table, if any. */
  static Optional<TableDef> find(SchemaModel schema, TableMapping mapped) {
    String explicit = explicitSchema(schema, mapped);
    if (explicit != null) {
      return schema.exactTable(explicit, mapped.name(), mapped.quoted());
    }
    return schema.table(preferredSchema(schema, mapped), mapped.name(), mapped.quoted());
  }

  /**
   * The view a mapped table names, if no table of that name is found: Hibernate maps a view like a
   * table (its {@code validate} accepts one), so an entity on a view is not missing its table.
   */
  static Optional<ViewDef> findView(SchemaModel schema, TableMapping mapped) {
    String explicit = explicitSchema(schema, mapped);
    return schema.view(explicit != null ? explicit : preferredSchema(schema, mapped), mapped.name(), mapped.quoted());
  }

  /** The replayed table of an entity's own table, if any. */
  static Optional<TableDef> primary(SchemaModel schema, EntityModel entity) {
    for (TableMapping mapped : entity.tables()) {
      if (mapped.kind() == TableMapping.Kind.PRIMARY) {
        return find(schema, mapped);
      }
    }
    return schema.table(entity.tableName(), entity.tableQuoted());
  }

  /** The schema the mapping names and the database must hold the table in, or null. */
  static String explicitSchema(SchemaModel schema, TableMapping mapped) {
    if (isMySql(schema.dialect())) {
      return blankToNull(mapped.catalog());
    }
    return blankToNull(mapped.schema());
  }

  /** A schema to try first without insisting on it: MySQL ignores {@code @Table(schema)}. */
  private static String preferredSchema(SchemaModel schema, TableMapping mapped) {
    return isMySql(schema.dialect()) ? blankToNull(mapped.schema()) : null;
  }

  private static boolean isMySql(Dialect dialect) {
    return dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
