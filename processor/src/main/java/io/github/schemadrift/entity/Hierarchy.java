package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * An entity's place in its class hierarchy: its entity superclasses, the root that decides the
 * inheritance strategy, the mapped superclasses between them, and the type arguments bound on the
 * way up. Superclasses may come from class files as well as sources.
 */
final class Hierarchy {

  final TypeElement entity;
  /** Every class from the top-most superclass down to the entity. */
  final List<TypeElement> classesTopDown = new ArrayList<>();
  final Map<TypeElement, TypeBindings> bindings = new HashMap<>();
  final TypeElement root;
  final EntityModel.Inheritance strategy;
  final boolean hasSubclasses;

  Hierarchy(TypeElement entity, Collection<? extends TypeElement> knownEntities) {
    this(entity, extendedTypes(knownEntities));
  }

  /**
   * @param extended every class that some known entity extends, directly or not (see {@link
   *     #extendedTypes}); computed once per compilation rather than once per entity, which made
   *     reading 1,000 entities quadratic
   */
  Hierarchy(TypeElement entity, Set<TypeElement> extended) {
    this.entity = entity;
    TypeBindings current = TypeBindings.none();
    for (TypeElement t = entity; t != null; ) {
      classesTopDown.add(0, t);
      bindings.put(t, current);
      TypeMirror sup = t.getSuperclass();
      if (sup.getKind() != TypeKind.DECLARED) {
        break;
      }
      current = current.forSupertype(sup);
      t = (TypeElement) ((DeclaredType) sup).asElement();
      if (t.getQualifiedName().contentEquals("java.lang.Object")) {
        break;
      }
    }
    TypeElement top = entity;
    for (TypeElement t : classesTopDown) {
      if (EntityReader.isEntity(t)) {
        top = t;
        break;
      }
    }
    root = top;
    hasSubclasses = extended.contains(root);
    EntityModel.Inheritance declared = JpaAnnotations.find(root, "Inheritance")
        .map(i -> JpaAnnotations.explicitEnum(i, "strategy").map(EntityModel.Inheritance::valueOf)
            .orElse(EntityModel.Inheritance.SINGLE_TABLE))
        .orElse(null);
    strategy = declared != null ? declared : (root != entity || hasSubclasses) ? EntityModel.Inheritance.SINGLE_TABLE : null;
  }

  boolean isRoot() {
    return root == entity;
  }

  boolean isAbstract(TypeElement type) {
    return type.getModifiers().contains(Modifier.ABSTRACT);
  }

  /** The classes whose attributes {@code type} maps itself: it and the mapped superclasses just above it. */
  List<TypeElement> declaring(TypeElement type) {
    List<TypeElement> out = new ArrayList<>();
    int index = classesTopDown.indexOf(type);
    for (int i = index; i >= 0; i--) {
      TypeElement t = classesTopDown.get(i);
      if (t != type && EntityReader.isEntity(t)) {
        break;
      }
      if (t == type || JpaAnnotations.has(t, "MappedSuperclass")) {
        out.add(0, t);
      }
    }
    return out;
  }

  /** The entity classes from the root down to the entity. */
  List<TypeElement> entitiesTopDown() {
    return classesTopDown.stream().filter(EntityReader::isEntity).toList();
  }

  /** Every class whose attributes belong in the entity's id: the root's declaring classes. */
  List<TypeElement> idDeclaring() {
    return declaring(root);
  }

  /** Every class some of the entities extend, directly or through other classes. */
  static Set<TypeElement> extendedTypes(Collection<? extends TypeElement> entities) {
    Set<TypeElement> extended = new HashSet<>();
    for (TypeElement type : entities) {
      TypeElement current = type;
      for (int guard = 0; guard < 64; guard++) {
        TypeMirror sup = current.getSuperclass();
        if (sup.getKind() != TypeKind.DECLARED) {
          break;
        }
        current = (TypeElement) ((DeclaredType) sup).asElement();
        if (!extended.add(current)) {
          break; // the rest of the chain is in already
        }
      }
    }
    return extended;
  }

}
