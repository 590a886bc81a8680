package io.github.schemadrift.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * What the application's own classes in the compilation say about its configuration: the files
 * {@code @PropertySource} names (read as Spring properties), and whether
 * {@code @SpringBootApplication(exclude = ...)} or {@code @EnableAutoConfiguration(exclude = ...)}
 * turns Boot's JPA auto-configuration off, in which case Boot's naming does not apply. Read by
 * qualified name from annotation mirrors, so no Spring jar is needed on the processor's path.
 *
 * @param propertySources every {@code @PropertySource} location, in the order the classes declare them
 * @param jpaAutoConfigurationExcluded where the exclusion is ({@code @SpringBootApplication(exclude) on
 *     app.App}), or null
 */
public record SpringCode(List<PropertySourceRef> propertySources, String jpaAutoConfigurationExcluded) {

  public static final SpringCode NONE = new SpringCode(List.of(), null);

  private static final String PROPERTY_SOURCE = "org.springframework.context.annotation.PropertySource";
  private static final String PROPERTY_SOURCES = "org.springframework.context.annotation.PropertySources";
  private static final String BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";
  private static final String AUTO_CONFIGURATION = "org.springframework.boot.autoconfigure.EnableAutoConfiguration";

  /** The annotations the processor remembers classes by. */
  public static final List<String> ANNOTATIONS = List.of(PROPERTY_SOURCE, PROPERTY_SOURCES, BOOT_APPLICATION, AUTO_CONFIGURATION);

  /** Boot's JPA auto-configuration class, in Boot 2 and 3 and in Boot 4; the simple name for unresolved ones. */
  static final String JPA_AUTO_CONFIGURATION = "HibernateJpaAutoConfiguration";

  /**
   * One {@code @PropertySource} location.
   *
   * @param location as written ({@code classpath:db.properties}, {@code file:/etc/app.properties})
   * @param ignoreResourceNotFound the annotation's flag: a missing file is no problem
   * @param place the class that declares it
   */
  public record PropertySourceRef(String location, boolean ignoreResourceNotFound, String place) {}

  public SpringCode {
    propertySources = List.copyOf(propertySources);
  }

  /** Reads the annotations of the named classes (the ones the processor saw carrying {@link #ANNOTATIONS}). */
  public static SpringCode read(Elements elements, Collection<String> typeNames) {
    List<PropertySourceRef> sources = new ArrayList<>();
    String excluded = null;
    for (String name : typeNames) {
      TypeElement type = elements.getTypeElement(name);
      if (type == null) {
        continue;
      }
      for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
        String annotation = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
        if (annotation.equals(PROPERTY_SOURCE)) {
          propertySource(mirror, name, sources);
        } else if (annotation.equals(PROPERTY_SOURCES)) {
          for (Object inner : list(value(mirror, "value"))) {
            if (inner instanceof AnnotationMirror m) {
              propertySource(m, name, sources);
            }
          }
        } else if ((annotation.equals(BOOT_APPLICATION) || annotation.equals(AUTO_CONFIGURATION)) && excluded == null
            && excludesJpa(mirror)) {
          excluded = "@" + annotation.substring(annotation.lastIndexOf('.') + 1) + "(exclude) on " + name;
        }
      }
    }
    return sources.isEmpty() && excluded == null ? NONE : new SpringCode(sources, excluded);
  }

  private static void propertySource(AnnotationMirror mirror, String place, List<PropertySourceRef> out) {
    boolean ignore = Boolean.TRUE.equals(value(mirror, "ignoreResourceNotFound"));
    for (Object location : list(value(mirror, "value"))) {
      if (location instanceof String s && !s.isBlank()) {
        out.add(new PropertySourceRef(s.trim(), ignore, place));
      }
    }
  }

  /** Whether {@code exclude} or {@code excludeName} names Boot's JPA auto-configuration. */
  private static boolean excludesJpa(AnnotationMirror mirror) {
    List<Object> named = new ArrayList<>(list(value(mirror, "exclude")));
    named.addAll(list(value(mirror, "excludeName")));
    for (Object entry : named) {
      String text = entry instanceof DeclaredType t ? ((TypeElement) t.asElement()).getQualifiedName().toString() : String.valueOf(entry);
      if (text.equals(JPA_AUTO_CONFIGURATION) || text.endsWith("." + JPA_AUTO_CONFIGURATION)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a {@code spring.autoconfigure.exclude} value names Boot's JPA auto-configuration. */
  static boolean namesJpaAutoConfiguration(String value) {
    if (value == null) {
      return false;
    }
    for (String entry : value.split(",")) {
      String name = entry.trim();
      if (name.equals(JPA_AUTO_CONFIGURATION) || name.endsWith("." + JPA_AUTO_CONFIGURATION)) {
        return true;
      }
    }
    return false;
  }

  private static Object value(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }

  /** An array attribute's entries (a single value written without braces is one entry). */
  private static List<Object> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> values) {
      List<Object> out = new ArrayList<>();
      for (Object v : values) {
        out.add(v instanceof AnnotationValue av ? av.getValue() : v);
      }
      return out;
    }
    return List.of(value);
  }
}
