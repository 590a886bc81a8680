package io.github.schemadrift.entity;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.util.Elements;

/**
 * Finds the physical naming strategy when {@code -Aschemadrift.naming} is not given: the
 * strategy the project's {@code application.properties}/{@code .yml} names, else Spring Boot's
 * default when Spring Boot is on the compile class path, else Hibernate's (names as written). A
 * custom strategy class cannot be run at compile time: it is reported, never guessed.
 */
public final class NamingDetection {

  /** Spring Boot's auto-configuration annotation: present on the class path of Boot projects. */
  static final String SPRING_BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

  static final List<String> PHYSICAL_KEYS = List.of(
      "spring.jpa.hibernate.naming.physical-strategy",
      "spring.jpa.hibernate.naming.physicalStrategy",
      "spring.jpa.properties.hibernate.physical_naming_strategy");

  static final Map<String, NamingStrategy> KNOWN = Map.of(
      "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl", NamingStrategy.JPA,
      "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy", NamingStrategy.SPRING,
      "org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy", NamingStrategy.SPRING,
      "org.springframework.boot.hibernate.SpringPhysicalNamingStrategy", NamingStrategy.SPRING);

  /**
   * What was found.
   *
   * @param naming the strategy to use, or null when {@code problem} says why there is none
   * @param source where it came from, for the summary
   * @param problem why no strategy can be chosen (a custom class), or null
   */
  public record Result(NamingStrategy naming, String source, String problem) {}

  private NamingDetection() {}

  public static Result detect(Elements elements, Optional<Path> projectDir) {
    Map<String, String> settings = projectDir.map(NamingDetection::springSettings).orElse(Map.of());
    for (String key : PHYSICAL_KEYS) {
      String value = settings.get(key);
      if (value == null || value.isBlank()) {
        continue;
      }
      NamingStrategy known = KNOWN.get(value.trim());
      if (known != null) {
        return new Result(known, key + "=" + value.trim(), null);
      }
      return new Result(null, key, "'" + key + "' names the custom naming strategy '" + value.trim()
          + "', which schemadrift cannot run at compile time, so the entities are not checked; set "
          + "-Aschemadrift.naming=jpa (names as written) or -Aschemadrift.naming=spring (snake_case) "
          + "to the rule your strategy follows");
    }
    if (elements.getTypeElement(SPRING_BOOT_APPLICATION) != null) {
      return new Result(NamingStrategy.SPRING, "Spring Boot on the class path", null);
    }
    return new Result(NamingStrategy.JPA, "default", null);
  }

  /** The {@code spring.*} settings of {@code src/main/resources/application.properties/.yml/.yaml}. */
  static Map<String, String> springSettings(Path projectDir) {
    Map<String, String> settings = new LinkedHashMap<>();
    Path resources = projectDir.resolve("src/main/resources");
    for (String name : List.of("application.yml", "application.yaml")) {
      Path file = resources.resolve(name);
      if (Files.isRegularFile(file)) {
        try {
          settings.putAll(yaml(Files.readAllLines(file)));
        } catch (IOException e) {
          // unreadable: the other files and the class path still decide
        }
      }
    }
    Path properties = resources.resolve("application.properties");
    if (Files.isRegularFile(properties)) {
      try (Reader in = Files.newBufferedReader(properties)) {
        Properties p = new Properties();
        p.load(in);
        p.stringPropertyNames().forEach(k -> settings.put(k, p.getProperty(k)));
      } catch (IOException | IllegalArgumentException e) {
        // as above
      }
    }
    return settings;
  }

  private static final Pattern YAML_LINE = Pattern.compile("^(\\s*)([\\w.\\-\\[\\]]+)\\s*:\\s*(.*?)\\s*$");

  /** Flattens the block-style mappings of a YAML file into dotted keys; enough for Spring's settings. */
  static Map<String, String> yaml(List<String> lines) {
    Map<String, String> out = new LinkedHashMap<>();
    Deque<Map.Entry<Integer, String>> path = new ArrayDeque<>();
    for (String line : lines) {
      if (line.isBlank() || line.strip().startsWith("#") || line.strip().equals("---")) {
        continue;
      }
      Matcher m = YAML_LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      int indent = m.group(1).length();
      while (!path.isEmpty() && path.peekLast().getKey() >= indent) {
        path.removeLast();
      }
      path.addLast(Map.entry(indent, m.group(2)));
      String value = m.group(3);
      if (!value.isEmpty() && !value.startsWith("#")) {
        String key = String.join(".", path.stream().map(Map.Entry::getValue).toList());
        out.put(key, value.replaceAll("^['\"]|['\"]$", ""));
      }
    }
    return out;
  }
}
