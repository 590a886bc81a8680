package io.github.schemadrift.config;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which Hibernate generation maps the entities: 5 (javax.persistence, Hibernate 5.x) or 6 and later
 * (read as 7, whose defaults the rules follow). Decided from the option
 * {@code -Aschemadrift.hibernate=5|6|7}, else from what the compile's class path shows: a class
 * only Hibernate 5 has, one only 6 and later have, Spring Boot 2's naming strategy, or
 * javax.persistence without jakarta.persistence. Where the defaults differ, 5's apply
 * (docs/hibernate5.md): {@code GenerationType.AUTO} and a {@code SEQUENCE} without generator draw
 * from one {@code hibernate_sequence} with increment 1, and the basic types keep 5's JDBC types.
 *
 * @param major 5, 6 or 7
 * @param source what decided it, for the summary; null for the default (7, nothing said)
 * @param legacyIdsSource under 5, where {@code hibernate.id.new_generator_mappings=false} was found (5's
 *     legacy id generators: {@code AUTO} is {@code native}, sequences are hi/lo), else null
 */
public record HibernateVersion(int major, String source, String legacyIdsSource) {

  /** A generation with 5's default id generators. */
  public HibernateVersion(int major, String source) {
    this(major, source, null);
  }

  /** Hibernate 6 and later, as the rules know them: nothing on the class path says otherwise. */
  public static final HibernateVersion DEFAULT = new HibernateVersion(7, null);

  /** The option's valid values. */
  public static final List<String> OPTION_VALUES = List.of("5", "6", "7");

  /** Classes whose presence decides, in order, with the generation each one means and why. */
  private static final List<Evidence> CLASS_PATH = List.of(
      new Evidence("org.hibernate.annotations.TypeDef", 5, "org.hibernate.annotations.TypeDef on the class path (Hibernate 5; removed in 6)"),
      new Evidence("org.hibernate.annotations.JdbcTypeCode", 7, null),
      new Evidence("org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy", 5,
          "Spring Boot 2's SpringPhysicalNamingStrategy on the class path (Boot 2 manages Hibernate 5; Boot 3 removed the class)"));

  private record Evidence(String className, int major, String source) {}

  /**
   * The generation in force.
   *
   * @param option the {@code schemadrift.hibernate} option's value (checked by {@code ProcessorOptions}), or null
   * @param onClassPath whether a class is on the compile class path
   */
  public static HibernateVersion decide(String option, Predicate<String> onClassPath) {
    if (option != null && OPTION_VALUES.contains(option.trim())) {
      return new HibernateVersion(Integer.parseInt(option.trim()), "option -Aschemadrift.hibernate");
    }
    for (Evidence evidence : CLASS_PATH) {
      if (onClassPath.test(evidence.className())) {
        return evidence.major() == 5 ? new HibernateVersion(5, evidence.source()) : DEFAULT;
      }
    }
    if (onClassPath.test("javax.persistence.Entity") && !onClassPath.test("jakarta.persistence.Entity")) {
      return new HibernateVersion(5, "javax.persistence without jakarta.persistence on the class path"
          + " (Hibernate 6 and later read only jakarta.persistence)");
    }
    return DEFAULT;
  }

  /** Whether Hibernate 5's defaults apply. */
  public boolean five() {
    return major == 5;
  }

  /**
   * The same, with 5's legacy id generators when the project sets
   * {@code hibernate.id.new_generator_mappings} (Spring Boot 2: {@code spring.jpa.hibernate.use-new-id-generator-mappings})
   * to false; Hibernate 6 removed the setting, so it changes nothing there.
   */
  public HibernateVersion withIdMappings(java.util.Optional<Decision<String>> newGeneratorMappings) {
    return newGeneratorMappings.filter(d -> five() && d.value().trim().equalsIgnoreCase("false"))
        .map(d -> new HibernateVersion(major, source, d.source()))
        .orElse(this);
  }

  /** Whether 5's legacy id generators apply ({@code new_generator_mappings=false}). */
  public boolean legacyIds() {
    return legacyIdsSource != null;
  }

  /**
   * Hibernate 5's JDBC types, said as the Hibernate 6+ type settings that reproduce them (the
   * settings Hibernate's 6.0 and 6.2 migration guides name for keeping 5's behaviour; the values
   * are those of 5.6's own schema export, hibernateproof/Hibernate5ProofTest): {@code Instant} as
   * {@code timestamp}, {@code OffsetDateTime} and {@code ZonedDateTime} normalised into
   * {@code timestamp}, {@code Duration} as {@code bigint} (the 6.0 guide says NUMERIC; 5.6's
   * {@code DurationType} is BIGINT), {@code UUID} as {@code binary} except on PostgreSQL, where
   * 5.6's dialect maps it to {@code uuid} as 7 does. A setting the project names itself wins.
   *
   * @param explicit the project's type settings by key without {@code hibernate.}
   * @param postgres whether the dialect is PostgreSQL
   */
  public Function<String, String> typeSettings(Function<String, String> explicit, boolean postgres) {
    if (!five()) {
      return explicit;
    }
    Map<String, String> fiveDefaults = postgres
        ? Map.of("type.preferred_instant_jdbc_type", "TIMESTAMP", "timezone.default_storage", "NORMALIZE",
            "type.preferred_duration_jdbc_type", "BIGINT")
        : Map.of("type.preferred_instant_jdbc_type", "TIMESTAMP", "timezone.default_storage", "NORMALIZE",
            "type.preferred_duration_jdbc_type", "BIGINT", "type.preferred_uuid_jdbc_type", "BINARY");
    return key -> {
      String value = explicit.apply(key);
      return value != null ? value : fiveDefaults.get(key);
    };
  }

  /** The summary's words for the decision, or null when nothing is to be said (the default). */
  public String describe() {
    if (source == null) {
      return null;
    }
    String ids = legacyIds()
        ? "legacy ids (hibernate.id.new_generator_mappings false from " + legacyIdsSource + ": AUTO is native, sequences hi/lo)"
        : "AUTO ids from hibernate_sequence";
    return "hibernate " + major + " from " + source + (five()
        ? ": Hibernate 5's defaults apply (" + ids + "; Instant, OffsetDateTime and ZonedDateTime"
            + " as timestamp; Duration as bigint; UUID as binary outside PostgreSQL; docs/hibernate5.md)"
        : "");
  }
}
