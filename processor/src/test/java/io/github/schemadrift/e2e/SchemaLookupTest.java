package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables with one name in two schemas: each entity is checked against the table in the schema
 * Hibernate would use ({@code @Table(schema)}, {@code hibernate.default_schema}), and migrations
 * put unqualified names where Flyway would (its default schema, {@code SET search_path}, {@code USE}).
 */
class SchemaLookupTest {

  /** {@code public.orders} has {@code total}; {@code sales.orders} has {@code region}. */
  private static final String TWO_SCHEMAS =
      "CREATE TABLE orders (id BIGINT PRIMARY KEY, total INT);\n"
          + "CREATE SCHEMA sales;\n"
          + "CREATE TABLE sales.orders (id BIGINT PRIMARY KEY, region VARCHAR(255));\n";

  @TempDir Path dir;

  private static JavaFileObject order(String table, String field) {
    return Fixtures.source("app.Order",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity",
        table,
        "public class Order {",
        "  @Id private Long id;",
        "  " + field,
        "}");
  }

  /** A project folder with {@code application.properties} and one migration. */
  private Path project(String properties, String migration) throws IOException {
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.writeString(project.resolve("src/main/resources/application.properties"), properties);
    Files.writeString(project.resolve("src/main/resources/db/migration/V1__init.sql"), migration);
    return project;
  }

  private static Compilation compile(Path project, String dialect, JavaFileObject source, String... options) {
    List<String> all = new ArrayList<>(List.of("-Aschemadrift.projectDir=" + project, "-Aschemadrift.dialect=" + dialect));
    all.addAll(List.of(options));
    return Fixtures.noRepeats(javac().withProcessors(new SchemaDriftProcessor()).withOptions(all).compile(source));
  }

  @Test
  void tableSchemaPicksTheTableOfThatSchema() throws IOException {
    Path project = project("", TWO_SCHEMAS);

    Compilation clean = compile(project, "postgresql",
        order("@Table(name = \"orders\", schema = \"sales\")", "private String region;"));
    assertThat(clean).succeededWithoutWarnings();

    JavaFileObject wrong = order("@Table(name = \"orders\", schema = \"sales\")", "private Integer total;");
    Compilation drifted = compile(project, "postgresql", wrong);
    assertThat(drifted).hadErrorCount(1);
    assertThat(drifted)
        .hadErrorContaining("[schemadrift:missing-column] column 'orders.total' mapped by field 'total' does not exist"
            + " in table 'orders' (created at V1__init.sql:3)")
        .inFile(wrong)
        .onLineContaining("private Integer total;");
  }

  @Test
  void withoutASchemaTheDefaultSchemasTableIsUsed() throws IOException {
    Path project = project("", TWO_SCHEMAS);

    assertThat(compile(project, "postgresql", order("@Table(name = \"orders\")", "private Integer total;")))
        .succeededWithoutWarnings();
    Compilation drifted = compile(project, "postgresql", order("@Table(name = \"orders\")", "private String region;"));
    assertThat(drifted).hadErrorCount(1);
    assertThat(drifted).hadErrorContaining("column 'orders.region' mapped by field 'region' does not exist"
        + " in table 'orders' (created at V1__init.sql:1)");
  }

  @Test
  void aNamedSchemaThatLacksTheTableSaysWhereItIs() throws IOException {
    Path project = project("", "CREATE TABLE orders (id BIGINT PRIMARY KEY, total INT);\n");
    JavaFileObject source = order("@Table(name = \"orders\", schema = \"sales\")", "private Integer total;");

    Compilation c = compile(project, "postgresql", source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:missing-table] table 'orders' mapped by entity 'Order' exists in schema"
            + " 'public' (V1__init.sql:1), not 'sales'")
        .inFile(source)
        .onLineContaining("@Table(name = \"orders\", schema = \"sales\")");
  }

  @Test
  void aTableInAnotherSchemaIsSuppressedAndDowngradedLikeAnyMissingTable() throws IOException {
    Path project = project("", "CREATE TABLE orders (id BIGINT PRIMARY KEY, total INT);\n");
    String table = "@Table(name = \"orders\", schema = \"sales\")";

    assertThat(compile(project, "postgresql", order("@SuppressWarnings(\"schemadrift:missing-table\") " + table,
        "private Integer total;"))).succeededWithoutWarnings();
    Compilation downgraded = compile(project, "postgresql", order(table, "private Integer total;"),
        "-Aschemadrift.severity.missingTable=warning");
    assertThat(downgraded).succeeded();
    assertThat(downgraded).hadWarningCount(1);
    assertThat(downgraded).hadWarningContaining("exists in schema 'public' (V1__init.sql:1), not 'sales'");
  }

  @Test
  void aJoinTableInAnotherSchemaSaysWhereItIs() throws IOException {
    Path project = project("",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY);\n"
            + "CREATE TABLE tags (id BIGINT PRIMARY KEY);\n"
            + "CREATE TABLE order_tags (order_id BIGINT NOT NULL, tag_id BIGINT NOT NULL);\n");
    JavaFileObject tag = Fixtures.source("app.Tag",
        "package app;", "import jakarta.persistence.*;", "@Entity", "@Table(name = \"tags\")",
        "public class Tag { @Id private Long id; }");
    JavaFileObject order = order("@Table(name = \"orders\")",
        "@ManyToMany @JoinTable(name = \"order_tags\", schema = \"sales\", joinColumns = @JoinColumn(name = \"order_id\"),"
            + " inverseJoinColumns = @JoinColumn(name = \"tag_id\")) private java.util.Set<Tag> tags;");

    Compilation c = javac().withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.projectDir=" + project, "-Aschemadrift.dialect=postgresql").compile(order, tag);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:join-table] join table 'order_tags' of field 'tags' mapped by entity 'Order'"
            + " exists in schema 'public' (V1__init.sql:3), not 'sales'")
        .inFile(order)
        .onLineContaining("@JoinTable");
  }

  @Test
  void flywayDefaultSchemaFromApplicationPropertiesTakesUnqualifiedCreates() throws IOException {
    Path project = project("spring.flyway.default-schema=app\n",
        "CREATE TABLE public.orders (id BIGINT PRIMARY KEY, legacy INT);\n"
            + "CREATE TABLE orders (id BIGINT PRIMARY KEY, total INT);\n");

    Compilation clean = compile(project, "postgresql", order("@Table(name = \"orders\")", "private Integer total;"));
    assertThat(clean).succeededWithoutWarnings();
    assertThat(clean).hadNoteContaining("unqualified names in migrations land in schema 'app' from spring.flyway.default-schema"
        + " in src/main/resources/application.properties");
    Compilation drifted = compile(project, "postgresql", order("@Table(name = \"orders\")", "private Integer legacy;"));
    assertThat(drifted).hadErrorCount(1);
    assertThat(drifted).hadErrorContaining("column 'orders.legacy' mapped by field 'legacy' does not exist"
        + " in table 'orders' (created at V1__init.sql:2)");
  }

  @Test
  void hibernateDefaultSchemaChoosesTheTableOfEntitiesThatNameNone() throws IOException {
    Path project = project("spring.jpa.properties.hibernate.default_schema=sales\n", TWO_SCHEMAS);

    Compilation clean = compile(project, "postgresql", order("@Table(name = \"orders\")", "private String region;"));
    assertThat(clean).succeededWithoutWarnings();
    assertThat(clean).hadNoteContaining("hibernate default_schema 'sales' from");
    Compilation drifted = compile(project, "postgresql", order("@Table(name = \"orders\")", "private Integer total;"));
    assertThat(drifted).hadErrorCount(1);
    assertThat(drifted).hadErrorContaining("column 'orders.total' mapped by field 'total' does not exist"
        + " in table 'orders' (created at V1__init.sql:3)");
  }

  @Test
  void searchPathDecidesWhereUnqualifiedNamesLand() throws IOException {
    Path project = project("",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, total INT);\n"
            + "CREATE SCHEMA sales;\n"
            + "SET search_path TO sales, public;\n"
            + "CREATE TABLE orders (id BIGINT PRIMARY KEY, region VARCHAR(255));\n"
            + "ALTER TABLE orders ADD COLUMN rep VARCHAR(255);\n");

    Compilation clean = compile(project, "postgresql",
        order("@Table(name = \"orders\", schema = \"sales\")", "private String rep;"));
    assertThat(clean).succeededWithoutWarnings();
    Compilation drifted = compile(project, "postgresql", order("@Table(name = \"orders\")", "private String rep;"));
    assertThat(drifted).hadErrorCount(1);
    assertThat(drifted).hadErrorContaining("column 'orders.rep' mapped by field 'rep' does not exist"
        + " in table 'orders' (created at V1__init.sql:1)");
  }

  @Test
  void mysqlUseSwitchesTheDatabaseAndTheUrlNamesTheFirst() throws IOException {
    Path project = project("spring.datasource.url=jdbc:mysql://db:3306/shop?useSSL=false\n",
        "CREATE TABLE item (id BIGINT PRIMARY KEY, price INT);\n"
            + "USE archive;\n"
            + "CREATE TABLE item (id BIGINT PRIMARY KEY, archived_at DATETIME);\n");
    JavaFileObject inShop = Fixtures.source("app.Item",
        "package app;", "import jakarta.persistence.*;", "@Entity", "@Table(name = \"item\")",
        "public class Item { @Id private Long id; private Integer price; }");
    JavaFileObject inArchive = Fixtures.source("app.Item",
        "package app;", "import jakarta.persistence.*;", "@Entity", "@Table(name = \"item\", catalog = \"archive\")",
        "public class Item { @Id private Long id; private Integer price; }");

    Compilation clean = compile(project, "mysql", inShop);
    assertThat(clean).succeededWithoutWarnings();
    assertThat(clean).hadNoteContaining("unqualified names in migrations land in schema 'shop' from spring.datasource.url"
        + " in src/main/resources/application.properties");
    Compilation drifted = compile(project, "mysql", inArchive);
    assertThat(drifted).hadErrorCount(1);
    assertThat(drifted).hadErrorContaining("column 'item.price' mapped by field 'price' does not exist"
        + " in table 'item' (created at V1__init.sql:3)");
  }

  @Test
  void schemaExportNamesEachTablesSchema() throws IOException {
    Path project = project("", TWO_SCHEMAS);
    Path export = dir.resolve("schema.json");

    Compilation c = compile(project, "postgresql",
        order("@Table(name = \"orders\", schema = \"sales\")", "private String region;"),
        "-Aschemadrift.schemaExport=" + export);
    assertThat(c).succeededWithoutWarnings();
    String json = Files.readString(export);
    assertThat(json).contains("\"schema\": \"public\"").contains("\"schema\": \"sales\"");
  }
}
