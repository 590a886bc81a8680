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
 * The project's own Flyway and Hibernate settings, one fixture per setting, through the processor:
 * each compiles clean only when the setting is honoured, and the summary names the file and key.
 */
class ProjectSettingsTest {

  @TempDir Path project;

  private static final JavaFileObject ACCOUNT =
      Fixtures.source(
          "app.Account",
          "package app;",
          "import jakarta.persistence.*;",
          "@Entity @Table(name = \"accounts\")",
          "public class Account {",
          "  @Id private Long id;",
          "  @Column(name = \"email\", nullable = false) private String email;",
          "}");

  private static final String ACCOUNTS = "CREATE TABLE accounts (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL);\n";

  private void files(Map<String, String> files) throws IOException {
    Fixtures.writeProject(project, files);
  }

  private static Map<String, String> of(String... keyValues) {
    return Fixtures.ordered(keyValues);
  }

  private Compilation compile(List<String> options, JavaFileObject... sources) throws Exception {
    List<String> all = new ArrayList<>(options);
    all.add("-Aschemadrift.projectDir=" + project);
    all.add("-Aschemadrift.dialect=postgresql");
    return Fixtures.noRepeats(javac()
        .withProcessors(new SchemaDriftProcessor())
        .withClasspath(List.of(
            new File(EclipseCompilerIT.jarOf(jakarta.persistence.Entity.class)),
            new File(EclipseCompilerIT.jarOf(io.github.schemadrift.annotations.SchemaDriftConfig.class))))
        .withOptions(all)
        .compile(sources));
  }

  private static final String MIGRATIONS = "src/main/resources/db/migration/";

  @Test
  void emptyPrefixFromFlywayConf() throws Exception {
    files(of("flyway.conf", "flyway.sqlMigrationPrefix=\n", MIGRATIONS + "1.2__accounts.sql", ACCOUNTS));
    Compilation c = compile(List.of(), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("against 1 migration");
    assertThat(c).hadNoteContaining("flyway sqlMigrationPrefix '' from flyway.sqlMigrationPrefix in flyway.conf");
  }

  @Test
  void withoutThePrefixSettingTheEmptyPrefixFileIsNotAMigration() throws Exception {
    files(of(MIGRATIONS + "1.2__accounts.sql", ACCOUNTS));
    Compilation c = compile(List.of(), ACCOUNT);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:missing-table]");
  }

  @Test
  void separatorSuffixAndRepeatablePrefixFromSpringYaml() throws Exception {
    files(of(
        "src/main/resources/application.yml",
        "spring:\n  flyway:\n    sql-migration-separator: '-'\n    sql-migration-suffixes: .pgsql,.sql\n"
            + "    repeatable-sql-migration-prefix: RR\n",
        MIGRATIONS + "V1-accounts.pgsql", ACCOUNTS,
        MIGRATIONS + "RR-view.sql", "CREATE VIEW account_emails AS SELECT email FROM accounts;\n"));
    Compilation c = compile(List.of(), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("against 2 migrations");
    assertThat(c).hadNoteContaining(
        "flyway sqlMigrationSeparator '-' from spring.flyway.sql-migration-separator in src/main/resources/application.yml");
  }

  @Test
  void baselinePrefixFromOption() throws Exception {
    files(of(MIGRATIONS + "BL2__all.sql", ACCOUNTS,
        MIGRATIONS + "V1__old.sql", "CREATE TABLE legacy (id INT);\n"));
    Compilation c = compile(List.of("-Aschemadrift.flyway.baselineMigrationPrefix=BL"), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("against 1 migration (postgresql, 1 tables");
    assertThat(c).hadNoteContaining("flyway baselineMigrationPrefix 'BL' from option -Aschemadrift.flyway.baselineMigrationPrefix");
  }

  @Test
  void vendorLocationFromActiveProfile() throws Exception {
    files(of(
        "src/main/resources/application.properties", "spring.profiles.active=prod\n",
        "src/main/resources/application-prod.properties", "spring.flyway.locations=classpath:db/{vendor},filesystem:extra\n",
        "src/main/resources/db/postgresql/V1__accounts.sql", ACCOUNTS,
        "src/main/resources/db/mysql/V1__accounts.sql", "CREATE TABLE `accounts` (id INT);\n",
        "extra/V2__more.sql", "CREATE TABLE more (id INT);\n"));
    Compilation c = compile(List.of(), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("against 2 migrations (postgresql, 2 tables");
    assertThat(c).hadNoteContaining("migrations from Flyway locations 'classpath:db/{vendor},filesystem:extra' from"
        + " spring.flyway.locations in src/main/resources/application-prod.properties (profile 'prod')");
  }

  @Test
  void includeInAProfileDocumentIsNotFollowedAndSaidOnce() throws Exception {
    files(of(
        "src/main/resources/application.properties", "spring.profiles.active=prod\n",
        "src/main/resources/application-prod.properties", "spring.profiles.include=extra\n",
        "src/main/resources/application-extra.properties", "spring.flyway.locations=classpath:db/extra\n",
        "src/main/resources/db/migration/V1__accounts.sql", ACCOUNTS));
    Compilation c = compile(List.of(), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("'spring.profiles.include' in a document for profile 'prod' is not followed");
    assertThat(c).hadNoteContaining("migrations from default");
  }

  @Test
  void classpathLocationInAnotherResourceRoot() throws Exception {
    files(of(
        "pom.xml", "<project><build><resources><resource><directory>src/main/sql</directory></resource></resources></build></project>",
        "flyway.toml", "[flyway]\nlocations = [\"classpath:migrations\"]\n",
        "src/main/sql/migrations/V1__accounts.sql", ACCOUNTS));
    Compilation c = compile(List.of(), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("from flyway.locations in flyway.toml");
  }

  @Test
  void placeholderPrefixSuffixAndValuesFromFlywayToml() throws Exception {
    files(of(
        "flyway.toml", "[flyway]\nplaceholderPrefix = \"#[\"\nplaceholderSuffix = \"]\"\n\n[flyway.placeholders]\ntable = \"accounts\"\n",
        MIGRATIONS + "V1__accounts.sql", "CREATE TABLE #[table] (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL);\n"));
    Compilation c = compile(List.of(), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("flyway placeholders table from flyway.placeholders.table in flyway.toml");
  }

  @Test
  void placeholderReplacementOffKeepsTheText() throws Exception {
    files(of(
        "src/main/resources/application.properties", "spring.flyway.placeholder-replacement=false\n",
        MIGRATIONS + "V1__accounts.sql", ACCOUNTS + "CREATE FUNCTION f() RETURNS text AS $$ SELECT '${not_a_placeholder}' $$ LANGUAGE sql;\n"));
    Compilation c = compile(List.of(), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("flyway placeholderReplacement 'false' from spring.flyway.placeholder-replacement");
  }

  @Test
  void builtInDefaultSchemaPlaceholderTakesTheConfiguredSchema() throws Exception {
    files(of(
        "src/main/resources/application.properties", "spring.flyway.default-schema=app\n",
        MIGRATIONS + "V1__accounts.sql", "CREATE TABLE ${flyway:defaultSchema}.accounts (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL);\n"));
    Compilation c = compile(List.of("-Aschemadrift.schemaExport=schema.json"), ACCOUNT);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("flyway default schema 'app' from spring.flyway.default-schema in src/main/resources/application.properties");
    org.assertj.core.api.Assertions.assertThat(Files.readString(project.resolve("schema.json"))).contains("\"app\"");
  }

  @Test
  void physicalStrategyFromPersistenceXml() throws Exception {
    files(of(
        "src/main/resources/META-INF/persistence.xml",
        "<persistence xmlns=\"https://jakarta.ee/xml/ns/persistence\" version=\"3.0\"><persistence-unit name=\"u\"><properties>"
            + "<property name=\"hibernate.physical_naming_strategy\" value=\"org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\"/>"
            + "</properties></persistence-unit></persistence>",
        MIGRATIONS + "V1__init.sql", "CREATE TABLE order_line (id BIGINT PRIMARY KEY, product_code VARCHAR(255));\n"));
    Compilation c = compile(List.of(), ORDER_LINE);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("naming spring from org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"
        + " from hibernate.physical_naming_strategy in src/main/resources/META-INF/persistence.xml");
  }

  private static final JavaFileObject ORDER_LINE = Fixtures.source("app.OrderLine",
      "package app;",
      "@jakarta.persistence.Entity public class OrderLine {",
      "  @jakarta.persistence.Id Long id;",
      "  String productCode;",
      "}");

  @Test
  void snakeCaseStrategyOfHibernate7FromHibernateCfgXml() throws Exception {
    files(of(
        "src/main/resources/hibernate.cfg.xml",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE hibernate-configuration PUBLIC \"-//Hibernate/Hibernate Configuration DTD 3.0//EN\""
            + " \"http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd\">\n<hibernate-configuration><session-factory>"
            + "<property name=\"physical_naming_strategy\">org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl</property>"
            + "</session-factory></hibernate-configuration>",
        MIGRATIONS + "V1__init.sql", "CREATE TABLE order_line (id BIGINT PRIMARY KEY, product_code VARCHAR(255));\n"));
    Compilation c = compile(List.of(), ORDER_LINE);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("from hibernate.physical_naming_strategy in src/main/resources/hibernate.cfg.xml");
  }

  @Test
  void customStrategyDescribedByOption() throws Exception {
    files(of(
        "src/main/resources/application.properties", "spring.jpa.hibernate.naming.physical-strategy=com.acme.PrefixNaming\n",
        MIGRATIONS + "V1__init.sql", "CREATE TABLE app_order_line (id BIGINT PRIMARY KEY, product_code VARCHAR(255));\n"));
    Compilation c = compile(List.of("-Aschemadrift.naming.custom=lower,snake,tablePrefix=app_"), ORDER_LINE);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("described by -Aschemadrift.naming.custom as custom(snake,lower,tablePrefix=app_)");
  }

  @Test
  void customStrategyWithABadItemIsAConfigError() throws Exception {
    files(of(MIGRATIONS + "V1__init.sql", ACCOUNTS));
    Compilation c = compile(List.of("-Aschemadrift.naming.custom=lower,kebab"), ACCOUNT);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:config] option 'schemadrift.naming.custom' has item 'kebab'; write");
  }

  @Test
  void globallyQuotedIdentifiersFromSpringProperties() throws Exception {
    files(of(
        "src/main/resources/application.properties", "spring.jpa.properties.hibernate.globally_quoted_identifiers=true\n",
        MIGRATIONS + "V1__init.sql", "CREATE TABLE \"Accounts\" (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL);\n"));
    JavaFileObject entity = Fixtures.source("app.Account", "package app;", "import jakarta.persistence.*;",
        "@Entity @Table(name = \"accounts\")", "public class Account {", "  @Id private Long id;",
        "  @Column(name = \"email\", nullable = false) private String email;", "}");
    Compilation c = compile(List.of(), entity);
    // quoted 'accounts' does not match "Accounts": the setting was read
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:missing-table]");
    assertThat(c).hadNoteContaining("globally quoted identifiers from spring.jpa.properties.hibernate.globally_quoted_identifiers");
  }

  @Test
  void annotationSetsFlywayAndHibernateSettings() throws Exception {
    files(of(MIGRATIONS + "1__init.sql", "CREATE TABLE order_line (id BIGINT PRIMARY KEY, product_code VARCHAR(255));\n"));
    JavaFileObject config = Fixtures.source("app.package-info",
        "@io.github.schemadrift.annotations.SchemaDriftConfig(",
        "    flyway = \"sqlMigrationPrefix=\",",
        "    hibernate = \"physical_naming_strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\")",
        "package app;");
    Compilation c = compile(List.of(), config, ORDER_LINE);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("flyway sqlMigrationPrefix '' from sqlMigrationPrefix in @SchemaDriftConfig on package 'app' (flyway)");
  }
}
