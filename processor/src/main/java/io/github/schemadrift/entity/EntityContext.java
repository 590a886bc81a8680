package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** What mapping one entity's attributes needs to know about the entity. */
final class EntityContext {

  final TypeElement entity;
  final Hierarchy hierarchy;
  final String entityName;
  final PhysicalNames.Name primaryTable;
  final Attribute.Access access;
  final TableDrafts tables = new TableDrafts();
  /** The entity's primary key columns, with the logical names implicit foreign keys are built from. */
  final List<IdColumn> ids = new ArrayList<>();
  /** Whether this entity's own columns live in the root's table (single-table subclass). */
  final boolean singleTableSubclass;
  /** Whether only the identifier is wanted (to resolve a reference to this entity). */
  final boolean idOnly;

  EntityContext(TypeElement entity, Hierarchy hierarchy, String entityName, PhysicalNames.Name primaryTable,
      Attribute.Access access, boolean singleTableSubclass, boolean idOnly) {
    this.entity = entity;
    this.hierarchy = hierarchy;
    this.entityName = entityName;
    this.primaryTable = primaryTable;
    this.access = access;
    this.singleTableSubclass = singleTableSubclass;
    this.idOnly = idOnly;
  }

  static final String PRIMARY = "#primary";

  TableDrafts.Draft primary() {
    return tables.get(PRIMARY);
  }

  /** A primary key column and the logical name implicit foreign keys to it start from. */
  record IdColumn(String logicalName, ColumnMapping column) {}
}
