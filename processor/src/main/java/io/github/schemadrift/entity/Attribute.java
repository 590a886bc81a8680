package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.List;
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

  /** The persistent attributes one class declares, in declaration order. */
  static List<Attribute> declaredBy(TypeElement type, Access inherited, TypeBindings bindings) {
    Access declared = explicitAccess(type);
    Access access = declared != null ? declared : inherited;
    List<Attribute> out = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      ElementKind kind = member.getKind();
      if (kind != ElementKind.FIELD && kind != ElementKind.METHOD) {
        continue; // constructors and nested types map nothing
      }
      Set<Modifier> modifiers = member.getModifiers(); // javac builds a new set on every call
      if (modifiers.contains(Modifier.STATIC) || JpaAnnotations.has(member, "Transient")
          || JpaAnnotations.hasHibernate(member, "Formula") || JpaAnnotations.hasHibernate(member, "JoinFormula")) {
        continue;
      }
      Access own = explicitAccess(member);
      if (kind == ElementKind.FIELD) {
        boolean mapped = own == Access.FIELD || (own == null && access == Access.FIELD);
        if (mapped && !modifiers.contains(Modifier.TRANSIENT)) {
          out.add(new Attribute(member.getSimpleName().toString(), member, bindings.resolve(member.asType()), type));
        }
      } else {
        ExecutableElement method = (ExecutableElement) member;
        String property = propertyName(method);
        boolean mapped = own == Access.PROPERTY || (own == null && access == Access.PROPERTY);
        if (mapped && property != null) {
          out.add(new Attribute(property, member, bindings.resolve(method.getReturnType()), type));
        }
      }
    }
    return out;
  }

  /** The access type an element's {@code @Access} names, or null (run for every member: no Optional). */
  private static Access explicitAccess(Element element) {
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

  /** The access type a hierarchy uses: where its {@code @Id} or {@code @EmbeddedId} is placed. */
  static Access accessOf(List<TypeElement> hierarchyTopDown) {
    for (TypeElement type : hierarchyTopDown) {
      var explicit = JpaAnnotations.find(type, "Access").flatMap(a -> JpaAnnotations.explicitEnum(a, "value"));
      if (explicit.isPresent()) {
        return Access.valueOf(explicit.get());
      }
    }
    for (TypeElement type : hierarchyTopDown) {
      for (Element member : type.getEnclosedElements()) {
        if (JpaAnnotations.has(member, "Id") || JpaAnnotations.has(member, "EmbeddedId")) {
          return member.getKind() == ElementKind.METHOD ? Access.PROPERTY : Access.FIELD;
        }
      }
    }
    return Access.FIELD;
  }
}
