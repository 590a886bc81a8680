package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * One persistent attribute: a field under field access, a getter under property access.
 *
 * @param name the attribute name ({@code title} for {@code getTitle()})
 * @param element the field or getter carrying the mapping annotations
 * @param type the attribute's type with the hierarchy's type variables resolved
 * @param declaringType the class that declares it (the entity, a mapped superclass, an embeddable)
 */
record Attribute(String name, Element element, TypeMirror type, TypeElement declaringType) {

  /** JPA's two access types. */
  enum Access {
    FIELD,
    PROPERTY
  }

  boolean has(String jpaAnnotation) {
    return JpaAnnotations.has(element, jpaAnnotation);
  }

  /**
   * The persistent attributes one class declares, in declaration order, chosen as Hibernate's
   * {@code PropertyContainer} does: members with their own {@code @Access} first (an
   * {@code @Access(FIELD)} field, an {@code @Access(PROPERTY)} getter), then the class's access type
   * (its {@code @Access}, else the hierarchy's) fills the names still free. So a getter with
   * {@code @Access(PROPERTY)} in a field-access class hides the field of the same name, and an
   * {@code @Id @Access(PROPERTY)} field stays mapped from its own annotations.
   */
  static List<Attribute> declaredBy(TypeElement type, Access inherited, TypeBindings bindings) {
    Access declared = explicitAccess(type);
    Access access = declared != null ? declared : inherited;
    List<Element> candidates = new ArrayList<>();
    List<String> names = new ArrayList<>(); // each candidate's attribute name, decoded once
    for (Element member : type.getEnclosedElements()) {
      ElementKind kind = member.getKind();
      if (kind != ElementKind.FIELD && kind != ElementKind.METHOD) {
        continue; // constructors and nested types map nothing
      }
      Set<Modifier> modifiers = member.getModifiers(); // javac builds a new set on every call
      if (modifiers.contains(Modifier.STATIC) || JpaAnnotations.has(member, "Transient")
          || JpaAnnotations.hasHibernate(member, "Formula") || JpaAnnotations.hasHibernate(member, "JoinFormula")
          || (kind == ElementKind.FIELD && modifiers.contains(Modifier.TRANSIENT))) {
        continue;
      }
      String name = name(member);
      if (name == null) {
        continue; // a method that is no getter
      }
      candidates.add(member);
      names.add(name);
    }
    Map<String, Element> chosen = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) { // members that name their own access
      Element member = candidates.get(i);
      Access own = explicitAccess(member);
      if ((member.getKind() == ElementKind.FIELD && own == Access.FIELD)
          || (member.getKind() == ElementKind.METHOD && own == Access.PROPERTY)) {
        chosen.putIfAbsent(names.get(i), member);
      }
    }
    ElementKind classKind = access == Access.PROPERTY ? ElementKind.METHOD : ElementKind.FIELD;
    for (int i = 0; i < candidates.size(); i++) { // the class's access type fills the rest
      if (candidates.get(i).getKind() == classKind) {
        chosen.putIfAbsent(names.get(i), candidates.get(i));
      }
    }
    List<Attribute> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Element member = candidates.get(i);
      String name = names.get(i);
      if (chosen.get(name) == member) {
        TypeMirror type2 = member.getKind() == ElementKind.FIELD ? member.asType() : ((ExecutableElement) member).getReturnType();
        out.add(new Attribute(name, member, bindings.resolve(type2), type));
      }
    }
    return out;
  }

  private static String name(Element member) {
    return member.getKind() == ElementKind.FIELD ? member.getSimpleName().toString()
        : propertyName((ExecutableElement) member);
  }

  /** The access type an element's {@code @Access} names, or null (run for every member: no Optional). */
  static Access explicitAccess(Element element) {
    AnnotationMirror access = JpaAnnotations.findOrNull(element, JpaAnnotations.NAMESPACES, "Access");
    if (access == null) {
      return null;
    }
    String value = JpaAnnotations.explicitEnum(access, "value").orElse(null);
    return value != null ? Access.valueOf(value) : null;
  }

  /** The property a getter reads, or null when the method is no getter. */
  static String propertyName(ExecutableElement method) {
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
      return null;
    }
    String name = method.getSimpleName().toString();
    if (name.startsWith("get") && name.length() > 3) {
      return decapitalize(name.substring(3));
    }
    if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return decapitalize(name.substring(2));
    }
    return null;
  }

  /** JavaBeans decapitalization: {@code Title} gives {@code title}, {@code URL} stays {@code URL}. */
  static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * The access type a hierarchy uses where a class says none, decided as Hibernate 7's
   * {@code InheritanceState} does: the placement of {@code @Id}/{@code @EmbeddedId} on the classes
   * without a class-level {@code @Access} (the entity first, then up), else where the entity's, the
   * root entity's and then the mapped superclasses' mapping annotations are. Members with their own
   * {@code @Access} or {@code @Transient} do not count.
   *
   * @param hierarchyTopDown the entities and mapped superclasses from the top down to the entity
   */
  static Access accessOf(List<TypeElement> hierarchyTopDown) {
    for (int i = hierarchyTopDown.size() - 1; i >= 0; i--) {
      TypeElement type = hierarchyTopDown.get(i);
      if (explicitAccess(type) == null) {
        Access byId = fromMembers(type, true);
        if (byId != null) {
          return byId;
        }
      }
    }
    if (hierarchyTopDown.isEmpty()) {
      return Access.FIELD;
    }
    TypeElement entity = hierarchyTopDown.get(hierarchyTopDown.size() - 1);
    Access found = fromMembers(entity, false);
    TypeElement root = hierarchyTopDown.stream().filter(EntityReader::isEntity).findFirst().orElse(null);
    if (found == null && root != null) {
      found = fromMembers(root, false);
    }
    for (int i = hierarchyTopDown.size() - 2; found == null && i >= 0; i--) {
      TypeElement type = hierarchyTopDown.get(i);
      if (JpaAnnotations.has(type, "MappedSuperclass")) {
        found = fromMembers(type, false);
      }
    }
    return found != null ? found : Access.FIELD;
  }

  /**
   * The access a class's members imply: with {@code idOnly}, an identifier getter (property) before
   * an identifier field; else a mapped field before a mapped getter. Null when none says.
   */
  private static Access fromMembers(TypeElement type, boolean idOnly) {
    boolean field = false;
    boolean getter = false;
    for (Element member : type.getEnclosedElements()) {
      boolean method = member.getKind() == ElementKind.METHOD;
      if ((!method && member.getKind() != ElementKind.FIELD) || !inferable(member)
          || (method && propertyName((ExecutableElement) member) == null)) {
        continue;
      }
      boolean counts = idOnly
          ? JpaAnnotations.has(member, "Id") || JpaAnnotations.has(member, "EmbeddedId")
          : hasMappingAnnotation(member);
      getter |= counts && method;
      field |= counts && !method;
    }
    if (idOnly && getter) {
      return Access.PROPERTY;
    }
    return field ? Access.FIELD : getter ? Access.PROPERTY : null;
  }

  private static boolean inferable(Element member) {
    return !member.getModifiers().contains(Modifier.STATIC) && !JpaAnnotations.has(member, "Access")
        && !JpaAnnotations.has(member, "Transient");
  }

  /** Whether a member carries a JPA or Hibernate mapping annotation. */
  private static boolean hasMappingAnnotation(Element member) {
    for (AnnotationMirror mirror : member.getAnnotationMirrors()) {
      String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.startsWith("jakarta.persistence.") || name.startsWith("javax.persistence.")
          || name.startsWith("org.hibernate.annotations.")) {
        return true;
      }
    }
    return false;
  }
}
