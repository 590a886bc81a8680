package io.github.schemadrift.pipeline;

import java.util.IdentityHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Tells whether an entity still has unresolved types (a missing import, a class not written yet).
 * Such an entity is not checked: javac reports the real problem itself, and a finding computed
 * from a half-resolved class would only mislead.
 */
final class CompileErrors {

  private CompileErrors() {}

  static boolean inEntity(TypeElement type) {
    return inEntity(type, new IdentityHashMap<>());
  }

  /**
   * Whether the entity or a class it extends has unresolved types, with the answers for the classes
   * already walked in this round: many entities extend the same mapped superclass.
   */
  static boolean inEntity(TypeElement type, Map<TypeElement, Boolean> known) {
    if (type == null) {
      return false;
    }
    Boolean answer = known.get(type);
    if (answer == null) {
      answer = inClass(type) || inEntity(superclass(type), known);
      known.put(type, answer);
    }
    return answer;
  }

  /** Whether the class's own superclass, fields or methods name an unresolved type. */
  private static boolean inClass(TypeElement t) {
    if (t.getSuperclass().getKind() == TypeKind.ERROR) {
      return true;
    }
    for (Element member : t.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && hasError(member.asType())) {
        return true;
      }
      if (member.getKind() == ElementKind.METHOD
          && hasError(((ExecutableElement) member).getReturnType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasError(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        if (hasError(argument)) {
          return true;
        }
      }
    }
    return false;
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror sup = type.getSuperclass();
    return sup.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) sup).asElement() : null;
  }
}
