package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Maps collection attributes: {@code @OneToMany} and {@code @ManyToMany} to a join table or, with
 * {@code @JoinColumn}, to a foreign key in the target's table; {@code @ElementCollection} to a
 * collection table; with their {@code @OrderColumn} and {@code @MapKeyColumn}.
 */
final class CollectionMapper {

  private final EntityReader reader;
  private final ColumnFactory columns;
  private final PhysicalNames names;
  private final AttributeMapper attributes;

  CollectionMapper(EntityReader reader, ColumnFactory columns, PhysicalNames names, AttributeMapper attributes) {
    this.reader = reader;
    this.columns = columns;
    this.names = names;
    this.attributes = attributes;
  }

  void map(Attribute attr, String path, AttributeMapper.Scope scope) {
    Element e = attr.element();
    EntityContext owner = scope.entity();
    boolean isMap = isMap(attr.type());
    TypeMirror elementType = TypeBindings.none().argument(attr.type(), isMap ? 1 : 0).orElse(null);
    if (JpaAnnotations.has(e, "ElementCollection")) {
      elementCollection(attr, path, scope, elementType, isMap);
      return;
    }
    AnnotationMirror association = JpaAnnotations.find(e, "OneToMany").or(() -> JpaAnnotations.find(e, "ManyToMany")).orElseThrow();
    if (JpaAnnotations.explicitString(association, "mappedBy").isPresent()) {
      return;
    }
    TypeElement target = AttributeMapper.targetEntity(association, elementType);
    if (target == null || !EntityReader.isEntity(target)) {
      return;
    }
    List<EntityContext.IdColumn> ownerIds = reader.idColumns(owner.entity);
    List<EntityContext.IdColumn> targetIds = reader.idColumns(target);
    PhysicalNames.Name ownerTable = reader.primaryTableName(owner.entity);
    PhysicalNames.Name targetTable = reader.primaryTableName(target);
    List<AnnotationMirror> joinColumns = JpaAnnotations.all(e, "JoinColumn", "JoinColumns");
    Optional<AnnotationMirror> joinTable = JpaAnnotations.find(e, "JoinTable");
    if (JpaAnnotations.has(e, "OneToMany") && !joinColumns.isEmpty() && joinTable.isEmpty()) {
      TableDrafts.Draft foreign = owner.tables.table("#foreign:" + path, targetTable, null, null, TableMapping.Kind.FOREIGN,
          SourcePosition.of(scope.site().anchor()), path);
      for (ColumnMapping c : attributes.joinColumns(attr.name(), path, ownerIds, owner.entity, ownerTable, joinColumns, false,
          scope, false, true, false)) {
        foreign.add(c);
      }
      orderAndKey(attr, path, scope, foreign, TypeBindings.none().argument(attr.type(), 0).orElse(null), isMap, false);
      return;
    }
    ImplicitNaming implicit = names.implicit();
    String logical = joinTable.flatMap(t -> JpaAnnotations.explicitString(t, "name"))
        .orElseGet(() -> ownerTable.name() + "_"
            + (implicit == ImplicitNaming.SPRING || implicit == ImplicitNaming.LEGACY_HBM ? attr.name() : targetTable.name()));
    TableDrafts.Draft table = owner.tables.table("#join:" + path, names.physicalTable(logical),
        joinTable.flatMap(t -> JpaAnnotations.explicitString(t, "schema")).orElse(null),
        joinTable.flatMap(t -> JpaAnnotations.explicitString(t, "catalog")).orElse(null),
        TableMapping.Kind.JOIN, position(scope, joinTable.orElse(null)), path);
    uniqueKeys(joinTable.orElse(null), scope, table);
    Optional<String> inverse = inverseAttribute(target, attr.name());
    String ownerPrefix = inverse.orElse(implicit == ImplicitNaming.LEGACY_JPA ? ownerTable.name() : reader.namingEntityName(owner.entity));
    List<AnnotationMirror> ownerColumns = joinTable.map(t -> JpaAnnotations.annotations(t, "joinColumns")).orElse(List.of());
    List<AnnotationMirror> inverseColumns = joinTable.map(t -> JpaAnnotations.annotations(t, "inverseJoinColumns")).orElse(List.of());
    int start = table.columns.size();
    keyColumns(ownerPrefix, inverse.isPresent() && implicit == ImplicitNaming.LEGACY_HBM, path, ownerIds, owner.entity,
        ownerTable, ownerColumns, scope, table);
    int ownerEnd = table.columns.size();
    for (ColumnMapping c : attributes.joinColumns(implicit.attributePath(path), implicit == ImplicitNaming.LEGACY_HBM, path,
        targetIds, target, targetTable, inverseColumns, false, scope, false, false, false)) {
      table.add(forcedNotNull(c));
    }
    primaryKey(attr, table, JpaAnnotations.has(e, "OneToMany"), start, ownerEnd,
        orderAndKey(attr, path, scope, table, TypeBindings.none().argument(attr.type(), 0).orElse(null), isMap, true));
  }

  /** Sets the table's primary key from the owner columns [start, ownerEnd), the element columns after them, and the special ones. */
  private static void primaryKey(Attribute attr, TableDrafts.Draft table, boolean oneToMany, int start, int ownerEnd,
      CollectionKeys.Special special) {
    int end = table.columns.size() - (int) java.util.stream.Stream.of(special.id(), special.order(), special.mapKey())
        .filter(java.util.Objects::nonNull).count();
    String type = attr.type() instanceof DeclaredType d ? ((TypeElement) d.asElement()).getQualifiedName().toString() : "";
    table.primaryKey(CollectionKeys.of(table.kind, oneToMany, type, table.columns.subList(start, ownerEnd),
        table.columns.subList(ownerEnd, end), special));
  }

  private void elementCollection(Attribute attr, String path, AttributeMapper.Scope scope, TypeMirror elementType, boolean isMap) {
    Element e = attr.element();
    EntityContext owner = scope.entity();
    Optional<AnnotationMirror> collectionTable = JpaAnnotations.find(e, "CollectionTable");
    ImplicitNaming implicit = names.implicit();
    String logical = collectionTable.flatMap(t -> JpaAnnotations.explicitString(t, "name"))
        .orElse((implicit == ImplicitNaming.LEGACY_JPA ? reader.primaryTableName(owner.entity).name() : reader.namingEntityName(owner.entity))
            + "_" + (implicit == ImplicitNaming.LEGACY_JPA ? implicit.attributePath(path) : path.replace('.', '_')));
    TableDrafts.Draft table = owner.tables.table("#collection:" + path, names.physicalTable(logical),
        collectionTable.flatMap(t -> JpaAnnotations.explicitString(t, "schema")).orElse(null),
        collectionTable.flatMap(t -> JpaAnnotations.explicitString(t, "catalog")).orElse(null),
        TableMapping.Kind.COLLECTION, position(scope, collectionTable.orElse(null)), path);
    uniqueKeys(collectionTable.orElse(null), scope, table);
    int start = table.columns.size();
    keyColumns(implicit == ImplicitNaming.LEGACY_JPA ? reader.primaryTableName(owner.entity).name() : reader.namingEntityName(owner.entity),
        false, path, reader.idColumns(owner.entity), owner.entity, reader.primaryTableName(owner.entity),
        collectionTable.map(t -> JpaAnnotations.annotations(t, "joinColumns")).orElse(List.of()), scope, table);
    int ownerEnd = table.columns.size();
    Site site = scope.site().local() ? new Site(e, false, null) : scope.site();
    AttributeMapper.Scope inTable = new AttributeMapper.Scope(owner, "", site, new HashMap<>(), new HashMap<>(),
        false, false, scope.access(), table);
    Optional<TypeElement> embeddable = AttributeMapper.embeddable(elementType);
    if (embeddable.isPresent()) {
      attributes.embedded(new Attribute(attr.name(), e, elementType, attr.declaringType()), path, embeddable.get(),
          new AttributeMapper.Scope(owner, "", site, new HashMap<>(), new HashMap<>(), false, true, scope.access(), table), false);
    } else if (elementType != null) {
      ColumnFactory.Request r = new ColumnFactory.Request();
      r.annotated = e;
      r.path = path;
      r.logicalName = attr.name();
      r.valueType = elementType;
      r.column = JpaAnnotations.find(e, "Column").orElse(null);
      r.site = scope.site();
      r.inEmbeddable = true;
      table.add(columns.basic(r));
    }
    primaryKey(attr, table, false, start, ownerEnd,
        orderAndKey(attr, path, inTable, table, TypeBindings.none().argument(attr.type(), 0).orElse(null), isMap, true));
  }

  /** The foreign key from a join or collection table back to the owner: not null, named entity + '_' + id column. */
  private void keyColumns(String prefix, boolean bare, String path, List<EntityContext.IdColumn> ownerIds, TypeElement owner,
      PhysicalNames.Name ownerTable, List<AnnotationMirror> written, AttributeMapper.Scope scope, TableDrafts.Draft table) {
    for (ColumnMapping c : attributes.joinColumns(prefix, bare, path, ownerIds, owner, ownerTable, written, false, scope, false, false, false)) {
      table.add(forcedNotNull(c));
    }
  }

  /** Adds the order, id-bag id and map key columns; returns their names (null where absent). */
  private CollectionKeys.Special orderAndKey(Attribute attr, String path, AttributeMapper.Scope scope, TableDrafts.Draft table,
      TypeMirror keyType, boolean isMap, boolean keyNotNull) {
    Element e = attr.element();
    Optional<AnnotationMirror> order = JpaAnnotations.find(e, "OrderColumn");
    String[] names = new String[3];
    if (order.isPresent()) {
      names[1] = add(table, special(attr, path, scope, order.get(), this.names.implicit().attributePath(path) + "_ORDER", null, keyNotNull));
    }
    Optional<AnnotationMirror> collectionId = JpaAnnotations.hibernate(e, "CollectionId");
    if (collectionId.isPresent() && keyNotNull) { // an id-bag: a generated id column on the join or collection table
      names[0] = add(table, collectionId(attr, path, scope, collectionId.get()));
    }
    if (isMap && keyType != null && AttributeMapper.embeddable(keyType).isEmpty() && JpaAnnotations.find(e, "MapKeyJoinColumn").isEmpty()) {
      AnnotationMirror keyColumn = JpaAnnotations.find(e, "MapKeyColumn").orElse(null);
      names[2] = add(table, special(attr, path, scope, keyColumn, this.names.implicit().attributePath(path) + "_KEY", keyType, keyNotNull));
    }
    return new CollectionKeys.Special(names[0], names[1], names[2]);
  }

  private static String add(TableDrafts.Draft table, ColumnMapping column) {
    table.add(column);
    return column.columnName();
  }

  private ColumnMapping special(Attribute attr, String path, AttributeMapper.Scope scope, AnnotationMirror column,
      String logicalName, TypeMirror type, boolean notNull) {
    ColumnFactory.Request r = new ColumnFactory.Request();
    r.annotated = attr.element();
    r.path = path;
    r.logicalName = logicalName;
    r.valueType = type;
    r.fixedType = type == null ? "int" : null;
    r.column = column;
    r.site = scope.site();
    r.inEmbeddable = true;
    r.alwaysNotNull = notNull;
    r.typeAnnotations = false;
    return columns.basic(r);
  }

  /**
   * Hibernate's {@code @CollectionId} column: named by its {@code column} (Hibernate 5: the first of
   * {@code columns}), typed by {@code @CollectionIdJdbcTypeCode} (Hibernate 5: by its {@code @Type}).
   */
  private ColumnMapping collectionId(Attribute attr, String path, AttributeMapper.Scope scope, AnnotationMirror collectionId) {
    ColumnFactory.Request r = new ColumnFactory.Request();
    r.annotated = attr.element();
    r.path = path;
    r.logicalName = "id";
    Optional<String> typeName = JpaAnnotations.annotation(collectionId, "type")
        .flatMap(t -> JpaAnnotations.explicitString(t, "type"));
    Integer code = JpaAnnotations.hibernate(attr.element(), "CollectionIdJdbcTypeCode")
        .flatMap(a -> JpaAnnotations.explicitInt(a, "value")).orElse(java.sql.Types.BIGINT);
    r.fixedType = typeName.isPresent() ? hibernate5IdType(typeName.get()) : switch (code) {
      case java.sql.Types.INTEGER -> "java.lang.Integer";
      case java.sql.Types.SMALLINT -> "java.lang.Short";
      case java.sql.Types.VARCHAR -> "java.lang.String";
      default -> "java.lang.Long";
    };
    r.column = JpaAnnotations.annotation(collectionId, "column")
        .or(() -> JpaAnnotations.annotations(collectionId, "columns").stream().findFirst()).orElse(null);
    r.site = scope.site();
    r.inEmbeddable = true;
    r.alwaysNotNull = true;
    r.typeAnnotations = false;
    return columns.basic(r);
  }

  /** The Java type of Hibernate 5's {@code @CollectionId(type = @Type(type = "..."))}; a user type's column is not judged. */
  private static String hibernate5IdType(String name) {
    return switch (name) {
      case "long", "java.lang.Long", "org.hibernate.type.LongType" -> "java.lang.Long";
      case "integer", "int", "java.lang.Integer", "org.hibernate.type.IntegerType" -> "java.lang.Integer";
      case "short", "java.lang.Short", "org.hibernate.type.ShortType" -> "java.lang.Short";
      case "string", "java.lang.String", "org.hibernate.type.StringType" -> "java.lang.String";
      default -> "java.lang.Object";
    };
  }

  private static ColumnMapping forcedNotNull(ColumnMapping c) {
    java.util.Set<NotNullEvidence> evidence = java.util.EnumSet.of(NotNullEvidence.IMPLICIT);
    evidence.addAll(c.notNullEvidence());
    return new ColumnMapping(c.attributePath(), c.columnName(), c.quoted(), c.declaredNullable(), c.primitive(), c.id(),
        c.javaType(), c.attribute(), c.columnAnnotation(), c.nullableValue(), false, evidence, c.shape(), c.type(),
        c.generation(), c.relationship(), c.positions());
  }

  private void uniqueKeys(AnnotationMirror tableAnnotation, AttributeMapper.Scope scope, TableDrafts.Draft table) {
    if (table.uniqueKeys.isEmpty()) { // a table two attributes share keeps the first one's keys
      for (UniqueKey key : UniqueKeys.of(tableAnnotation, scope.site().local() ? scope.site().anchor() : null,
          SourcePosition.of(scope.site().anchor()), names)) {
        table.addUniqueKey(key);
      }
    }
  }

  private static SourcePosition position(AttributeMapper.Scope scope, AnnotationMirror table) {
    if (table != null && scope.site().local()) {
      return new SourcePosition(scope.site().anchor(), table, JpaAnnotations.explicit(table, "name").orElse(null));
    }
    return SourcePosition.of(scope.site().anchor());
  }

  /** The attribute on the target that maps this association from the other side ({@code mappedBy}). */
  private Optional<String> inverseAttribute(TypeElement target, String attributeName) {
    List<Element> members = new ArrayList<>();
    for (TypeElement t = target; t != null; t = reader.superclass(t)) {
      members.addAll(t.getEnclosedElements());
    }
    for (Element member : members) {
      for (String kind : List.of("ManyToMany", "OneToMany")) {
        Optional<String> mappedBy = JpaAnnotations.find(member, kind).flatMap(a -> JpaAnnotations.explicitString(a, "mappedBy"));
        if (mappedBy.isPresent() && mappedBy.get().equals(attributeName)) {
          String name = member.getSimpleName().toString();
          return Optional.of(member instanceof javax.lang.model.element.ExecutableElement m && Attribute.propertyName(m) != null
              ? Attribute.propertyName(m) : name);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isMap(TypeMirror type) {
    return type instanceof DeclaredType d
        && ((TypeElement) d.asElement()).getQualifiedName().toString().matches("java\\.util\\.(\\w*Map)");
  }
}
