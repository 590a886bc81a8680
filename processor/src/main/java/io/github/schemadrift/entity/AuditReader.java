package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What Hibernate Envers adds for an {@code @Audited} entity: its audit table and the default
 * revision table. Envers' annotations are read by qualified name, like JPA's.
 *
 * <p>The audit table is named by {@code @AuditTable}, else {@code <prefix><table><suffix>}, then
 * goes through the physical naming strategy like any table (Spring's gives {@code tasks_aud}).
 * An attribute is audited when the entity class is {@code @Audited} (or the attribute itself
 * is) and it is not {@code @NotAudited}; an attribute inherited from a {@code @MappedSuperclass}
 * only when that superclass is {@code @Audited} (Envers' rule). The {@code @Version} attribute is
 * left out unless {@code do_not_audit_optimistic_locking_field} is false. Only the primary table
 * is modelled: audit tables of secondary tables and of collections are not expected, so they are
 * never reported.
 */
final class AuditReader {

  static final String[] ENVERS = {"org.hibernate.envers."};

  private final PhysicalNames names;
  private final AuditSettings settings;
  private final boolean revisionEntityCompiled;

  AuditReader(PhysicalNames names, AuditSettings settings, List<TypeElement> roundEntities) {
    this.names = names;
    this.settings = settings;
    this.revisionEntityCompiled = roundEntities.stream().anyMatch(t -> envers(t, "RevisionEntity").isPresent());
  }

  static Optional<AnnotationMirror> envers(Element element, String simpleName) {
    return JpaAnnotations.find(element, ENVERS, simpleName);
  }

  /** The entity's audit tables, or null when nothing in it is {@code @Audited}. */
  AuditMapping read(TypeElement type, Hierarchy hierarchy, Attribute.Access access, TableMapping primary) {
    Optional<AnnotationMirror> classAudited = envers(type, "Audited");
    Set<String> audited = new HashSet<>();
    SourcePosition position = classAudited.map(a -> new SourcePosition(type, a, null)).orElse(null);
    for (TypeElement declarer : hierarchy.declaring(type)) {
      boolean declarerAudited = declarer == type ? classAudited.isPresent() : envers(declarer, "Audited").isPresent();
      for (Attribute attr : Attribute.declaredBy(declarer, access, hierarchy.bindings.get(declarer))) {
        Optional<AnnotationMirror> own = envers(attr.element(), "Audited");
        if (envers(attr.element(), "NotAudited").isPresent()
            || (!settings.auditVersion() && JpaAnnotations.has(attr.element(), "Version"))) {
          continue;
        }
        if (own.isPresent() && position == null) {
          position = new SourcePosition(attr.element(), own.get(), null);
        }
        if (declarerAudited || own.isPresent()) {
          audited.add(attr.name());
        }
      }
    }
    if (position == null) {
      return null;
    }
    List<ColumnMapping> columns = new ArrayList<>();
    for (ColumnMapping column : primary.columns()) {
      String attribute = column.attributePath().split("\\.", 2)[0];
      if (column.id() || audited.contains(attribute)) {
        columns.add(column.id() ? column : nullableCopy(column));
      }
    }
    SourcePosition at = position;
    PhysicalNames.Name revision = names.physical(settings.revisionField());
    columns.add(synthetic(AuditMapping.REVISION, revision, "java.lang.Integer", true, at));
    boolean ownTable = hierarchy.isRoot() || hierarchy.strategy == EntityModel.Inheritance.SINGLE_TABLE;
    if (ownTable) {
      columns.add(synthetic(AuditMapping.REVISION_TYPE, names.physical(settings.revisionTypeField()),
          "java.lang.Short", false, at));
    }
    Optional<AnnotationMirror> named = envers(type, "AuditTable");
    String logical = named.flatMap(n -> JpaAnnotations.explicitString(n, "value"))
        .orElse(settings.tablePrefix() + primary.name() + settings.tableSuffix());
    PhysicalNames.Name table = names.physicalTable(primary.quoted() && named.isEmpty() ? "\"" + logical + "\"" : logical);
    SourcePosition tableAt = named.map(n -> new SourcePosition(type, n, JpaAnnotations.explicit(n, "value").orElse(null)))
        .orElse(at);
    TableMapping audit = new TableMapping(table.name(), table.quoted(),
        named.flatMap(n -> JpaAnnotations.explicitString(n, "schema")).filter(v -> !v.isEmpty()).orElse(primary.schema()),
        named.flatMap(n -> JpaAnnotations.explicitString(n, "catalog")).filter(v -> !v.isEmpty()).orElse(primary.catalog()),
        TableMapping.Kind.AUDIT, columns, tableAt, null);
    return new AuditMapping(audit, at, revisionEntityCompiled ? null : revisionTable(at));
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
}
