package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Implicit naming strategies, Spring Boot's profile includes, groups and default profile, dialect
 * suffixes and vendor folders, and {@code baselineVersion}, each read from the project's own files
 * through the processor: clean only when honoured, and the summary names the file and key.
 */
class NamingAndProfileSettingsTest {

  @TempDir Path project;

  private static final String RESOURCES = "src/main/resources/";
  private static final String MIGRATIONS = RESOURCES + "db/migration/";

  private static final JavaFileObject CUSTOMER =
      Fixtures.source(
          "app.Customer",
          "package app;",
          "import jakarta.persistence.*;",
          "import java.util.Set;",
          "@Entity @Table(name = \"customer\")",
          "public class Customer {",
          "  @Id private Long id;",
          "  @Embedded private Address address;",
          "  @ManyToOne private Region region;",
          "  @ManyToMany private Set<Tag> tags;",
          "  @ElementCollection private Set<String> nicknames;",
          "}",
          "@Embeddable class Address { String street; }",
          "@Entity @Table(name = \"region\") class Region { @Id Long id; }",
          "@Entity @Table(name = \"tag\") class Tag { @Id Long id; }");

  private static final String COMMON = "CREATE TABLE region (id BIGINT PRIMARY KEY);\n"
      + "CREATE TABLE tag (id BIGINT PRIMARY KEY);\n";

  /** Hibernate's default (JPA-compliant) names. */
  private static final String JPA_SQL = COMMON
      + "CREATE TABLE customer (id BIGINT PRIMARY KEY, street VARCHAR(255), region_id BIGINT REFERENCES region(id));\n"
      + "CREATE TABLE customer_tag (Customer_id BIGINT NOT NULL REFERENCES customer(id), tags_id BIGINT NOT NULL REFERENCES tag(id), PRIMARY KEY (Customer_id, tags_id));\n"
      + "CREATE TABLE Customer_nicknames (Customer_id BIGINT NOT NULL REFERENCES customer(id), nicknames VARCHAR(255));\n";

  /** Spring Boot's SpringImplicitNamingStrategy: the join table is owner table + attribute. */
  private static final String SPRING_SQL = JPA_SQL.replace("customer_tag", "customer_tags");

  /** component-path: embedded columns carry the embedded attribute's name. */
  private static final String COMPONENT_PATH_SQL = JPA_SQL.replace("street VARCHAR", "address_street VARCHAR");

  /** legacy-jpa: the collection table and its key column start from the owner's table name. */
  private static final String LEGACY_JPA_SQL = JPA_SQL.replace(
      "CREATE TABLE Customer_nicknames (Customer_id BIGINT NOT NULL REFERENCES customer(id)",
      "CREATE TABLE customer_nicknames (customer_id BIGINT NOT NULL REFERENCES customer(id)");

  /** legacy-hbm: a to-one join column is the attribute's name; the join table is owner table + attribute. */
  private static final String LEGACY_HBM_SQL = SPRING_SQL.replace("region_id BIGINT", "region BIGINT")
      .replace("tags_id BIGINT NOT NULL REFERENCES tag(id), PRIMARY KEY (Customer_id, tags_id)",
          "tags BIGINT NOT NULL REFERENCES tag(id), PRIMARY KEY (Customer_id, tags)");

  private void files(Map<String, String> files) throws IOException {
    Fixtures.writeProject(project, files);
  }

  private static Map<String, String> of(String... keyValues) {
    return Fixtures.ordered(keyValues);
  }

  private Compilation compile(List<String> options, JavaFileObject... sources) throws Exception {
    List<String> all = new ArrayList<>(options);
    all.add("-Aschemadrift.projectDir=" + project);
    return Fixtures.noRepeats(javac()
        .withProcessors(new SchemaDriftProcessor())
        .withClasspath(List.of(new File(EclipseCompilerIT.jarOf(jakarta.persistence.Entity.class))))
        .withOptions(all)
        .compile(sources));
  }

  @Test
  void withoutAStrategyHibernateDefaultNamesAreExpected() throws Exception {
    files(of(MIGRATIONS + "V1__init.sql", JPA_SQL));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), CUSTOMER);
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void componentPathFromSpringProperties() throws Exception {
    files(of(RESOURCES + "application.properties",
        "spring.jpa.hibernate.naming.implicit-strategy=org.hibernate.boot.model.naming.ImplicitNamingStrategyComponentPathImpl\n",
        MIGRATIONS + "V1__init.sql", COMPONENT_PATH_SQL));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), CUSTOMER);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("hibernate implicit strategy org.hibernate.boot.model.naming.ImplicitNamingStrategyComponentPathImpl"
        + " from spring.jpa.hibernate.naming.implicit-strategy in src/main/resources/application.properties");
  }

  @Test
  void componentPathSchemaWithTheDefaultStrategyIsDrift() throws Exception {
    files(of(MIGRATIONS + "V1__init.sql", COMPONENT_PATH_SQL));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), CUSTOMER);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:missing-column] column 'customer.street' mapped by field 'address.street'");
  }

  @Test
  void springStrategyFromPersistenceXml() throws Exception {
    files(of(RESOURCES + "META-INF/persistence.xml",
        "<persistence><persistence-unit name=\"u\"><properties>"
            + "<property name=\"hibernate.implicit_naming_strategy\" value=\"org.springframework.boot.hibernate.SpringImplicitNamingStrategy\"/>"
            + "</properties></persistence-unit></persistence>",
        MIGRATIONS + "V1__init.sql", SPRING_SQL));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), CUSTOMER);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("from hibernate.implicit_naming_strategy in src/main/resources/META-INF/persistence.xml");
  }

  @Test
  void springSchemaWithTheDefaultStrategyIsDrift() throws Exception {
    files(of(MIGRATIONS + "V1__init.sql", SPRING_SQL));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), CUSTOMER);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:join-table] join table 'customer_tag' of field 'tags'");
  }

  @Test
  void legacyJpaFromOption() throws Exception {
    files(of(MIGRATIONS + "V1__init.sql", LEGACY_JPA_SQL));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql",
        "-Aschemadrift.hibernate.implicit_naming_strategy=legacy-jpa"), CUSTOMER);
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void legacyHbmFromHibernateProperties() throws Exception {
    files(of(RESOURCES + "hibernate.properties", "hibernate.implicit_naming_strategy=legacy-hbm\n",
        MIGRATIONS + "V1__init.sql", LEGACY_HBM_SQL));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), CUSTOMER);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("hibernate implicit strategy legacy-hbm from hibernate.implicit_naming_strategy"
        + " in src/main/resources/hibernate.properties");
  }

  @Test
  void legacyHbmSchemaWithTheDefaultStrategyIsDrift() throws Exception {
    files(of(MIGRATIONS + "V1__init.sql", LEGACY_HBM_SQL));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), CUSTOMER);
    assertThat(c).hadErrorContaining("[schemadrift:missing-column] column 'customer.region_id'");
    assertThat(c).hadErrorContaining("[schemadrift:join-table] join table 'customer_tag' of field 'tags'");
  }

  @Test
  void customStrategyIsANoteAndNamesAreAssumedPerTheDefault() throws Exception {
    files(of(MIGRATIONS + "V1__init.sql", JPA_SQL));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql",
        "-Aschemadrift.hibernate.implicit_naming_strategy=com.example.MyImplicitNaming"), CUSTOMER);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("[schemadrift:config] option -Aschemadrift.hibernate.implicit_naming_strategy names the"
        + " custom implicit naming strategy 'com.example.MyImplicitNaming' (not on the compile class path);"
        + " schemadrift cannot run a strategy class at compile time, so implicit table and column names are assumed as jpa names them");
    // the first round's quiet run of the configuration must not print it too
    org.assertj.core.api.Assertions.assertThat(
        c.notes().stream().filter(n -> n.getMessage(null).contains("custom implicit naming strategy")).count())
        .isEqualTo(1L);
  }

  private static final JavaFileObject ACCOUNT =
      Fixtures.source(
          "app.Account",
          "package app;",
          "import jakarta.persistence.*;",
          "@Entity @Table(name = \"accounts\")",
          "public class Account {",
          "  @Id private Long id;",
          "}");

  private static final String ACCOUNTS = "CREATE TABLE accounts (id BIGINT PRIMARY KEY);\n";

  @Test
  void locationsFromAnIncludedProfile() throws Exception {
    files(of(RESOURCES + "application.properties", "spring.profiles.include=pg\n",
        RESOURCES + "application-pg.properties", "spring.flyway.locations=classpath:db/pg\n",
        RESOURCES + "db/pg/V1__accounts.sql", ACCOUNTS));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("migrations from Flyway locations 'classpath:db/pg' from"
        + " spring.flyway.locations in src/main/resources/application-pg.properties (profile 'pg')");
  }

  @Test
  void locationsFromAGroupMemberOfTheActiveProfileInYaml() throws Exception {
    files(of(RESOURCES + "application.yml",
        "spring:\n  profiles:\n    active: prod\n    group:\n      prod:\n        - proddb\n        - prodmq\n",
        RESOURCES + "application-proddb.yml", "spring:\n  flyway:\n    locations: classpath:db/prod\n",
        RESOURCES + "application-prodmq.yml", "spring:\n  rabbitmq:\n    host: mq\n",
        RESOURCES + "db/prod/V1__accounts.sql", ACCOUNTS));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("spring.flyway.locations in src/main/resources/application-proddb.yml (profile 'proddb')");
  }

  @Test
  void anActiveProfileWinsOverAnIncludedOne() throws Exception {
    files(of(RESOURCES + "application.properties", "spring.profiles.include=base\nspring.profiles.active=pg\n",
        RESOURCES + "application-base.properties", "spring.flyway.locations=classpath:db/base\n",
        RESOURCES + "application-pg.properties", "spring.flyway.locations=classpath:db/pg\n",
        RESOURCES + "db/pg/V1__accounts.sql", ACCOUNTS,
        RESOURCES + "db/base/V1__other.sql", "CREATE TABLE other (id INT);\n"));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("(profile 'pg')");
  }

  @Test
  void theDefaultProfileAppliesWhenNoneIsActive() throws Exception {
    files(of(RESOURCES + "application.properties", "spring.profiles.default=local\n",
        RESOURCES + "application-local.properties", "spring.flyway.locations=classpath:db/local\n",
        RESOURCES + "db/local/V1__accounts.sql", ACCOUNTS));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("spring.flyway.locations in src/main/resources/application-local.properties (profile 'local')");
  }

  @Test
  void dialectSuffixOnlyTakesTheConfiguredDialectsFiles() throws Exception {
    files(of(RESOURCES + "application.properties", "spring.flyway.sql-migration-suffixes=.postgresql.sql\n",
        MIGRATIONS + "V1__accounts.postgresql.sql", ACCOUNTS,
        MIGRATIONS + "V1__accounts.h2.sql", "CREATE TABLE accounts (id INT, h2_only INT NOT NULL);\n",
        MIGRATIONS + "V2__plain.sql", "CREATE TABLE plain (id INT);\n"));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("against 1 migration (postgresql, 1 tables");
  }

  @Test
  void vendorFoldersBesideEachOtherAreAllScannedAsFlywayDoes() throws Exception {
    files(of(MIGRATIONS + "postgresql/V1__accounts.sql", ACCOUNTS,
        MIGRATIONS + "h2/V1__accounts.sql", ACCOUNTS));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), ACCOUNT);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:config] migrations 'h2/V1__accounts.sql' and 'postgresql/V1__accounts.sql'"
        + " have the same version 1");
  }

  @Test
  void baselineVersionIsNamedAsWithoutEffectOnAFreshDatabase() throws Exception {
    files(of("flyway.conf", "flyway.baselineVersion=5\n",
        MIGRATIONS + "B3__all.sql", ACCOUNTS,
        MIGRATIONS + "V2__old.sql", "CREATE TABLE old (id INT);\n",
        MIGRATIONS + "V4__more.sql", "CREATE TABLE more (id INT);\n"));
    Compilation c = compile(List.of("-Aschemadrift.dialect=postgresql"), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("against 2 migrations (postgresql, 2 tables");
    assertThat(c).hadNoteContaining("flyway baselineVersion '5' from flyway.baselineVersion in flyway.conf");
    assertThat(c).hadNoteContaining("note: flyway baselineVersion has no effect on a fresh database");
  }
}
