package io.github.schemadrift.nativesql;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds the native SQL of repositories and entities: Spring Data's {@code @Query(nativeQuery =
 * true)} and {@code @NativeQuery} with their {@code countQuery}, JPA's {@code @NamedNativeQuery}
 * (both namespaces) with the columns its {@code @SqlResultSetMapping} reads, and, through {@link
 * HibernateSqlReader}, Hibernate's SQL fragments. Annotations are read by qualified name.
 */
public final class NativeSqlReader {

  static final String SPRING = "org.springframework.data.jpa.repository.";
  private static final List<String> QUERY = List.of(SPRING + "Query", SPRING + "NativeQuery");
  private static final List<String> NAMED = List.of("jakarta.persistence.NamedNativeQuery", "javax.persistence.NamedNativeQuery");
  private static final List<String> NAMED_CONTAINERS =
      List.of("jakarta.persistence.NamedNativeQueries", "javax.persistence.NamedNativeQueries");
  private static final List<String> MAPPING = List.of("jakarta.persistence.SqlResultSetMapping", "javax.persistence.SqlResultSetMapping");
  private static final List<String> MAPPING_CONTAINERS =
      List.of("jakarta.persistence.SqlResultSetMappings", "javax.persistence.SqlResultSetMappings");

  /** The annotations whose elements hold native SQL outside entities: the processor collects their types. */
  public static final List<String> HOLDER_ANNOTATIONS = holders();

  private final Types types;
  private final Map<String, EntityModel> entities;
  private final HibernateSqlReader hibernate;
  private final Map<String, List<NativeSql.ResultColumn>> mappings = new HashMap<>();

  /**
   * @param types javac's type utilities
   * @param entities the entities read this round, by qualified name: the tables fragments belong to
   */
  public NativeSqlReader(Types types, Map<String, EntityModel> entities) {
    this.types = types;
    this.entities = entities;
    this.hibernate = new HibernateSqlReader(types, entities);
  }

  private static List<String> holders() {
    List<String> all = new ArrayList<>(QUERY);
    all.addAll(NAMED);
    all.addAll(NAMED_CONTAINERS);
    all.addAll(MAPPING);
    all.addAll(MAPPING_CONTAINERS);
    return List.copyOf(all);
  }

  /** The type whose qualified name the processor keeps for an annotated element. */
  public static TypeElement holderOf(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type) {
        return type;
      }
    }
    return null;
  }

  /** Every piece of native SQL in these types, in their order. */
  public List<NativeSql> read(List<TypeElement> typesToRead) {
    for (TypeElement type : typesToRead) {
      for (TypeElement t : hibernate.hierarchy(type)) {
        rememberMappings(t);
      }
    }
    List<NativeSql> found = new ArrayList<>();
    for (TypeElement type : typesToRead) {
      for (TypeElement t : hibernate.hierarchy(type)) {
        namedQueries(t, found);
      }
      repositoryQueries(type, found);
      EntityModel entity = entities.get(type.getQualifiedName().toString());
      if (entity != null) {
        hibernate.read(type, entity, found);
      }
    }
    return found;
  }

  private void repositoryQueries(TypeElement type, List<NativeSql> found) {
    String entityName = null;
    boolean domainLooked = false;
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      for (AnnotationMirror query : Mirrors.all(method, QUERY)) {
        boolean isNative = Mirrors.name(query).endsWith(".NativeQuery") || Mirrors.isTrue(query, "nativeQuery");
        if (!isNative) {
          continue; // JPQL is Spring Data's and Hibernate's to check
        }
        if (!domainLooked) {
          entityName = domainEntityName(type.asType(), 0);
          domainLooked = true;
        }
        String place = "method '" + type.getSimpleName() + "." + method.getSimpleName() + "'";
        String simple = "@" + query.getAnnotationType().asElement().getSimpleName();
        for (String attribute : List.of("value", "countQuery")) {
          AnnotationValue value = Mirrors.value(query, attribute);
          if (value != null && value.getValue() instanceof String sql && !sql.isBlank()) {
            String origin = (attribute.equals("value") ? "" : "the countQuery of ") + simple + " on " + place;
            found.add(new NativeSql(NativeSql.Kind.STATEMENT, sql, List.of(), entityName, origin,
                new SourcePosition(method, query, value), type.getQualifiedName() + "#" + method.getSimpleName() + "." + attribute,
                List.of()));
          }
        }
      }
    }
  }

  /** The entity name of a repository's domain type ({@code JpaRepository<Book, Long>}), or null. */
  private String domainEntityName(TypeMirror type, int depth) {
    if (depth > 8) {
      return null;
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()
          && declared.asElement() instanceof TypeElement element
          && element.getQualifiedName().toString().startsWith("org.springframework.data.")) {
        TypeMirror domain = declared.getTypeArguments().get(0);
        if (domain.getKind() == TypeKind.DECLARED && ((DeclaredType) domain).asElement() instanceof TypeElement d) {
          EntityModel entity = entities.get(d.getQualifiedName().toString());
          if (entity != null) {
            return entity.entityName();
          }
        }
      }
      String deeper = domainEntityName(supertype, depth + 1);
      if (deeper != null) {
        return deeper;
      }
    }
    return null;
  }

  private void namedQueries(TypeElement type, List<NativeSql> found) {
    for (AnnotationMirror named : Mirrors.repeatable(type, NAMED, NAMED_CONTAINERS)) {
      AnnotationValue query = Mirrors.value(named, "query");
      if (query == null || !(query.getValue() instanceof String sql) || sql.isBlank()) {
        continue;
      }
      String name = Mirrors.string(named, "name");
      String mapping = Mirrors.string(named, "resultSetMapping");
      List<NativeSql.ResultColumn> columns = mapping == null ? List.of() : mappings.getOrDefault(mapping, List.of());
      found.add(new NativeSql(NativeSql.Kind.STATEMENT, sql, List.of(), null,
          "@NamedNativeQuery '" + name + "' on '" + type.getSimpleName() + "'", new SourcePosition(type, named, query),
          type.getQualifiedName() + "#named:" + name, columns));
    }
  }

  /** The column names each {@code @SqlResultSetMapping} reads, by mapping name. */
  private void rememberMappings(TypeElement type) {
    for (AnnotationMirror mapping : Mirrors.repeatable(type, MAPPING, MAPPING_CONTAINERS)) {
      String name = Mirrors.string(mapping, "name");
      if (name == null || mappings.containsKey(name)) {
        continue;
      }
      List<NativeSql.ResultColumn> columns = new ArrayList<>();
      for (AnnotationMirror column : Mirrors.nested(mapping, "columns")) {
        add(columns, type, column, "name", name);
      }
      for (AnnotationMirror constructor : Mirrors.nested(mapping, "classes")) {
        for (AnnotationMirror column : Mirrors.nested(constructor, "columns")) {
          add(columns, type, column, "name", name);
        }
      }
      for (AnnotationMirror entity : Mirrors.nested(mapping, "entities")) {
        for (AnnotationMirror field : Mirrors.nested(entity, "fields")) {
          add(columns, type, field, "column", name);
        }
        add(columns, type, entity, "discriminatorColumn", name);
      }
      mappings.put(name, columns);
    }
  }

  private static void add(List<NativeSql.ResultColumn> columns, TypeElement type, AnnotationMirror mirror, String attribute,
      String mapping) {
    AnnotationValue value = Mirrors.value(mirror, attribute);
    if (value != null && value.getValue() instanceof String column && !column.isBlank()) {
      columns.add(new NativeSql.ResultColumn(column, mapping, new SourcePosition(type, mirror, value)));
    }
  }
}
