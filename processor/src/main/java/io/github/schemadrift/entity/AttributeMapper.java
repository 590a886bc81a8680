package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Maps attributes to columns: basic attributes, embedded values (nested, with attribute and
 * association overrides), identifiers and to-one associations. Collections go to
 * {@link CollectionMapper}.
 */
final class AttributeMapper {

  private final EntityReader reader;
  private final ColumnFactory columns;
  private final PhysicalNames names;
  private final CollectionMapper collections;

  AttributeMapper(EntityReader reader, ColumnFactory columns, PhysicalNames names) {
    this.reader = reader;
    this.columns = columns;
    this.names = names;
    this.collections = new CollectionMapper(reader, columns, names, this);
  }

  /**
   * Where the mapping of one attribute is, and what surrounds it. Overrides are keyed by the
   * attribute's full dotted path from the entity ({@code billingAddress.street}).
   */
  record Scope(
      EntityContext entity,
      String pathPrefix,
      Site site,
      Map<String, AnnotationMirror> overrides,
      Map<String, List<AnnotationMirror>> associationOverrides,
      boolean idPart,
      boolean inEmbeddable,
      Attribute.Access access,
      TableDrafts.Draft table) {}

  void map(Attribute attr, Scope scope) {
    Element e = attr.element();
    String path = scope.pathPrefix() + attr.name();
    if (JpaAnnotations.has(e, "OneToMany") || JpaAnnotations.has(e, "ManyToMany") || JpaAnnotations.has(e, "ElementCollection")) {
      if (!scope.entity().idOnly) {
        collections.map(attr, path, scope);
      }
      return;
    }
    if (JpaAnnotations.has(e, "ManyToOne") || JpaAnnotations.has(e, "OneToOne")) {
      toOne(attr, path, scope);
      return;
    }
    boolean embeddedId = JpaAnnotations.has(e, "EmbeddedId");
    boolean id = JpaAnnotations.has(e, "Id") || embeddedId || scope.idPart();
    if (scope.idPart() && scope.inEmbeddable() && mappedById(scope.entity(), path)) {
      return; // @MapsId("attribute"): the association's join column is this part of the embedded id
    }
    if (scope.entity().idOnly && !id) {
      return;
    }
    Optional<TypeElement> embeddable = embeddable(attr.type());
    if (embeddedId || JpaAnnotations.has(e, "Embedded") || embeddable.isPresent()) {
      embeddable.ifPresent(type -> embedded(attr, path, type, scope, id));
      return;
    }
    if (id && !scope.inEmbeddable() && mapsIdReplacesId(scope.entity())) {
      return; // @MapsId: the association's join column is the primary key column
    }
    ColumnFactory.Request r = new ColumnFactory.Request();
    r.annotated = e;
    r.path = path;
    r.logicalName = names.implicit().attributePath(path);
    r.valueType = attr.type();
    AnnotationMirror override = scope.overrides().get(path);
    Optional<AnnotationMirror> overrideColumn = Optional.ofNullable(override).flatMap(o -> JpaAnnotations.annotation(o, "column"));
    r.column = overrideColumn.orElseGet(() -> JpaAnnotations.find(e, "Column").orElse(null));
    r.columnFromOverride = overrideColumn.isPresent();
    r.site = siteFor(scope.site(), override);
    r.idPart = id;
    r.inEmbeddable = scope.inEmbeddable();
    r.singleTableSubclass = scope.entity().singleTableSubclass;
    if (id && !scope.inEmbeddable()) {
      r.generation = reader.generation(attr, scope.entity());
    }
    ColumnMapping column = columns.basic(r);
    String tableName = JpaAnnotations.explicitString(r.column, "table").orElse(null);
    TableDrafts.Draft table = tableName != null ? secondary(scope.entity(), tableName) : scope.table();
    table.add(column);
    if (id && table == scope.entity().primary()) {
      scope.entity().ids.add(new EntityContext.IdColumn(PhysicalNames.unquoted(
          JpaAnnotations.explicitString(r.column, "name").orElse(r.logicalName)), column));
    }
  }

  /** The site with an override's position, when the override is written on the site's anchor. */
  private static Site siteFor(Site site, AnnotationMirror override) {
    if (override == null || site.anchor() == null) {
      return site;
    }
    for (AnnotationMirror mirror : site.anchor().getAnnotationMirrors()) {
      if (mirror.equals(override) || JpaAnnotations.annotations(mirror, "value").contains(override)) {
        return new Site(site.anchor(), site.local(), mirror); // the override, or its container
      }
    }
    return site;
  }

  /** Adds the overrides an element declares, keyed under {@code prefix}; overrides already known win. */
  static void collectOverrides(Element element, String prefix, Map<String, AnnotationMirror> overrides,
      Map<String, List<AnnotationMirror>> associationOverrides) {
    for (AnnotationMirror o : JpaAnnotations.all(element, "AttributeOverride", "AttributeOverrides")) {
      JpaAnnotations.explicitString(o, "name").ifPresent(n -> overrides.putIfAbsent(prefix + n, o));
    }
    for (AnnotationMirror o : JpaAnnotations.all(element, "AssociationOverride", "AssociationOverrides")) {
      JpaAnnotations.explicitString(o, "name")
          .ifPresent(n -> associationOverrides.putIfAbsent(prefix + n, JpaAnnotations.annotations(o, "joinColumns")));
    }
  }

  void embedded(Attribute attr, String path, TypeElement embeddable, Scope scope, boolean idPart) {
    Map<String, AnnotationMirror> overrides = new HashMap<>(scope.overrides());
    Map<String, List<AnnotationMirror>> associationOverrides = new HashMap<>(scope.associationOverrides());
    collectOverrides(attr.element(), path + ".", overrides, associationOverrides);
    Site site = scope.site().local() ? new Site(attr.element(), false, null) : scope.site();
    // the embeddable's own @Access, else the embedding attribute's, else the owner's (Hibernate's EntityBinder.getPropertyAccessor)
    Attribute.Access access = JpaAnnotations.find(embeddable, "Access")
        .flatMap(a -> JpaAnnotations.explicitEnum(a, "value")).map(Attribute.Access::valueOf)
        .orElseGet(() -> attr.element() != null && attr.element() != embeddable && Attribute.explicitAccess(attr.element()) != null
            ? Attribute.explicitAccess(attr.element()) : scope.access());
    Scope inner = new Scope(scope.entity(), path + ".", site, overrides, associationOverrides, idPart, true, access, scope.table());
    TypeBindings bindings = TypeBindings.none().forSupertype(attr.type());
    List<TypeElement> classes = new ArrayList<>();
    List<TypeBindings> classBindings = new ArrayList<>();
    for (TypeElement t = embeddable; t != null; ) { // the embeddable and the mapped superclasses it extends
      if (t == embeddable || JpaAnnotations.has(t, "MappedSuperclass")) {
        classes.add(0, t);
        classBindings.add(0, bindings);
      }
      TypeMirror sup = t.getSuperclass();
      if (!(sup instanceof DeclaredType declared) || sup.getKind() != javax.lang.model.type.TypeKind.DECLARED) {
        break;
      }
      bindings = bindings.forSupertype(sup);
      t = (TypeElement) declared.asElement();
      if (t.getQualifiedName().contentEquals("java.lang.Object")) {
        break;
      }
    }
    for (int i = 0; i < classes.size(); i++) {
      for (Attribute nested : Attribute.declaredBy(classes.get(i), access, classBindings.get(i))) {
        map(nested, inner);
      }
    }
  }

  private void toOne(Attribute attr, String path, Scope scope) {
    Element e = attr.element();
    AnnotationMirror association = JpaAnnotations.find(e, "ManyToOne").or(() -> JpaAnnotations.find(e, "OneToOne")).orElseThrow();
    if (JpaAnnotations.explicitString(association, "mappedBy").isPresent()) {
      return;
    }
    boolean mapsId = JpaAnnotations.has(e, "MapsId");
    boolean idPart = scope.idPart() || JpaAnnotations.has(e, "Id") || mapsId;
    if (scope.entity().idOnly && !idPart) {
      return;
    }
    TypeElement target = targetEntity(association, attr.type());
    if (target == null) {
      return;
    }
    boolean optional = JpaAnnotations.explicitBoolean(association, "optional").orElse(true);
    boolean oneToOne = JpaAnnotations.has(e, "OneToOne");
    List<AnnotationMirror> joinColumns = scope.associationOverrides().get(path);
    boolean fromOverride = joinColumns != null;
    if (joinColumns == null) {
      joinColumns = JpaAnnotations.all(e, "JoinColumn", "JoinColumns");
    }
    List<EntityContext.IdColumn> targetIds = reader.idColumns(target);
    PhysicalNames.Name targetTable = reader.primaryTableName(target);
    ImplicitNaming implicit = names.implicit();
    String prefix = implicit.attributePath(path);
    boolean bare = implicit == ImplicitNaming.LEGACY_HBM;
    List<ColumnMapping> made = joinColumns(prefix, bare, path, targetIds, target, targetTable, joinColumns, fromOverride,
        scope, idPart, optional, oneToOne && !mapsId && !columns.hibernate5()); // 5.6: no unique key for it
    if (!exportsForeignKey(e, joinColumns)) {
      made = made.stream().map(AttributeMapper::withoutForeignKey).toList();
    }
    if (JpaAnnotations.findOrNull(e, JpaAnnotations.VALIDATION, "NotNull") != null) {
      // Hibernate applies Bean Validation's @NotNull to the join columns' DDL (hibernate.validator.apply_to_ddl)
      made = made.stream().map(c -> c.withEvidence(NotNullEvidence.BEAN_VALIDATION)).toList();
    }
    for (int i = 0; i < made.size(); i++) {
      ColumnMapping column = made.get(i);
      String tableName = i < joinColumns.size() ? JpaAnnotations.explicitString(joinColumns.get(i), "table").orElse(null) : null;
      TableDrafts.Draft table = tableName != null ? secondary(scope.entity(), tableName) : scope.table();
      table.add(column);
      if (idPart && table == scope.entity().primary()) {
        scope.entity().ids.add(new EntityContext.IdColumn(
            JpaAnnotations.explicitString(i < joinColumns.size() ? joinColumns.get(i) : null, "name")
                .map(PhysicalNames::unquoted)
                .orElse(implicitJoinColumn(prefix, bare, targetIds.size(), targetIds.get(Math.min(i, targetIds.size() - 1)))),
            column));
      }
    }
  }

  /**
   * Whether Hibernate's schema generation creates the association's foreign key: not with
   * {@code @ForeignKey(ConstraintMode.NO_CONSTRAINT)} on the join columns, nor with Hibernate's
   * {@code @NotFound}.
   */
  private static boolean exportsForeignKey(Element e, List<AnnotationMirror> joinColumns) {
    if (JpaAnnotations.hibernate(e, "NotFound").isPresent()) {
      return false;
    }
    List<AnnotationMirror> foreignKeys = new ArrayList<>();
    for (AnnotationMirror jc : joinColumns) {
      JpaAnnotations.annotation(jc, "foreignKey").ifPresent(foreignKeys::add);
    }
    JpaAnnotations.find(e, "JoinColumns").flatMap(c -> JpaAnnotations.annotation(c, "foreignKey")).ifPresent(foreignKeys::add);
    return foreignKeys.stream().noneMatch(fk -> JpaAnnotations.explicitEnum(fk, "value").map("NO_CONSTRAINT"::equals).orElse(false));
  }

  private static ColumnMapping withoutForeignKey(ColumnMapping c) {
    Relationship r = c.relationship();
    if (r == null) {
      return c;
    }
    return new ColumnMapping(c.attributePath(), c.columnName(), c.quoted(), c.declaredNullable(), c.primitive(), c.id(),
        c.javaType(), c.attribute(), c.columnAnnotation(), c.nullableValue(), c.ddlNullable(), c.notNullEvidence(),
        c.shape(), c.type(), c.generation(),
        new Relationship(r.targetEntity(), r.targetTable(), r.referencedColumn(), r.optional(), false), c.positions());
  }

  /**
   * Foreign key columns to {@code target}'s primary key (or to the columns named by
   * {@code referencedColumnName}), named JPA's way when not written: attribute + '_' + referenced column.
   */
  List<ColumnMapping> joinColumns(String attributeName, String path, List<EntityContext.IdColumn> targetIds, TypeElement target,
      PhysicalNames.Name targetTable, List<AnnotationMirror> written, boolean fromOverride, Scope scope,
      boolean idPart, boolean optional, boolean unique) {
    return joinColumns(attributeName, false, path, targetIds, target, targetTable, written, fromOverride, scope, idPart,
        optional, unique);
  }

  /** The implicit join column name: prefix + '_' + referenced column, or the prefix alone when {@code bare} (legacy-hbm). */
  static String implicitJoinColumn(String prefix, boolean bare, int columns, EntityContext.IdColumn referenced) {
    return bare && columns == 1 ? prefix : prefix + "_" + referenced.logicalName();
  }

  /** As above; {@code bare}: an unnamed single join column is named {@code attributeName} alone. */
  List<ColumnMapping> joinColumns(String attributeName, boolean bare, String path, List<EntityContext.IdColumn> targetIds,
      TypeElement target, PhysicalNames.Name targetTable, List<AnnotationMirror> written, boolean fromOverride, Scope scope,
      boolean idPart, boolean optional, boolean unique) {
    List<ColumnMapping> out = new ArrayList<>();
    int count = written.isEmpty() ? targetIds.size() : written.size();
    for (int i = 0; i < count; i++) {
      AnnotationMirror jc = written.isEmpty() ? null : written.get(i);
      EntityContext.IdColumn referenced = referenced(jc, targetIds, i, target);
      if (referenced == null) {
        continue;
      }
      String logical = JpaAnnotations.explicitString(jc, "name").orElse(implicitJoinColumn(attributeName, bare, count, referenced));
      out.add(foreignKey(logical, path, referenced, jc, fromOverride, scope, idPart, optional, unique && count == 1,
          new Relationship(JpaAnnotations.qualifiedName(target), targetTable.name(), referenced.column().columnName(), optional), false));
    }
    return out;
  }

  ColumnMapping foreignKey(String logical, String path, EntityContext.IdColumn referenced, AnnotationMirror jc, boolean fromOverride,
      Scope scope, boolean idPart, boolean optional, boolean unique, Relationship relationship, boolean alwaysNotNull) {
    ColumnMapping ref = referenced.column();
    Boolean declared = JpaAnnotations.explicitBoolean(jc, "nullable").orElse(null);
    java.util.Set<NotNullEvidence> evidence = java.util.EnumSet.noneOf(NotNullEvidence.class);
    if (Boolean.FALSE.equals(declared)) {
      evidence.add(NotNullEvidence.DECLARED);
    }
    if (!optional) {
      evidence.add(NotNullEvidence.OPTIONAL_FALSE);
    }
    if (idPart) {
      evidence.add(NotNullEvidence.ID);
    }
    if (alwaysNotNull) {
      evidence.add(NotNullEvidence.IMPLICIT);
    }
    String definition = JpaAnnotations.explicitString(jc, "columnDefinition").orElse(null);
    boolean ddlNullable = ColumnFactory.ddlNullable(declared, evidence, definition, scope.entity().singleTableSubclass);
    ColumnShape refShape = ref.shape();
    ColumnShape shape = new ColumnShape(refShape.length(), false, refShape.precision(), refShape.scale(), definition,
        unique || JpaAnnotations.explicitBoolean(jc, "unique").orElse(false),
        JpaAnnotations.explicitBoolean(jc, "insertable").orElse(true),
        JpaAnnotations.explicitBoolean(jc, "updatable").orElse(true), null);
    ColumnType refType = ref.type();
    ColumnType type = new ColumnType(refType.databaseJavaType(), refType.databaseJavaType(), List.of(), null, false, refType.jdbcTypeCode(), null);
    ColumnFactory.Request r = new ColumnFactory.Request();
    r.path = path;
    r.site = scope.site().local() ? scope.site() : new Site(scope.site().anchor(), false, scope.site().override());
    r.columnFromOverride = fromOverride;
    r.idPart = idPart;
    return columns.build(r, names.physical(logical), declared, false, ddlNullable, evidence, shape, type, relationship, jc);
  }

  /** The target column a join column refers to: by {@code referencedColumnName}, else by position. */
  private EntityContext.IdColumn referenced(AnnotationMirror jc, List<EntityContext.IdColumn> targetIds, int index, TypeElement target) {
    Optional<String> name = JpaAnnotations.explicitString(jc, "referencedColumnName");
    if (name.isPresent()) {
      String wanted = PhysicalNames.unquoted(name.get());
      for (EntityContext.IdColumn id : targetIds) {
        if (id.logicalName().equalsIgnoreCase(wanted) || id.column().columnName().equalsIgnoreCase(wanted)) {
          return id;
        }
      }
      Optional<EntityContext.IdColumn> other = reader.column(target, wanted);
      if (other.isPresent()) {
        return other.get();
      }
    }
    return targetIds.isEmpty() ? null : targetIds.get(Math.min(index, targetIds.size() - 1));
  }

  TableDrafts.Draft secondary(EntityContext entity, String logicalName) {
    TableDrafts.Draft existing = entity.tables.get("#secondary:" + PhysicalNames.unquoted(logicalName));
    return existing != null ? existing : entity.primary();
  }

  /**
   * Whether an attribute of the embedded id (its path from the entity, {@code key.orderId}) is
   * mapped by an association's {@code @MapsId("orderId")} instead of a column of its own.
   */
  private static boolean mappedById(EntityContext entity, String path) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      return false;
    }
    String inId = path.substring(dot + 1);
    for (TypeElement t : entity.hierarchy.idDeclaring()) {
      for (Element m : t.getEnclosedElements()) {
        String v = JpaAnnotations.stringOrNull(JpaAnnotations.findOrNull(m, JpaAnnotations.NAMESPACES, "MapsId"), "value");
        if (v != null && (inId.equals(v) || inId.startsWith(v + "."))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mapsIdReplacesId(EntityContext entity) {
    for (TypeElement t : entity.hierarchy.idDeclaring()) {
      for (Element m : t.getEnclosedElements()) {
        AnnotationMirror mapsId = JpaAnnotations.findOrNull(m, JpaAnnotations.NAMESPACES, "MapsId");
        if (mapsId != null && JpaAnnotations.stringOrNull(mapsId, "value") == null) {
          return true;
        }
      }
    }
    return false;
  }

  /** The entity a to-one or to-many association points at: {@code targetEntity}, else the type. */
  static TypeElement targetEntity(AnnotationMirror association, TypeMirror type) {
    Optional<TypeElement> explicit = JpaAnnotations.explicitClass(association, "targetEntity")
        .filter(t -> !t.getQualifiedName().contentEquals("void"));
    if (explicit.isPresent()) {
      return explicit.get();
    }
    return type instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
  }

  static Optional<TypeElement> embeddable(TypeMirror type) {
    if (type instanceof DeclaredType d && JpaAnnotations.has(d.asElement(), "Embeddable")) {
      return Optional.of((TypeElement) d.asElement());
    }
    return Optional.empty();
  }
}
