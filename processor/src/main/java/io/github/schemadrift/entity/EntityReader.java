package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Turns an {@code @Entity} class into an {@link EntityModel}: every table it maps (primary,
 * secondary, join, collection) and their columns, named and constrained the way Hibernate's schema
 * generation does. The work is split by concern: {@link Hierarchy} (inheritance),
 * {@link Attribute} (access), {@link AttributeMapper} (basic, embedded, to-one),
 * {@link CollectionMapper}, {@link ColumnFactory} and {@link GenerationReader}.
 */
public final class EntityReader {

  private final PhysicalNames names;
  private final ColumnFactory columns;
  private final AttributeMapper attributes;
  private final GenerationReader generations;
  private final List<TypeElement> roundEntities;
  private final Map<String, List<EntityContext.IdColumn>> idCache = new HashMap<>();
  private final Set<String> resolving = new HashSet<>();
  /** The answers of {@link #idColumns} and {@link #primaryTableName} by entity: every association to it asks again. */
  private final Map<TypeElement, List<EntityContext.IdColumn>> idsByType = new IdentityHashMap<>();
  private final Map<TypeElement, PhysicalNames.Name> tableByType = new IdentityHashMap<>();
  /** Each entity's hierarchy and access type: its read, its id and every reference to it ask again. */
  private final Map<TypeElement, Hierarchy> hierarchies = new IdentityHashMap<>();
  private final Map<TypeElement, Attribute.Access> accessByType = new IdentityHashMap<>();
  private final AuditReader audits;
  private final Discriminators discriminators;
  private final GeneratorTables generatorTables;

  public EntityReader(NamingStrategy naming) {
    this(naming, false, List.of());
  }

  /**
   * @param quoteAll whether every identifier is quoted (Hibernate's
   *     {@code hibernate.globally_quoted_identifiers})
   * @param roundEntities the entities being compiled, to know which roots have subclasses
   */
  public EntityReader(NamingStrategy naming, boolean quoteAll, Collection<? extends TypeElement> roundEntities) {
    this(naming, quoteAll, roundEntities, null, false);
  }

  /**
   * @param custom a strategy described with {@code schemadrift.naming.custom}, or null
   * @param quoteKeywords Hibernate's {@code hibernate.auto_quote_keyword}
   */
  public EntityReader(NamingStrategy naming, boolean quoteAll, Collection<? extends TypeElement> roundEntities,
      CustomNaming custom, boolean quoteKeywords) {
    this(naming, quoteAll, roundEntities, custom, quoteKeywords, AuditSettings.DEFAULTS, List.of());
  }

  /**
   * @param audit Hibernate Envers' settings, for the audit tables of {@code @Audited} entities
   * @param converters the {@code @Converter} classes of the compilation; those with
   *     {@code autoApply = true} convert every attribute of their entity-side type
   */
  public EntityReader(NamingStrategy naming, boolean quoteAll, Collection<? extends TypeElement> roundEntities,
      CustomNaming custom, boolean quoteKeywords, AuditSettings audit, Collection<? extends TypeElement> converters) {
    this(naming, quoteAll, roundEntities, custom, quoteKeywords, audit, converters, ImplicitNaming.defaultFor(naming, false));
  }

  /** @param implicit the implicit naming strategy, for the names no annotation gives */
  public EntityReader(NamingStrategy naming, boolean quoteAll, Collection<? extends TypeElement> roundEntities,
      CustomNaming custom, boolean quoteKeywords, AuditSettings audit, Collection<? extends TypeElement> converters,
      ImplicitNaming implicit) {
    this(naming, quoteAll, roundEntities, custom, quoteKeywords, audit, converters, implicit, TypePreferences.DEFAULTS);
  }

  /**
   * @param types Hibernate's {@code hibernate.type.preferred_*} and {@code timezone.default_storage},
   *     and whether Hibernate 5's defaults apply ({@link TypePreferences#withIds})
   */
  public EntityReader(NamingStrategy naming, boolean quoteAll, Collection<? extends TypeElement> roundEntities,
      CustomNaming custom, boolean quoteKeywords, AuditSettings audit, Collection<? extends TypeElement> converters,
      ImplicitNaming implicit, TypePreferences types) {
    this.names = new PhysicalNames(naming, quoteAll, custom, quoteKeywords, implicit);
    this.columns = new ColumnFactory(names, new AutoApplyConverters(converters), types);
    this.hibernate5 = types.hibernate5();
    this.attributes = new AttributeMapper(this, columns, names);
    this.generations = new GenerationReader(names, types.ids());
    this.discriminators = new Discriminators(names);
    this.generatorTables = new GeneratorTables(names, generations);
    this.roundEntities = List.copyOf(roundEntities);
    this.audits = new AuditReader(names, audit, this.roundEntities,
        t -> idColumns(t).stream().map(EntityContext.IdColumn::column).toList());
  }

  private Set<TypeElement> extendedTypes;
  /** Whether Hibernate 5's defaults apply. */
  private final boolean hibernate5;

  /** The classes the round's entities extend, computed on first use. */
  private Set<TypeElement> extendedTypes() {
    if (extendedTypes == null) {
      extendedTypes = Hierarchy.extendedTypes(roundEntities);
    }
    return extendedTypes;
  }

  /**
   * Drops what entity reading remembers on this thread between calls (annotation names and values
   * of the last few elements). Call it when the round's entities are read: the memo holds elements,
   * and through them the compilation.
   */
  public static void forgetRoundState() {
    JpaAnnotations.forgetMemo();
  }

  /** Whether the type carries {@code @Entity} from either JPA namespace. */
  public static boolean isEntity(TypeElement type) {
    return JpaAnnotations.has(type, "Entity");
  }

  public EntityModel read(TypeElement type) {
    Hierarchy hierarchy = hierarchy(type);
    String entityName = entityName(type);
    SourcePosition typePosition = SourcePosition.of(type);
    boolean noTable = JpaAnnotations.hibernate(type, "Subselect").isPresent()
        || (hierarchy.strategy == EntityModel.Inheritance.TABLE_PER_CLASS && hierarchy.isAbstract(type));
    if (noTable) {
      return new EntityModel(type.getQualifiedName().toString(), entityName, false, List.of(), typePosition,
          typePosition, entityName, List.of(), hierarchy.strategy, null, Discriminators.traits(type, hierarchy, entityName, false));
    }
    EntityContext context = context(type, hierarchy, false);
    fill(context);
    List<TableMapping> tables = context.tables.build();
    TableMapping primary = tables.get(0);
    ColumnMapping discriminator = primary.columns().stream()
        .filter(c -> c.attributePath().equals("#discriminator")).findFirst().orElse(null);
    return new EntityModel(type.getQualifiedName().toString(), primary.name(), primary.quoted(), primary.columns(),
        typePosition, primary.position(), entityName, tables, hierarchy.strategy, discriminator,
        Discriminators.traits(type, hierarchy, entityName, Discriminators.hasDiscriminator(hierarchy)),
        audits.read(type, hierarchy, context.access, tables), hibernate5);
  }

  /** An entity's hierarchy, worked out once per entity. */
  private Hierarchy hierarchy(TypeElement type) {
    Hierarchy known = hierarchies.get(type);
    if (known == null) {
      known = new Hierarchy(type, extendedTypes());
      hierarchies.put(type, known);
    }
    return known;
  }

  /** The access type of an entity's hierarchy (its mapped classes), worked out once per entity. */
  private Attribute.Access access(TypeElement type, Hierarchy hierarchy) {
    Attribute.Access known = accessByType.get(type);
    if (known == null) {
      List<TypeElement> mapped = new ArrayList<>(); // a loop: this runs for every entity and every reference to one
      for (TypeElement t : hierarchy.classesTopDown) {
        if (isEntity(t) || JpaAnnotations.has(t, "MappedSuperclass")) {
          mapped.add(t);
        }
      }
      known = Attribute.accessOf(mapped);
      accessByType.put(type, known);
    }
    return known;
  }

  private static boolean singleTableSubclass(Hierarchy hierarchy) {
    return hierarchy.strategy == EntityModel.Inheritance.SINGLE_TABLE && !hierarchy.isRoot();
  }

  /** The physical name of the primary table of the class that owns it ({@code @Table(name)}, else the entity name). */
  private PhysicalNames.Name tableName(TypeElement tableOwner, Optional<AnnotationMirror> table) {
    return names.physicalTable(
        table.flatMap(t -> JpaAnnotations.explicitString(t, "name")).orElse(namingEntityName(tableOwner)));
  }

  private EntityContext context(TypeElement type, Hierarchy hierarchy, boolean idOnly) {
    boolean singleTableSubclass = singleTableSubclass(hierarchy);
    TypeElement tableOwner = singleTableSubclass ? hierarchy.root : type;
    Optional<AnnotationMirror> table = JpaAnnotations.find(tableOwner, "Table");
    PhysicalNames.Name name = tableName(tableOwner, table);
    EntityContext context = new EntityContext(type, hierarchy, entityName(type), name, access(type, hierarchy),
        singleTableSubclass, idOnly);
    SourcePosition position = table.isPresent() && tableOwner == type
        ? new SourcePosition(type, table.get(), JpaAnnotations.explicit(table.get(), "name").orElse(null))
        : SourcePosition.of(type);
    context.tables.table(EntityContext.PRIMARY, name,
        table.flatMap(t -> JpaAnnotations.explicitString(t, "schema")).map(s -> names.physical(s).name()).orElse(null),
        table.flatMap(t -> JpaAnnotations.explicitString(t, "catalog")).map(s -> names.physical(s).name()).orElse(null),
        TableMapping.Kind.PRIMARY, position, null);
    for (UniqueKey key : UniqueKeys.of(table.orElse(null), tableOwner == type ? type : null, SourcePosition.of(type), names)) {
      context.primary().addUniqueKey(key);
    }
    return context;
  }

  private void fill(EntityContext context) {
    TypeElement type = context.entity;
    Hierarchy hierarchy = context.hierarchy;
    for (AnnotationMirror secondary : JpaAnnotations.all(type, "SecondaryTable", "SecondaryTables")) {
      String logical = JpaAnnotations.explicitString(secondary, "name").orElse(null);
      if (logical != null) {
        context.tables.table("#secondary:" + PhysicalNames.unquoted(logical), names.physicalTable(logical),
            JpaAnnotations.explicitString(secondary, "schema").orElse(null),
            JpaAnnotations.explicitString(secondary, "catalog").orElse(null),
            TableMapping.Kind.SECONDARY, new SourcePosition(type, secondary, null), null);
        TableDrafts.Draft draft = context.tables.get("#secondary:" + PhysicalNames.unquoted(logical));
        for (UniqueKey key : UniqueKeys.of(secondary, type, SourcePosition.of(type), names)) {
          draft.addUniqueKey(key);
        }
      }
    }
    if (hierarchy.strategy == EntityModel.Inheritance.JOINED && !hierarchy.isRoot()) {
      primaryKeyJoinColumns(context, JpaAnnotations.all(type, "PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns"),
          context.primary(), parentEntity(hierarchy));
    }
    List<TypeElement> declaring = new ArrayList<>();
    if (hierarchy.strategy == EntityModel.Inheritance.TABLE_PER_CLASS) {
      for (TypeElement entity : hierarchy.entitiesTopDown()) {
        declaring.addAll(hierarchy.declaring(entity));
      }
    } else {
      declaring.addAll(hierarchy.declaring(type));
    }
    Map<String, AnnotationMirror> overrides = new HashMap<>();
    Map<String, List<AnnotationMirror>> associationOverrides = new HashMap<>();
    AttributeMapper.collectOverrides(type, "", overrides, associationOverrides);
    NaturalIdKey naturalId = new NaturalIdKey(type);
    for (TypeElement declarer : declaring) {
      for (Attribute attr : Attribute.declaredBy(declarer, context.access, hierarchy.bindings.get(declarer))) {
        Site site = declarer == type ? new Site(attr.element(), true, null) : new Site(type, false, null);
        int before = context.primary().columns.size();
        attributes.map(attr, new AttributeMapper.Scope(context, "", site, overrides, associationOverrides,
            false, false, context.access, context.primary()));
        if (hierarchy.isRoot()) { // a natural id belongs to the root: its table holds the key
          naturalId.add(attr, site, context.primary().columns.subList(before, context.primary().columns.size()));
        }
      }
    }
    naturalId.build().ifPresent(context.primary()::addUniqueKey);
    discriminators.add(context);
    List<EntityContext.IdColumn> ids = idColumns(type);
    for (AnnotationMirror secondary : JpaAnnotations.all(type, "SecondaryTable", "SecondaryTables")) {
      JpaAnnotations.explicitString(secondary, "name").ifPresent(n -> secondaryKey(context, secondary, n, ids));
    }
    generatorTables.add(context);
  }

  private void secondaryKey(EntityContext context, AnnotationMirror secondary, String logical, List<EntityContext.IdColumn> ids) {
    TableDrafts.Draft draft = context.tables.get("#secondary:" + PhysicalNames.unquoted(logical));
    List<AnnotationMirror> written = JpaAnnotations.annotations(secondary, "pkJoinColumns");
    for (int i = 0; i < ids.size(); i++) {
      String name = i < written.size() ? JpaAnnotations.explicitString(written.get(i), "name").orElse(ids.get(i).logicalName())
          : ids.get(i).logicalName();
      draft.add(keyCopy(ids.get(i).column(), name, context, new SourcePosition(context.entity, secondary, null)));
    }
  }

  private void primaryKeyJoinColumns(EntityContext context, List<AnnotationMirror> written, TableDrafts.Draft table, TypeElement parent) {
    List<EntityContext.IdColumn> parentIds = idColumns(parent);
    for (int i = 0; i < parentIds.size(); i++) {
      EntityContext.IdColumn parentId = parentIds.get(i);
      AnnotationMirror pk = i < written.size() ? written.get(i) : null;
      String name = JpaAnnotations.explicitString(pk, "name").orElse(parentId.logicalName());
      ColumnMapping column = keyCopy(parentId.column(), name, context,
          pk != null ? new SourcePosition(context.entity, pk, null) : SourcePosition.of(context.entity));
      table.add(column);
      context.ids.add(new EntityContext.IdColumn(PhysicalNames.unquoted(name), column));
    }
  }

  /** A copy of a key column under another name: the primary key of a joined subclass or secondary table. */
  private ColumnMapping keyCopy(ColumnMapping key, String logicalName, EntityContext context, SourcePosition position) {
    PhysicalNames.Name name = names.physical(logicalName);
    return new ColumnMapping("#id", name.name(), name.quoted(), null, key.primitive(), true, key.javaType(),
        SourcePosition.of(context.entity), position, position, false, EnumSet.of(NotNullEvidence.ID),
        new ColumnShape(key.shape().length(), false, key.shape().precision(), key.shape().scale(), null, false, true, true, null),
        key.type(), null, null, Map.of());
  }

  // ---- what other entities need to know about an entity (used while mapping references) ----

  /** The entity name: {@code @Entity(name)}, else the simple class name. */
  /**
   * The entity name implicit names start from: the JPA entity name, but the class's simple name
   * under the {@code legacy-hbm} implicit strategy.
   */
  String namingEntityName(TypeElement type) {
    return names.implicit() == ImplicitNaming.LEGACY_HBM ? type.getSimpleName().toString() : entityName(type);
  }

  static String entityName(TypeElement type) {
    return JpaAnnotations.find(type, "Entity").flatMap(e -> JpaAnnotations.explicitString(e, "name"))
        .orElse(type.getSimpleName().toString());
  }

  /** The physical primary table of an entity (a single-table subclass's is its root's). */
  PhysicalNames.Name primaryTableName(TypeElement entity) {
    PhysicalNames.Name known = tableByType.get(entity);
    if (known == null) {
      Hierarchy hierarchy = hierarchy(entity);
      TypeElement tableOwner = singleTableSubclass(hierarchy) ? hierarchy.root : entity; // as context() names it
      known = tableName(tableOwner, JpaAnnotations.find(tableOwner, "Table"));
      tableByType.put(entity, known);
    }
    return known;
  }

  /** An entity's primary key columns, resolved once per entity. */
  List<EntityContext.IdColumn> idColumns(TypeElement entity) {
    List<EntityContext.IdColumn> known = idsByType.get(entity);
    if (known != null) {
      return known;
    }
    String key = entity.getQualifiedName().toString();
    List<EntityContext.IdColumn> cached = idCache.get(key);
    if (cached != null) {
      idsByType.put(entity, cached);
      return cached;
    }
    if (!resolving.add(key)) {
      return List.of();
    }
    try {
      Hierarchy hierarchy = hierarchy(entity);
      EntityContext context = context(entity, hierarchy, true);
      if (hierarchy.strategy == EntityModel.Inheritance.JOINED && !hierarchy.isRoot()) {
        primaryKeyJoinColumns(context, JpaAnnotations.all(entity, "PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns"),
            context.primary(), parentEntity(hierarchy));
      } else if (!hierarchy.isRoot()) {
        List<EntityContext.IdColumn> rootIds = idColumns(hierarchy.root);
        idCache.put(key, rootIds);
        return rootIds;
      } else {
        for (TypeElement declarer : hierarchy.idDeclaring()) {
          for (Attribute attr : Attribute.declaredBy(declarer, context.access, hierarchy.bindings.get(declarer))) {
            if (!JpaAnnotations.has(attr.element(), "Id") && !JpaAnnotations.has(attr.element(), "EmbeddedId")
                && !JpaAnnotations.has(attr.element(), "MapsId")) {
              continue; // a key-only mapping maps nothing else: AttributeMapper.map would return at once
            }
            attributes.map(attr, new AttributeMapper.Scope(context, "", new Site(entity, false, null), Map.of(), Map.of(),
                false, false, context.access, context.primary()));
          }
        }
      }
      List<EntityContext.IdColumn> ids = List.copyOf(context.ids);
      idCache.put(key, ids);
      return ids;
    } finally {
      resolving.remove(key);
    }
  }

  /** A non-key column of an entity's primary table, for a join column's {@code referencedColumnName}. */
  Optional<EntityContext.IdColumn> column(TypeElement entity, String name) {
    String key = "#column:" + entity.getQualifiedName();
    if (!resolving.add(key)) {
      return Optional.empty();
    }
    try {
      for (ColumnMapping c : read(entity).columns()) {
        if (c.columnName().equalsIgnoreCase(name) || c.attributePath().equals(name)) {
          return Optional.of(new EntityContext.IdColumn(name, c));
        }
      }
      return Optional.empty();
    } finally {
      resolving.remove(key);
    }
  }

  Generation generation(Attribute attr, EntityContext entity) {
    return generations.read(attr, entity);
  }

  TypeElement superclass(TypeElement type) {
    TypeMirror sup = type.getSuperclass();
    return sup.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) sup).asElement() : null;
  }

  private static TypeElement parentEntity(Hierarchy hierarchy) {
    List<TypeElement> entities = hierarchy.entitiesTopDown();
    return entities.size() >= 2 ? entities.get(entities.size() - 2) : hierarchy.root;
  }
}
