package io.github.schemadrift.nativesql;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.entity.TableMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Hibernate's SQL in an entity's hierarchy (the entity and its mapped superclasses): on the class
 * {@code @Subselect}, {@code @SQLInsert}, {@code @SQLUpdate}, {@code @SQLDelete}, {@code
 * @SQLRestriction}, {@code @Where} and {@code @Check}; on attributes {@code @Formula}, {@code
 * @JoinFormula}, {@code @ColumnTransformer}, {@code @Check}, and on collections {@code
 * @SQLRestriction}, {@code @Where}, {@code @SQLInsert}, {@code @SQLUpdate}, {@code @SQLDelete} and
 * {@code @SQLDeleteAll}. Fragments are read in the entity's tables, a collection's restriction in
 * its target entity's (or its collection table).
 */
final class HibernateSqlReader {

  private static final String H = "org.hibernate.annotations.";
  private static final List<String> STATEMENTS =
      List.of(H + "SQLInsert", H + "SQLUpdate", H + "SQLDelete", H + "SQLDeleteAll");
  private static final List<String> STATEMENT_CONTAINERS = List.of(H + "SQLInserts", H + "SQLUpdates", H + "SQLDeletes");
  private static final List<String> RESTRICTIONS = List.of(H + "SQLRestriction", H + "Where");
  private static final List<String> CHECKS = List.of(H + "Check");
  private static final List<String> CHECK_CONTAINERS = List.of(H + "Checks");
  private static final List<String> TRANSFORMERS = List.of(H + "ColumnTransformer");
  private static final List<String> TRANSFORMER_CONTAINERS = List.of(H + "ColumnTransformers");
  private static final List<String> JOIN_FORMULA = List.of(H + "JoinFormula");
  private static final List<String> JOIN_OR_FORMULA = List.of(H + "JoinColumnOrFormula");
  private static final List<String> JOIN_OR_FORMULA_CONTAINERS = List.of(H + "JoinColumnsOrFormulas");
  private static final List<String> TO_MANY =
      List.of("jakarta.persistence.OneToMany", "javax.persistence.OneToMany", "jakarta.persistence.ManyToMany",
          "javax.persistence.ManyToMany");

  private static final List<String> TRANSIENT = List.of("jakarta.persistence.Transient", "javax.persistence.Transient");

  private final Types types;
  private final Map<String, EntityModel> entities;

  HibernateSqlReader(Types types, Map<String, EntityModel> entities) {
    this.types = types;
    this.entities = entities;
  }

  /** A class and its superclasses up to {@code Object}; an interface alone. */
  List<TypeElement> hierarchy(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null && !isObject(t); ) {
      chain.add(t);
      TypeMirror superclass = t.getSuperclass();
      t = superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
    }
    return chain;
  }

  /** Whether this is {@code java.lang.Object}, the one class without a superclass (its name decoded only then). */
  private static boolean isObject(TypeElement type) {
    return type.getSuperclass().getKind() == TypeKind.NONE && type.getKind() == ElementKind.CLASS
        && type.getQualifiedName().contentEquals("java.lang.Object");
  }

  void read(TypeElement type, EntityModel entity, List<NativeSql> found) {
    List<TableMapping> context = null; // built for the first class or member that carries a Hibernate annotation
    for (TypeElement t : hierarchy(type)) {
      String subject = null;
      if (Mirrors.anyIn(t, H)) {
        context = context == null ? context(type, entity) : context;
        String owner = "'" + t.getSimpleName() + "'";
        subject = t.getQualifiedName() + "#";
        statements(t, owner, subject, found);
        fragments(t, RESTRICTIONS, List.of(), "value", NativeSql.Kind.CONDITION, context, owner, subject, found);
        fragments(t, CHECKS, CHECK_CONTAINERS, "constraints", NativeSql.Kind.CONDITION, context, owner, subject, found);
      }
      for (Element member : t.getEnclosedElements()) {
        // every fragment of a member is in a Hibernate annotation: most members have none and hold no SQL
        if ((member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.METHOD) && Mirrors.anyIn(member, H)) {
          context = context == null ? context(type, entity) : context;
          subject = subject == null ? t.getQualifiedName() + "#" : subject;
          member(member, t, entity, context, subject + member.getSimpleName(), found);
        }
      }
    }
  }

  private void member(Element member, TypeElement owner, EntityModel entity, List<TableMapping> context, String subject,
      List<NativeSql> found) {
    if (member.getModifiers().contains(javax.lang.model.element.Modifier.TRANSIENT) || !Mirrors.all(member, TRANSIENT).isEmpty()) {
      return; // Hibernate runs no SQL of an attribute it does not map
    }
    String place = (member.getKind() == ElementKind.FIELD ? "field '" : "method '") + owner.getSimpleName() + "."
        + member.getSimpleName() + "'";
    fragments(member, List.of(H + "Formula"), List.of(), "value", NativeSql.Kind.EXPRESSION, context, place, subject, found);
    fragments(member, JOIN_FORMULA, List.of(), "value", NativeSql.Kind.EXPRESSION, context, place, subject, found);
    for (AnnotationMirror either : Mirrors.repeatable(member, JOIN_OR_FORMULA, JOIN_OR_FORMULA_CONTAINERS)) {
      for (AnnotationMirror formula : Mirrors.nested(either, "formula")) {
        add(member, formula, "value", NativeSql.Kind.EXPRESSION, context, place, subject, found);
      }
    }
    for (AnnotationMirror transformer : Mirrors.repeatable(member, TRANSFORMERS, TRANSFORMER_CONTAINERS)) {
      add(member, transformer, "read", NativeSql.Kind.EXPRESSION, context, place, subject, found);
      add(member, transformer, "write", NativeSql.Kind.EXPRESSION, context, place, subject, found);
    }
    fragments(member, CHECKS, CHECK_CONTAINERS, "constraints", NativeSql.Kind.CONDITION, context, place, subject, found);
    fragments(member, RESTRICTIONS, List.of(), "value", NativeSql.Kind.CONDITION, collectionContext(member, entity, context),
        place, subject, found);
    statements(member, place, subject, found);
  }

  private void statements(Element element, String place, String subject, List<NativeSql> found) {
    for (AnnotationMirror statement : Mirrors.repeatable(element, STATEMENTS, STATEMENT_CONTAINERS)) {
      if (!Mirrors.isTrue(statement, "callable")) {
        add(element, statement, "sql", NativeSql.Kind.STATEMENT, List.of(), place, subject, found);
      }
    }
    for (AnnotationMirror subselect : Mirrors.all(element, List.of(H + "Subselect"))) {
      add(element, subselect, "value", NativeSql.Kind.STATEMENT, List.of(), place, subject, found);
    }
  }

  private void fragments(Element element, List<String> names, List<String> containers, String attribute, NativeSql.Kind kind,
      List<TableMapping> context, String place, String subject, List<NativeSql> found) {
    for (AnnotationMirror mirror : Mirrors.repeatable(element, names, containers)) {
      // @Where's attribute is 'clause', the others' 'value' or 'constraints'
      add(element, mirror, Mirrors.name(mirror).endsWith(".Where") ? "clause" : attribute, kind, context, place, subject, found);
    }
  }

  private static void add(Element element, AnnotationMirror mirror, String attribute, NativeSql.Kind kind,
      List<TableMapping> context, String place, String subject, List<NativeSql> found) {
    AnnotationValue value = Mirrors.value(mirror, attribute);
    if (value == null || !(value.getValue() instanceof String sql) || sql.isBlank()) {
      return;
    }
    String simple = "@" + mirror.getAnnotationType().asElement().getSimpleName();
    String origin = (attribute.equals("read") || attribute.equals("write") ? "the " + attribute + " of " : "") + simple + " on " + place;
    found.add(new NativeSql(kind, sql, context, null, origin, new SourcePosition(element, mirror, value),
        subject + simple + "." + attribute, List.of()));
  }

  /** The entity's own tables and those of its entity superclasses: a fragment's unqualified names are theirs. */
  private List<TableMapping> context(TypeElement type, EntityModel entity) {
    List<TableMapping> tables = new ArrayList<>();
    for (TableMapping t : entity.tables()) {
      if (t.kind() == TableMapping.Kind.PRIMARY || t.kind() == TableMapping.Kind.SECONDARY) {
        tables.add(t);
      }
    }
    for (TypeElement t : hierarchy(type)) {
      EntityModel parent = t == type ? null : entities.get(t.getQualifiedName().toString());
      if (parent != null) {
        parent.tables().stream().filter(m -> m.kind() == TableMapping.Kind.PRIMARY).forEach(tables::add);
      }
    }
    return tables;
  }

  /**
   * The tables a collection's restriction reads: the target entity's for {@code @OneToMany} and
   * {@code @ManyToMany}, the collection table for an element collection; the entity's otherwise.
   */
  private List<TableMapping> collectionContext(Element member, EntityModel owner, List<TableMapping> context) {
    TypeMirror type = member.getKind() == ElementKind.METHOD
        ? ((javax.lang.model.element.ExecutableElement) member).getReturnType()
        : member.asType();
    if (!(type instanceof DeclaredType declared) || declared.getTypeArguments().isEmpty()) {
      return context;
    }
    if (!Mirrors.all(member, TO_MANY).isEmpty()) {
      TypeMirror target = declared.getTypeArguments().get(declared.getTypeArguments().size() - 1);
      EntityModel entity = target instanceof DeclaredType d && d.asElement() instanceof TypeElement e
          ? entities.get(e.getQualifiedName().toString())
          : null;
      return entity == null ? List.of() : entity.tables().stream().filter(m -> m.kind() == TableMapping.Kind.PRIMARY).toList();
    }
    String attribute = member.getSimpleName().toString();
    List<TableMapping> collection = new ArrayList<>();
    for (TableMapping t : owner.tables()) {
      String by = t.ownerAttribute();
      if (t.kind() == TableMapping.Kind.COLLECTION && by != null && (by.equals(attribute) || by.endsWith("." + attribute))) {
        collection.add(t);
      }
    }
    return collection;
  }
}
