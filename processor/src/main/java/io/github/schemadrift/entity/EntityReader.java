package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Turns an {@code @Entity} class into an {@link EntityModel}: its table and the columns its
 * persistent fields map, named the way Hibernate names them.
 */
public final class EntityReader {

  private final NamingStrategy naming;

  public EntityReader(NamingStrategy naming) {
    this.naming = naming;
  }

  /** Whether the type carries {@code @Entity} from either JPA namespace. */
  public static boolean isEntity(TypeElement type) {
    return JpaAnnotations.has(type, "Entity");
  }

  public EntityModel read(TypeElement type) {
    AnnotationMirror entity = JpaAnnotations.find(type, "Entity").orElseThrow();
    Optional<AnnotationMirror> table = JpaAnnotations.find(type, "Table");
    Optional<String> explicitTable = table.flatMap(t -> JpaAnnotations.explicitString(t, "name"));
    String logical =
        explicitTable
            .or(() -> JpaAnnotations.explicitString(entity, "name"))
            .orElse(type.getSimpleName().toString());
    QuotedName tableName = QuotedName.of(logical);
    SourcePosition tablePosition =
        table.isPresent()
            ? new SourcePosition(
                type, table.get(), JpaAnnotations.explicit(table.get(), "name").orElse(null))
            : SourcePosition.of(type);
    List<ColumnMapping> columns = new ArrayList<>();
    for (VariableElement field : persistentFields(type)) {
      column(field).ifPresent(columns::add);
    }
    return new EntityModel(
        type.getQualifiedName().toString(),
        naming.apply(tableName.name(), tableName.quoted()),
        tableName.quoted(),
        columns,
        SourcePosition.of(type),
        tablePosition);
  }

  /** Fields of the class and of its mapped superclasses, superclass fields first. */
  private static List<VariableElement> persistentFields(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null; t = superclass(t)) {
      if (t != type && !JpaAnnotations.has(t, "MappedSuperclass")) {
        break;
      }
      chain.add(0, t);
    }
    List<VariableElement> fields = new ArrayList<>();
    for (TypeElement t : chain) {
      for (Element member : t.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD
            && !member.getModifiers().contains(Modifier.STATIC)
            && !member.getModifiers().contains(Modifier.TRANSIENT)
            && !JpaAnnotations.has(member, "Transient")) {
          fields.add((VariableElement) member);
        }
      }
    }
    return fields;
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror sup = type.getSuperclass();
    if (sup.getKind() != TypeKind.DECLARED) {
      return null;
    }
    return (TypeElement) ((DeclaredType) sup).asElement();
  }

  private Optional<ColumnMapping> column(VariableElement field) {
    if (JpaAnnotations.has(field, "OneToMany")
        || JpaAnnotations.has(field, "ManyToMany")
        || JpaAnnotations.has(field, "ElementCollection")
        || JpaAnnotations.has(field, "Embedded")
        || JpaAnnotations.has(field, "EmbeddedId")) {
      return Optional.empty(); // collection tables and embeddables are read by later stages
    }
    boolean relation = JpaAnnotations.has(field, "ManyToOne") || JpaAnnotations.has(field, "OneToOne");
    if (relation && isInverseOneToOne(field)) {
      return Optional.empty();
    }
    Optional<AnnotationMirror> column = JpaAnnotations.find(field, relation ? "JoinColumn" : "Column");
    String attribute = field.getSimpleName().toString();
    String logical =
        column
            .flatMap(c -> JpaAnnotations.explicitString(c, "name"))
            .orElseGet(() -> relation ? attribute + "_" + referencedIdColumn(field) : attribute);
    QuotedName name = QuotedName.of(logical);
    Boolean declaredNullable = column.flatMap(c -> JpaAnnotations.explicitBoolean(c, "nullable")).orElse(null);
    AnnotationValue nullableValue = column.flatMap(c -> JpaAnnotations.explicit(c, "nullable")).orElse(null);
    SourcePosition attributePos = SourcePosition.of(field);
    SourcePosition columnPos =
        column.map(c -> new SourcePosition(field, c, null)).orElse(attributePos);
    SourcePosition nullablePos =
        nullableValue != null ? new SourcePosition(field, column.get(), nullableValue) : columnPos;
    return Optional.of(
        new ColumnMapping(
            attribute,
            naming.apply(name.name(), name.quoted()),
            name.quoted(),
            declaredNullable,
            field.asType().getKind().isPrimitive(),
            JpaAnnotations.has(field, "Id"),
            field.asType().toString(),
            attributePos,
            columnPos,
            nullablePos));
  }

  private static boolean isInverseOneToOne(VariableElement field) {
    return JpaAnnotations.find(field, "OneToOne")
        .flatMap(m -> JpaAnnotations.explicitString(m, "mappedBy"))
        .isPresent();
  }

  /** The column name of the referenced entity's {@code @Id}, JPA's default join column suffix. */
  private String referencedIdColumn(VariableElement field) {
    if (field.asType().getKind() != TypeKind.DECLARED) {
      return "id";
    }
    TypeElement target = (TypeElement) ((DeclaredType) field.asType()).asElement();
    for (VariableElement f : persistentFields(target)) {
      if (JpaAnnotations.has(f, "Id")) {
        return JpaAnnotations.find(f, "Column")
            .flatMap(c -> JpaAnnotations.explicitString(c, "name"))
            .orElse(f.getSimpleName().toString());
      }
    }
    return "id";
  }

  /** A logical name with its quoting: JPA's {@code "\"user\""} and MySQL-style backticks. */
  record QuotedName(String name, boolean quoted) {
    static QuotedName of(String logical) {
      if (logical.length() >= 2
          && ((logical.startsWith("\"") && logical.endsWith("\""))
              || (logical.startsWith("`") && logical.endsWith("`")))) {
        return new QuotedName(logical.substring(1, logical.length() - 1), true);
      }
      return new QuotedName(logical, false);
    }
  }
}
