package io.github.schemadrift.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order in which the Hibernate generation is decided, on class paths described by their classes. */
class HibernateVersionTest {

  static HibernateVersion decide(String option, String... classes) {
    return HibernateVersion.decide(option, Set.of(classes)::contains);
  }

  @Test
  void theOptionWinsOverTheClassPath() {
    HibernateVersion v = decide("5", "org.hibernate.annotations.JdbcTypeCode", "jakarta.persistence.Entity");
    assertThat(v.five()).isTrue();
    assertThat(v.describe()).startsWith("hibernate 5 from option -Aschemadrift.hibernate: Hibernate 5's defaults apply");
    assertThat(decide(" 7 ", "org.hibernate.annotations.TypeDef").major()).isEqualTo(7);
    assertThat(decide("6", "org.hibernate.annotations.TypeDef").describe()).isEqualTo("hibernate 6 from option -Aschemadrift.hibernate");
  }

  @Test
  void aClassOnlyHibernate5HasDecides() {
    HibernateVersion v = decide(null, "org.hibernate.annotations.TypeDef", "javax.persistence.Entity", "jakarta.persistence.Entity");
    assertThat(v.five()).isTrue();
    assertThat(v.describe()).contains("org.hibernate.annotations.TypeDef on the class path");
  }

  @Test
  void aClassOnlyHibernate6AndLaterHaveDecidesBeforeJavax() {
    HibernateVersion v = decide(null, "org.hibernate.annotations.JdbcTypeCode", "javax.persistence.Entity",
        "org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy");
    assertThat(v).isEqualTo(HibernateVersion.DEFAULT);
    assertThat(v.describe()).isNull();
  }

  @Test
  void springBoot2DecidesWithoutHibernateOnTheClassPath() {
    HibernateVersion v = decide(null, "org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy",
        "javax.persistence.Entity", "jakarta.persistence.Entity");
    assertThat(v.five()).isTrue();
    assertThat(v.describe()).contains("Spring Boot 2's SpringPhysicalNamingStrategy");
  }

  @Test
  void javaxWithoutJakartaIsHibernate5() {
    assertThat(decide(null, "javax.persistence.Entity").describe()).contains("javax.persistence without jakarta.persistence");
    assertThat(decide(null, "javax.persistence.Entity", "jakarta.persistence.Entity")).isEqualTo(HibernateVersion.DEFAULT);
    assertThat(decide(null)).isEqualTo(HibernateVersion.DEFAULT);
  }

  @Test
  void hibernate5TypeDefaultsGiveWayToTheProjectsSettings() {
    HibernateVersion five = decide("5");
    assertThat(five.typeSettings(k -> null, false).apply("type.preferred_uuid_jdbc_type")).isEqualTo("BINARY");
    assertThat(five.typeSettings(k -> null, true).apply("type.preferred_uuid_jdbc_type")).isNull();
    assertThat(five.typeSettings(k -> null, true).apply("type.preferred_duration_jdbc_type")).isEqualTo("BIGINT");
    assertThat(five.typeSettings(k -> k.equals("type.preferred_uuid_jdbc_type") ? "CHAR" : null, false)
        .apply("type.preferred_uuid_jdbc_type")).isEqualTo("CHAR");
    assertThat(decide("7").typeSettings(k -> null, false).apply("type.preferred_instant_jdbc_type")).isNull();
  }

  @Test
  void legacyIdGeneratorsOnlyUnderHibernate5() {
    java.util.Optional<Decision<String>> off = java.util.Optional.of(new Decision<>("false", "spring.jpa.hibernate.use-new-id-generator-mappings in a"));
    assertThat(decide("5").withIdMappings(off).legacyIds()).isTrue();
    assertThat(decide("5").withIdMappings(off).describe())
        .contains("legacy ids (hibernate.id.new_generator_mappings false from spring.jpa.hibernate.use-new-id-generator-mappings in a");
    assertThat(decide("7").withIdMappings(off).legacyIds()).as("removed in 6").isFalse();
    assertThat(decide("5").withIdMappings(java.util.Optional.of(new Decision<>("true", "x"))).legacyIds()).isFalse();
    assertThat(decide("5").withIdMappings(java.util.Optional.empty()).describe()).contains("AUTO ids from hibernate_sequence");
  }
}
