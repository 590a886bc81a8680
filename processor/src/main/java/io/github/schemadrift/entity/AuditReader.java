package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * What Hibernate Envers adds for an {@code @Audited} entity: its audit tables and the default
 * revision table. Envers' annotations are read by qualified name, like JPA's.
 *
 * <p>The audit table is named by {@code @AuditTable}, else {@code <prefix><table><suffix>}, then
 * goes through the physical naming strategy like any table (Spring's gives {@code tasks_aud}).
 * An attribute is audited when the entity class is {@code @Audited} (or the attribute itself
 * is) and it is not {@code @NotAudited}; an attribute inherited from a {@code @MappedSuperclass}
 * only when that superclass is {@code @Audited} (Envers' rule). The {@code @Version} attribute is
 * left out unless {@code do_not_audit_optimistic_locking_field} is false.
 *
 * <p>As Envers 7 generates them: a joined subclass's audit table holds its key, the revision and
 * its own columns; a single-table subclass shares its root's; a table-per-class entity has a full
 * one. Each secondary table gets {@code <prefix><secondary><suffix>} (or its
 * {@code @SecondaryAuditTable}) with its key and the revision. Each audited collection not mapped
 * by the other side gets a middle table: {@code <prefix><join or collection table><suffix>}, or
 * {@code <prefix><Owner>_<Target><suffix>} for a one-to-many join column, renamed by
 * {@code @AuditJoinTable}/{@code @CollectionAuditTable}, keyed on all its columns and the revision.
 */
final class AuditReader {

  static final String[] ENVERS = JpaAnnotations.ENVERS;

  private final PhysicalNames names;
  private final AuditSettings settings;
  private final boolean revisionEntityCompiled;
  private final String revisionType;
  private final Function<TypeElement, List<ColumnMapping>> idColumns;

  /**
   * @param idColumns an entity's primary key columns (the target keys of one-to-many middle tables)
   */
  AuditReader(PhysicalNames names, AuditSettings settings, List<TypeElement> roundEntities,
      Function<TypeElement, List<ColumnMapping>> idColumns) {
    this.names = names;
    this.settings = settings;
    this.idColumns = idColumns;
    Optional<TypeElement> revisionEntity = roundEntities.stream().filter(t -> envers(t, "RevisionEntity").isPresent()).findFirst();
    this.revisionEntityCompiled = revisionEntity.isPresent();
    this.revisionType = revisionEntity.flatMap(AuditReader::revisionNumberType).orElse("java.lang.Integer");
  }

  static Optional<AnnotationMirror> envers(Element element, String simpleName) {
    return JpaAnnotations.find(element, ENVERS, simpleName);
  }

  /** The Java type of a revision entity's {@code @RevisionNumber}, which the audit tables' revision columns store. */
  private static Optional<String> revisionNumberType(TypeElement revisionEntity) {
    for (TypeElement t = revisionEntity; t != null; ) {
      for (Element member : t.getEnclosedElements()) {
        if (envers(member, "RevisionNumber").isPresent()) {
          TypeMirror type = member instanceof ExecutableElement m ? m.getReturnType() : member.asType();
          return Optional.of(type.toString());
        }
      }
      TypeMirror sup = t.getSuperclass();
      t = sup instanceof javax.lang.model.type.DeclaredType d ? (TypeElement) d.asElement() : null;
    }
    return Optional.empty();
  }

  /** One audited attribute and its modified flag column's logical name, or null without one. */
  private record Audited(Attribute attribute, String modifiedFlag) {}

  /** The entity's audit tables, or null when nothing in it is {@code @Audited}. */
  AuditMapping read(TypeElement type, Hierarchy hierarchy, Attribute.Access access, List<TableMapping> tables) {
    if (!JpaAnnotations.enversSeen()) {
      return null; // reading the entity asked about its classes and members: none carries an Envers annotation
    }
    Optional<AnnotationMirror> classAudited = envers(type, "Audited");
    Map<String, Audited> audited = new LinkedHashMap<>();
    SourcePosition position = classAudited.map(a -> new SourcePosition(type, a, null)).orElse(null);
    List<TypeElement> declarers = new ArrayList<>();
    if (hierarchy.strategy == EntityModel.Inheritance.TABLE_PER_CLASS) {
      hierarchy.entitiesTopDown().forEach(e -> declarers.addAll(hierarchy.declaring(e)));
    } else {
      declarers.addAll(hierarchy.declaring(type));
    }
    for (TypeElement declarer : declarers) {
      Optional<AnnotationMirror> declarerAudited = declarer == type ? classAudited : envers(declarer, "Audited");
      boolean declarerFlags = declarerAudited.flatMap(a -> JpaAnnotations.explicitBoolean(a, "withModifiedFlag")).orElse(false);
      for (Attribute attr : Attribute.declaredBy(declarer, access, hierarchy.bindings.get(declarer))) {
        Optional<AnnotationMirror> own = envers(attr.element(), "Audited");
        if (envers(attr.element(), "NotAudited").isPresent()
            || (!settings.auditVersion() && JpaAnnotations.has(attr.element(), "Version"))) {
          continue;
        }
        if (own.isPresent() && position == null) {
          position = new SourcePosition(attr.element(), own.get(), null);
        }
        if (declarerAudited.isPresent() || own.isPresent()) {
          boolean flag = settings.globalModifiedFlag() || declarerFlags
              || own.flatMap(a -> JpaAnnotations.explicitBoolean(a, "withModifiedFlag")).orElse(false);
          String flagName = own.flatMap(a -> JpaAnnotations.explicitString(a, "modifiedColumnName")).filter(n -> !n.isEmpty())
              .orElse(attr.name() + settings.modifiedFlagSuffix());
          audited.put(attr.name(), new Audited(attr, flag && !JpaAnnotations.has(attr.element(), "Id") ? flagName : null));
        }
      }
    }
    if (position == null) {
      return null;
    }
    return mapping(type, hierarchy, tables, audited, classAudited, position);
  }

  /** The audit tables of an audited entity: its own, its secondary tables', its collections'. */
  private AuditMapping mapping(TypeElement type, Hierarchy hierarchy, List<TableMapping> tables, Map<String, Audited> audited,
      Optional<AnnotationMirror> classAudited, SourcePosition at) {
    TableMapping primary = tables.get(0);
    boolean ownTable = hierarchy.isRoot() || hierarchy.strategy != EntityModel.Inheritance.JOINED;
    List<ColumnMapping> columns = new ArrayList<>();
    for (ColumnMapping column : primary.columns()) {
      if (column.id() || (ownTable && column.attributePath().equals("#discriminator"))) {
        columns.add(column);
      } else if (audited.containsKey(top(column.attributePath()))) {
        columns.add(nullableCopy(column));
      }
    }
    columns.add(synthetic(AuditMapping.REVISION, names.physical(settings.revisionField()), revisionType, true, at));
    if (ownTable) {
      columns.addAll(revisionTypeColumns(at));
    }
    Map<String, List<ColumnMapping>> flagsByTable = modifiedFlags(audited, tables, at);
    columns.addAll(flagsByTable.getOrDefault(primary.name(), List.of()));
    Optional<AnnotationMirror> named = envers(type, "AuditTable");
    String logical = named.flatMap(n -> JpaAnnotations.explicitString(n, "value"))
        .orElse(settings.tablePrefix() + primary.name() + settings.tableSuffix());
    PhysicalNames.Name table = names.physicalTable(primary.quoted() && named.isEmpty() ? "\"" + logical + "\"" : logical);
    SourcePosition tableAt = named.map(n -> new SourcePosition(type, n, JpaAnnotations.explicit(n, "value").orElse(null)))
        .orElse(at);
    TableMapping audit = new TableMapping(table.name(), table.quoted(),
        named.flatMap(n -> JpaAnnotations.explicitString(n, "schema")).filter(v -> !v.isEmpty())
            .orElse(settings.defaultSchema() != null ? settings.defaultSchema() : primary.schema()),
        named.flatMap(n -> JpaAnnotations.explicitString(n, "catalog")).filter(v -> !v.isEmpty())
            .orElse(settings.defaultCatalog() != null ? settings.defaultCatalog() : primary.catalog()),
        TableMapping.Kind.AUDIT, columns, tableAt, null);
    List<TableMapping> secondary = new ArrayList<>();
    List<TableMapping> collections = new ArrayList<>();
    for (TableMapping t : tables) {
      switch (t.kind()) {
        case SECONDARY -> secondary.add(secondaryAudit(type, t, audited, flagsByTable, classAudited.isPresent(), at));
        case JOIN, COLLECTION, FOREIGN -> {
          Audited owner = t.ownerAttribute() == null ? null : audited.get(top(t.ownerAttribute()));
          TableMapping middle = owner == null ? null : middleAudit(type, t, owner.attribute());
          if (middle != null) {
            collections.add(middle);
          }
        }
        default -> { }
      }
    }
    secondary.removeIf(s -> s == null);
    return new AuditMapping(audit, at, revisionEntityCompiled ? null : revisionTable(at), secondary, collections,
        !settings.storeDataAtDelete());
  }

  private static String top(String attributePath) {
    return attributePath.split("\\.", 2)[0];
  }

  /** The revision type column and, with the validity strategy, the revision end columns. */
  private List<ColumnMapping> revisionTypeColumns(SourcePosition at) {
    List<ColumnMapping> out = new ArrayList<>();
    out.add(synthetic(AuditMapping.REVISION_TYPE, names.physical(settings.revisionTypeField()), "java.lang.Short", false, at));
    if (settings.validityStrategy()) {
      out.add(synthetic(AuditMapping.REVISION_END, names.physical(settings.revisionEndField()), revisionType, false, at));
      if (settings.revisionEndTimestamp()) {
        out.add(synthetic(AuditMapping.REVISION_END_TIMESTAMP, names.physical(settings.revisionEndTimestampField()),
            "java.time.LocalDateTime", false, at));
      }
    }
    return out;
  }

  /**
   * The modified flag columns, by the physical name of the entity table that holds the property's
   * columns (a property with none, a collection, flags in the primary table).
   */
  private Map<String, List<ColumnMapping>> modifiedFlags(Map<String, Audited> audited, List<TableMapping> tables, SourcePosition at) {
    Map<String, List<ColumnMapping>> out = new LinkedHashMap<>();
    for (Audited a : audited.values()) {
      if (a.modifiedFlag() == null) {
        continue;
      }
      String holder = tables.get(0).name();
      for (TableMapping t : tables) {
        if (t.kind() == TableMapping.Kind.SECONDARY
            && t.columns().stream().anyMatch(c -> !c.id() && top(c.attributePath()).equals(a.attribute().name()))) {
          holder = t.name();
        }
      }
      SourcePosition where = SourcePosition.of(a.attribute().element());
      PhysicalNames.Name name = names.physical(a.modifiedFlag());
      out.computeIfAbsent(holder, k -> new ArrayList<>()).add(new ColumnMapping(
          AuditMapping.MODIFIED + a.attribute().name(), name.name(), name.quoted(), null, false, false, "java.lang.Boolean",
          where, where, where));
    }
    return out;
  }

  /** A secondary table's audit table: its key, the revision, its audited columns and their flags; null when none is audited. */
  private TableMapping secondaryAudit(TypeElement type, TableMapping secondary, Map<String, Audited> audited,
      Map<String, List<ColumnMapping>> flags, boolean classAudited, SourcePosition at) {
    List<ColumnMapping> columns = new ArrayList<>();
    boolean any = false;
    for (ColumnMapping column : secondary.columns()) {
      if (column.id()) {
        columns.add(column);
      } else if (audited.containsKey(top(column.attributePath()))) {
        columns.add(nullableCopy(column));
        any = true;
      }
    }
    if (!any && !classAudited) {
      return null;
    }
    columns.add(synthetic(AuditMapping.REVISION, names.physical(settings.revisionField()), revisionType, true, at));
    columns.addAll(flags.getOrDefault(secondary.name(), List.of()));
    Optional<AnnotationMirror> renamed = Optional.empty();
    List<AnnotationMirror> declared = new ArrayList<>();
    envers(type, "SecondaryAuditTable").ifPresent(declared::add);
    envers(type, "SecondaryAuditTables").ifPresent(c -> declared.addAll(JpaAnnotations.annotations(c, "value")));
    for (AnnotationMirror a : declared) {
      Optional<String> of = JpaAnnotations.explicitString(a, "secondaryTableName");
      if (of.isPresent() && names.physicalTable(of.get()).name().equalsIgnoreCase(secondary.name())) {
        renamed = Optional.of(a);
      }
    }
    Optional<String> explicit = renamed.flatMap(a -> JpaAnnotations.explicitString(a, "secondaryAuditTableName"));
    String logical = explicit.orElse(settings.tablePrefix() + secondary.name() + settings.tableSuffix());
    PhysicalNames.Name name = names.physicalTable(secondary.quoted() && explicit.isEmpty() ? "\"" + logical + "\"" : logical);
    SourcePosition position = renamed.map(a -> new SourcePosition(type, a, JpaAnnotations.explicit(a, "secondaryAuditTableName")
        .orElse(null))).orElse(at);
    return new TableMapping(name.name(), name.quoted(), schema(secondary.schema()), catalog(secondary.catalog()),
        TableMapping.Kind.AUDIT, columns, position, secondary.name());
  }

  /** An audited collection's middle table: every column of its table (or its owner and target keys) is part of the key. */
  private TableMapping middleAudit(TypeElement type, TableMapping collection, Attribute attribute) {
    Element e = attribute.element();
    List<ColumnMapping> columns = new ArrayList<>();
    String base = collection.name();
    boolean quoted = collection.quoted();
    for (ColumnMapping column : collection.columns()) {
      columns.add(keyCopy(column));
    }
    if (collection.kind() == TableMapping.Kind.FOREIGN) {
      TypeElement target = target(attribute);
      if (target == null) {
        return null;
      }
      idColumns.apply(target).forEach(c -> columns.add(keyCopy(c)));
      base = type.getSimpleName() + "_" + target.getSimpleName();
      quoted = false;
    }
    SourcePosition where = collection.position();
    columns.add(synthetic(AuditMapping.REVISION, names.physical(settings.revisionField()), revisionType, true, where));
    columns.addAll(revisionTypeColumns(where));
    Optional<AnnotationMirror> renamed = envers(e, "AuditJoinTable").or(() -> envers(e, "CollectionAuditTable"));
    Optional<String> explicit = renamed.flatMap(a -> JpaAnnotations.explicitString(a, "name")).filter(n -> !n.isEmpty());
    String logical = explicit.orElse(settings.tablePrefix() + base + settings.tableSuffix());
    PhysicalNames.Name name = names.physicalTable(quoted && explicit.isEmpty() ? "\"" + logical + "\"" : logical);
    SourcePosition position = renamed.map(a -> new SourcePosition(e, a, JpaAnnotations.explicit(a, "name").orElse(null)))
        .orElse(where);
    return new TableMapping(name.name(), name.quoted(),
        renamed.flatMap(a -> JpaAnnotations.explicitString(a, "schema")).filter(v -> !v.isEmpty())
            .orElse(schema(collection.kind() == TableMapping.Kind.FOREIGN ? null : collection.schema())),
        renamed.flatMap(a -> JpaAnnotations.explicitString(a, "catalog")).filter(v -> !v.isEmpty())
            .orElse(catalog(collection.kind() == TableMapping.Kind.FOREIGN ? null : collection.catalog())),
        TableMapping.Kind.AUDIT, columns, position, attribute.name());
  }

  private static TypeElement target(Attribute attribute) {
    Optional<AnnotationMirror> association = JpaAnnotations.find(attribute.element(), "OneToMany");
    TypeMirror element = TypeBindings.none().argument(attribute.type(), 0).orElse(null);
    return association.map(a -> AttributeMapper.targetEntity(a, element)).orElse(null);
  }

  private String schema(String own) {
    return settings.defaultSchema() != null ? settings.defaultSchema() : own;
  }

  private String catalog(String own) {
    return settings.defaultCatalog() != null ? settings.defaultCatalog() : own;
  }

  private TableMapping revisionTable(SourcePosition at) {
    PhysicalNames.Name table = names.physicalTable(AuditSettings.REVISION_TABLE);
    return new TableMapping(table.name(), table.quoted(), null, null, TableMapping.Kind.AUDIT,
        List.of(synthetic(AuditMapping.REVISION, names.physical(AuditSettings.REVISION_ID), "java.lang.Integer", true, at),
            synthetic("#revisionTimestamp", names.physical(AuditSettings.REVISION_TIMESTAMP), "java.lang.Long", false, at)),
        at, null);
  }

  private static ColumnMapping synthetic(String path, PhysicalNames.Name name, String javaType, boolean key, SourcePosition at) {
    return new ColumnMapping(path, name.name(), name.quoted(), key ? Boolean.FALSE : null, false, key, javaType,
        at, at, at);
  }

  /** An audited copy of an entity column: audit rows of deletions hold nulls, so only keys are NOT NULL. */
  private static ColumnMapping nullableCopy(ColumnMapping c) {
    return new ColumnMapping(c.attributePath(), c.columnName(), c.quoted(), null, c.primitive(), false, c.javaType(),
        c.attribute(), c.columnAnnotation(), c.nullableValue(), true, Set.of(), c.shape(), c.type(), null,
        c.relationship(), Map.copyOf(c.positions()));
  }

  /** A column of a middle audit table: part of its key, so NOT NULL. */
  private static ColumnMapping keyCopy(ColumnMapping c) {
    return new ColumnMapping(c.attributePath(), c.columnName(), c.quoted(), Boolean.FALSE, c.primitive(), true, c.javaType(),
        c.attribute(), c.columnAnnotation(), c.nullableValue(), false, Set.of(NotNullEvidence.ID), c.shape(), c.type(), null,
        c.relationship(), Map.copyOf(c.positions()));
  }
}
