package io.github.schemadrift.entity;

import java.util.Map;
import javax.lang.model.util.Elements;

/**
 * Finds the physical naming strategy when {@code -Aschemadrift.naming} is not given: the
 * strategy the project's {@code application.properties}/{@code .yml} names, else Spring Boot's
 * default where Spring Boot builds the persistence unit (see {@link #detect(Elements, String,
 * String, CustomNaming, Evidence)}), else Hibernate's (names as written). A
 * custom strategy class cannot be run at compile time: it is reported, never guessed.
 */
public final class NamingDetection {

  /** Spring Boot's auto-configuration annotation: present on the class path of Boot projects. */
  static final String SPRING_BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

  static final Map<String, NamingStrategy> KNOWN = Map.of(
      "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl", NamingStrategy.JPA,
      "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy", NamingStrategy.SPRING,
      "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl", NamingStrategy.SPRING,
      "org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy", NamingStrategy.SPRING,
      "org.springframework.boot.hibernate.SpringPhysicalNamingStrategy", NamingStrategy.SPRING,
      "org.springframework.boot.orm.jpa.hibernate.CamelCaseToUnderscoresNamingStrategy", NamingStrategy.SPRING);

  /**
   * What was found.
   *
   * @param naming the strategy to use, or null when {@code problem} says why there is none
   * @param source where it came from, for the summary
   * @param problem why no strategy can be chosen (a custom class), or null
   */
  public record Result(NamingStrategy naming, String source, String problem) {}

  private NamingDetection() {}

  /** Whether Spring Boot's auto-configuration is on the compile class path. */
  public static boolean springBootOnClassPath(Elements elements) {
    return elements.getTypeElement(SPRING_BOOT_APPLICATION) != null;
  }

  /** Boot's JPA auto-configuration (Boot 2 and 3, then Boot 4): it is what applies Spring's naming. */
  static final java.util.List<String> JPA_AUTO_CONFIGURATION = java.util.List.of(
      "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
      "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration");

  /**
   * What the compile can see about who builds the persistence unit.
   *
   * @param springJpaKeys where {@code spring.jpa.*} keys are set ({@code application.yml}), or null
   * @param unitFile a {@code persistence.xml} or {@code hibernate.cfg.xml} that defines the unit, or null
   * @param jpaAutoConfigurationExcluded where Boot's JPA auto-configuration is excluded
   *     ({@code @SpringBootApplication(exclude)}, {@code spring.autoconfigure.exclude}), or null
   */
  public record Evidence(String springJpaKeys, String unitFile, String jpaAutoConfigurationExcluded) {
    public static final Evidence NONE = new Evidence(null, null, null);

    public Evidence(String springJpaKeys, String unitFile) {
      this(springJpaKeys, unitFile, null);
    }
  }

  /** As {@link #detect(Elements, String, String, CustomNaming, Evidence)} with no evidence from files. */
  public static Result detect(Elements elements, String strategy, String source, CustomNaming custom) {
    return detect(elements, strategy, source, custom, Evidence.NONE);
  }

  /**
   * Chooses the strategy. Without a configured one, Spring's naming applies only where Spring Boot
   * builds the persistence unit: Boot's JPA auto-configuration on the class path, or
   * {@code spring.jpa.*} keys; a {@code persistence.xml} or {@code hibernate.cfg.xml} that defines
   * the unit, with neither, means the application builds it and Hibernate's naming applies. The
   * source names the evidence that decided.
   *
   * @param strategy the physical strategy class the project's configuration names, or null
   * @param source where it is named ({@code spring.jpa.hibernate.naming.physical-strategy in ...})
   * @param custom a description from {@code schemadrift.naming.custom}, or null
   * @param evidence what the project's files say about who builds the unit
   */
  public static Result detect(Elements elements, String strategy, String source, CustomNaming custom, Evidence evidence) {
    if (strategy != null && !strategy.isBlank()) {
      NamingStrategy known = KNOWN.get(strategy.trim());
      if (known != null) {
        return new Result(known, strategy.trim() + " from " + source, null);
      }
      if (custom != null) {
        return new Result(NamingStrategy.JPA, strategy.trim() + " from " + source + ", described by -A"
            + "schemadrift.naming.custom as " + custom.describe(), null);
      }
      boolean found = elements.getTypeElement(strategy.trim()) != null;
      return new Result(null, source, source + " names the custom naming strategy '" + strategy.trim()
          + "'" + (found ? "" : " (not on the compile class path)")
          + "; schemadrift cannot run a strategy class at compile time, so the entities are not checked; describe it with "
          + "-Aschemadrift.naming.custom=<" + CustomNaming.GRAMMAR + "> (for example lower,snake,tablePrefix=app_), "
          + "or set -Aschemadrift.naming=jpa (names as written) or -Aschemadrift.naming=spring (snake_case)");
    }
    if (custom != null) {
      return new Result(NamingStrategy.JPA, "-Aschemadrift.naming.custom as " + custom.describe(), null);
    }
    if (elements.getTypeElement(SPRING_BOOT_APPLICATION) == null) {
      return new Result(NamingStrategy.JPA, "default", null);
    }
    if (evidence.jpaAutoConfigurationExcluded() != null) {
      // the application builds its own EntityManagerFactory: Boot's naming strategies are not applied
      return new Result(NamingStrategy.JPA, "Hibernate's default: Spring Boot's JPA auto-configuration is excluded by "
          + evidence.jpaAutoConfigurationExcluded(), null);
    }
    String autoConfiguration = JPA_AUTO_CONFIGURATION.stream().filter(c -> elements.getTypeElement(c) != null).findFirst()
        .orElse(null);
    if (autoConfiguration != null) {
      return new Result(NamingStrategy.SPRING, "Spring Boot's JPA auto-configuration (" + autoConfiguration
          + ") on the class path" + (evidence.springJpaKeys() != null ? " and spring.jpa.* in " + evidence.springJpaKeys() : ""), null);
    }
    if (evidence.springJpaKeys() != null) {
      return new Result(NamingStrategy.SPRING, "Spring Boot on the class path and spring.jpa.* in " + evidence.springJpaKeys(), null);
    }
    if (evidence.unitFile() != null) {
      return new Result(NamingStrategy.JPA, "Hibernate's default: " + evidence.unitFile()
          + " defines the persistence unit and nothing shows Spring Boot's JPA auto-configuration", null);
    }
    return new Result(NamingStrategy.SPRING, "Spring Boot on the class path", null);
  }
}
