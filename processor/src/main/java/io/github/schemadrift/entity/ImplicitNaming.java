package io.github.schemadrift.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Implicit naming: the logical name Hibernate gives a table or column that no annotation names
 * ({@code hibernate.implicit_naming_strategy}, Spring Boot's
 * {@code spring.jpa.hibernate.naming.implicit-strategy}). The built-in strategies differ in join
 * table, collection table and join column names, and in the columns of embedded values.
 */
public enum ImplicitNaming {
  /**
   * Hibernate's default, {@code ImplicitNamingStrategyJpaCompliantImpl} ({@code default},
   * {@code jpa}): join table {@code <owner table>_<target table>}, collection table
   * {@code <entity name>_<attribute>}, join column {@code <attribute>_<referenced column>},
   * embedded columns by the attribute name alone.
   */
  JPA("jpa"),
  /**
   * Spring Boot's default, {@code SpringImplicitNamingStrategy}: as {@link #JPA}, except the join
   * table, {@code <owner table>_<attribute>}.
   */
  SPRING("spring"),
  /**
   * {@code ImplicitNamingStrategyLegacyJpaImpl} ({@code legacy-jpa}): as {@link #JPA}, except the
   * collection table, {@code <owner table>_<attribute>}, and the join column of a collection
   * table, {@code <owner table>_<referenced column>}.
   */
  LEGACY_JPA("legacy-jpa"),
  /**
   * {@code ImplicitNamingStrategyLegacyHbmImpl} ({@code legacy-hbm}): entity names are the class's
   * simple name (never {@code @Entity(name)}), the join table is {@code <owner table>_<attribute>}
   * and a to-one join column is the attribute's name alone.
   */
  LEGACY_HBM("legacy-hbm"),
  /**
   * {@code ImplicitNamingStrategyComponentPathImpl} ({@code component-path}): as {@link #JPA}, with
   * the whole attribute path joined by underscores ({@code address_street}) wherever JPA uses the
   * attribute name.
   */
  COMPONENT_PATH("component-path");

  private static final String HIBERNATE = "org.hibernate.boot.model.naming.";

  /** The names Hibernate and Spring Boot accept for each strategy: short names and class names. */
  static final Map<String, ImplicitNaming> KNOWN = Map.ofEntries(
      Map.entry("default", JPA),
      Map.entry("jpa", JPA),
      Map.entry("legacy-jpa", LEGACY_JPA),
      Map.entry("legacy-hbm", LEGACY_HBM),
      Map.entry("component-path", COMPONENT_PATH),
      Map.entry("spring", SPRING),
      Map.entry(HIBERNATE + "ImplicitNamingStrategyJpaCompliantImpl", JPA),
      Map.entry(HIBERNATE + "ImplicitNamingStrategyLegacyJpaImpl", LEGACY_JPA),
      Map.entry(HIBERNATE + "ImplicitNamingStrategyLegacyHbmImpl", LEGACY_HBM),
      Map.entry(HIBERNATE + "ImplicitNamingStrategyComponentPathImpl", COMPONENT_PATH),
      Map.entry("org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy", SPRING),
      Map.entry("org.springframework.boot.hibernate.SpringImplicitNamingStrategy", SPRING));

  private final String optionValue;

  ImplicitNaming(String optionValue) {
    this.optionValue = optionValue;
  }

  public String optionValue() {
    return optionValue;
  }

  /** The strategy a setting names (a short name or a class name), if it is a built-in one. */
  public static Optional<ImplicitNaming> fromSetting(String value) {
    String trimmed = value.trim();
    ImplicitNaming known = KNOWN.get(trimmed);
    return Optional.ofNullable(known != null ? known : KNOWN.get(trimmed.toLowerCase(Locale.ROOT)));
  }

  /**
   * The strategy when none is configured: Spring Boot's when Spring Boot is on the class path or
   * names are snake_case (as before this setting was read), else Hibernate's.
   */
  public static ImplicitNaming defaultFor(NamingStrategy physical, boolean springBoot) {
    return springBoot || physical == NamingStrategy.SPRING ? SPRING : JPA;
  }

  /** The accepted short names, for messages. */
  public static String optionValues() {
    return Arrays.stream(values()).map(ImplicitNaming::optionValue).collect(Collectors.joining(", "));
  }

  /** How an attribute path ({@code address.street}) becomes a name: its last part, or the whole path. */
  String attributePath(String path) {
    return this == COMPONENT_PATH ? path.replace('.', '_') : path.substring(path.lastIndexOf('.') + 1);
  }
}
