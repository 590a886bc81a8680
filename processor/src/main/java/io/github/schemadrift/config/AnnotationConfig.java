package io.github.schemadrift.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;

/**
 * The attributes of one {@code @SchemaDriftConfig}, read by name through its
 * {@link AnnotationMirror} (the processor needs no annotation class on its own path). Empty means
 * "not set here".
 *
 * @param place where it is written, for messages: {@code package 'com.example'} or {@code class 'com.example.App'}
 * @param element the annotated package or class
 * @param mirror the annotation, to place messages on it
 */
public record AnnotationConfig(
    String place,
    Element element,
    AnnotationMirror mirror,
    List<String> migrations,
    String dialect,
    String naming,
    List<String> placeholders,
    List<String> severities,
    List<String> flyway,
    List<String> hibernate) {

  /** The settings without the Flyway and Hibernate entries. */
  public AnnotationConfig(
      String place,
      Element element,
      AnnotationMirror mirror,
      List<String> migrations,
      String dialect,
      String naming,
      List<String> placeholders,
      List<String> severities) {
    this(place, element, mirror, migrations, dialect, naming, placeholders, severities, List.of(), List.of());
  }

  /** The annotation's qualified name. */
  public static final String NAME = "io.github.schemadrift.annotations.SchemaDriftConfig";

  /** The {@code @SchemaDriftConfig} on {@code element}, or null when it has none. */
  public static AnnotationConfig of(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      Element type = mirror.getAnnotationType().asElement();
      if (type instanceof QualifiedNameable named && named.getQualifiedName().contentEquals(NAME)) {
        return read(element, mirror);
      }
    }
    return null;
  }

  private static AnnotationConfig read(Element element, AnnotationMirror mirror) {
    List<String> migrations = List.of();
    String dialect = "";
    String naming = "";
    List<String> placeholders = List.of();
    List<String> severities = List.of();
    List<String> flyway = List.of();
    List<String> hibernate = List.of();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      String name = e.getKey().getSimpleName().toString();
      Object value = e.getValue().getValue();
      switch (name) {
        case "migrations" -> migrations = strings(value);
        case "dialect" -> dialect = String.valueOf(value).trim();
        case "naming" -> naming = String.valueOf(value).trim();
        case "placeholders" -> placeholders = strings(value);
        case "severities" -> severities = strings(value);
        case "flyway" -> flyway = strings(value);
        case "hibernate" -> hibernate = strings(value);
        default -> { } // an attribute of a newer annotations jar: nothing this processor knows
      }
    }
    return new AnnotationConfig(
        place(element), element, mirror, migrations, dialect, naming, placeholders, severities, flyway, hibernate);
  }

  /** {@code package 'a.b'} or {@code class 'a.b.C'}, for messages. */
  public static String place(Element element) {
    String kind = element.getKind() == ElementKind.PACKAGE ? "package" : element.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    String name = element instanceof PackageElement p ? p.getQualifiedName().toString()
        : element instanceof QualifiedNameable q ? q.getQualifiedName().toString() : element.getSimpleName().toString();
    return kind + " '" + name + "'";
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        Object v = item instanceof AnnotationValue av ? av.getValue() : item;
        String s = String.valueOf(v).trim();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    } else if (value != null && !String.valueOf(value).isBlank()) {
      out.add(String.valueOf(value).trim());
    }
    return out;
  }
}
