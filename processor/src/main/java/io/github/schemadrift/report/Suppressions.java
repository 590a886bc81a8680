package io.github.schemadrift.report;

import io.github.schemadrift.annotations.SchemaDriftWarnings;
import javax.lang.model.element.Element;

/**
 * {@code @SuppressWarnings("schemadrift")} or {@code ("schemadrift:<rule>")} on an element or any
 * element that encloses it: a field, its class, an outer class or the package.
 */
final class Suppressions {

  private Suppressions() {}

  static boolean isSuppressed(Element element, String ruleId) {
    String specific = SchemaDriftWarnings.PREFIX + ruleId;
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings annotation = e.getAnnotation(SuppressWarnings.class);
      if (annotation == null) {
        continue;
      }
      for (String key : annotation.value()) {
        if (key.equals(SchemaDriftWarnings.ALL) || key.equals(specific)) {
          return true;
        }
      }
    }
    return false;
  }
}
