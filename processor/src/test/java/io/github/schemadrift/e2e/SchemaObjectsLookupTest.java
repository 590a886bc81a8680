package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

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
 * Foreign key targets, enum types, sequences and the tables {@code unmapped-not-null} groups by,
 * each looked up in its schema; and SQL Server schemas.
 */
class SchemaObjectsLookupTest {

  @TempDir Path dir;

  /** A project folder with {@code application.properties} and one migration. */
  private Path project(String properties, String migration) throws IOException {
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.writeString(project.resolve("src/main/resources/application.properties"), properties);
    Files.writeString(project.resolve("src/main/resources/db/migration/V1__init.sql"), migration);
    return project;
  }

  private static Compilation compile(Path project, String dialect, List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>(List.of("-Aschemadrift.projectDir=" + project, "-Aschemadrift.dialect=" + dialect));
    all.addAll(options);
    return Fixtures.noRepeats(javac().withProcessors(new SchemaDriftProcessor()).withOptions(all).compile(sources));
  }

  private static Compilation compile(Path project, String dialect, JavaFileObject... sources) {
    return compile(project, dialect, List.of(), sources);
  }

  // ---- foreign keys ----------------------------------------------------------------------------

  private static final JavaFileObject CRM_CUSTOMER = Fixtures.source("app.Customer",
      "package app;",
      "import jakarta.persistence.*;",
      "@Entity",
      "@Table(name = \"customers\", schema = \"crm\")",
      "public class Customer {",
      "  @Id private Long id;",
      "}");

  private static JavaFileObject order(String annotation) {
    return Fixtures.source("app.Order",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity",
        annotation + " @Table(name = \"orders\")",
        "public class Order {",
        "  @Id private Long id;",
        "  @ManyToOne @JoinColumn(name = \"customer_id\") private Customer customer;",
        "}");
  }

  private static String customers(String references) {
    return "CREATE SCHEMA crm;\n"
        + "CREATE TABLE customers (id BIGINT PRIMARY KEY);\n"
        + "CREATE TABLE crm.customers (id BIGINT PRIMARY KEY);\n"
        + "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT REFERENCES " + references + " (id));\n";
  }

  @Test
  void aForeignKeyIntoTheTargetEntitysSchemaIsClean() throws IOException {
    assertThat(compile(project("", customers("crm.customers")), "postgresql", order(""), CRM_CUSTOMER))
        .succeededWithoutWarnings();
  }

  @Test
  void aForeignKeyToTheSameNameInAnotherSchemaIsReported() throws IOException {
    Path project = project("", customers("customers"));
    JavaFileObject order = order("");

    Compilation c = compile(project, "postgresql", order, CRM_CUSTOMER);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining("[schemadrift:foreign-key] foreign key 'orders_customer_id_fkey' on 'orders.customer_id'"
            + " references table 'public.customers' (V1__init.sql:4) but field 'customer' refers to table 'crm.customers'")
        .inFile(order)
        .onLineContaining("@JoinColumn(name = \"customer_id\")");

    assertThat(compile(project, "postgresql", order("@SuppressWarnings(\"schemadrift:foreign-key\")"), CRM_CUSTOMER))
        .succeededWithoutWarnings();
  }

  // ---- enum types ------------------------------------------------------------------------------

  private static final String TWO_STATUS_TYPES =
      "CREATE SCHEMA s;\n"
          + "CREATE TYPE status AS ENUM ('OPEN');\n"
          + "CREATE TYPE s.status AS ENUM ('OPEN', 'CLOSED');\n"
          + "CREATE TABLE s.tickets (id BIGINT PRIMARY KEY, status s.status);\n"
          + "CREATE TABLE tickets (id BIGINT PRIMARY KEY, status status);\n";

  private static JavaFileObject ticket(String table, String fieldAnnotation) {
    return Fixtures.source("app.Ticket",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity",
        table,
        "public class Ticket {",
        "  public enum Status { OPEN, CLOSED }",
        "  @Id private Long id;",
        "  " + fieldAnnotation + " @Enumerated(EnumType.STRING) private Status status;",
        "}");
  }

  @Test
  void theColumnsEnumTypeIsTakenFromItsSchema() throws IOException {
    Path project = project("", TWO_STATUS_TYPES);

    assertThat(compile(project, "postgresql", ticket("@Table(name = \"tickets\", schema = \"s\")", "")))
        .succeededWithoutWarnings();

    JavaFileObject inPublic = ticket("@Table(name = \"tickets\")", "");
    Compilation drifted = compile(project, "postgresql", inPublic);
    assertThat(drifted).hadErrorCount(1);
    assertThat(drifted)
        .hadErrorContaining("[schemadrift:enum-values]")
        .inFile(inPublic)
        .onLineContaining("private Status status;");
    assertThat(drifted).hadErrorContaining("enum type 'status'");
    assertThat(drifted).hadErrorContaining("V1__init.sql:2");

    assertThat(compile(project, "postgresql",
        ticket("@Table(name = \"tickets\")", "@SuppressWarnings(\"schemadrift:enum-values\")")))
        .succeededWithoutWarnings();
  }

  // ---- sequences -------------------------------------------------------------------------------

  private static JavaFileObject invoice(String generator) {
    return Fixtures.source("app.Invoice",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity",
        "@Table(name = \"invoices\")",
        "public class Invoice {",
        "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"gen\")",
        "  " + generator,
        "  private Long id;",
        "}");
  }

  private static final String INVOICES = "CREATE TABLE invoices (id BIGINT PRIMARY KEY);\nCREATE SCHEMA billing;\n";

  @Test
  void sequenceGeneratorSchemaPicksTheSequenceOfThatSchema() throws IOException {
    Path project = project("",
        INVOICES + "CREATE SEQUENCE invoice_seq INCREMENT BY 1;\nCREATE SEQUENCE billing.invoice_seq INCREMENT BY 50;\n");

    assertThat(compile(project, "postgresql",
        invoice("@SequenceGenerator(name = \"gen\", sequenceName = \"invoice_seq\", schema = \"billing\")")))
        .succeededWithoutWarnings();
    Compilation unqualified =
        compile(project, "postgresql", invoice("@SequenceGenerator(name = \"gen\", sequenceName = \"invoice_seq\")"));
    assertThat(unqualified).hadErrorCount(1);
    assertThat(unqualified).hadErrorContaining("[schemadrift:generation] sequence 'invoice_seq' has INCREMENT BY 1 (V1__init.sql:3)");
  }

  @Test
  void aSequenceOnlyInAnotherSchemaSaysWhereItIs() throws IOException {
    Path project = project("", INVOICES + "CREATE SEQUENCE invoice_seq INCREMENT BY 50;\n");
    JavaFileObject source = invoice("@SequenceGenerator(name = \"gen\", sequenceName = \"invoice_seq\", schema = \"billing\")");

    Compilation c = compile(project, "postgresql", source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:generation] sequence 'invoice_seq' used by field 'id' exists in schema"
            + " 'public' (V1__init.sql:3), not 'billing', so every insert fails")
        .inFile(source)
        .onLineContaining("@GeneratedValue");

    assertThat(compile(project, "postgresql", Fixtures.source("app.Invoice",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity",
        "@Table(name = \"invoices\")",
        "@SuppressWarnings(\"schemadrift:generation\")",
        "public class Invoice {",
        "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"gen\")",
        "  @SequenceGenerator(name = \"gen\", sequenceName = \"invoice_seq\", schema = \"billing\")",
        "  private Long id;",
        "}"))).succeededWithoutWarnings();
  }

  @Test
  void hibernateDefaultSchemaPicksTheSequenceOfGeneratorsThatNameNone() throws IOException {
    Path project = project("spring.jpa.properties.hibernate.default_schema=billing\n",
        "CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id BIGINT PRIMARY KEY);\n"
            + "CREATE SEQUENCE invoice_seq INCREMENT BY 1;\nCREATE SEQUENCE billing.invoice_seq INCREMENT BY 50;\n");

    assertThat(compile(project, "postgresql", invoice("@SequenceGenerator(name = \"gen\", sequenceName = \"invoice_seq\")")))
        .succeededWithoutWarnings();
  }

  @Test
  void mariadbSequenceGeneratorUsesTheCatalogNotTheSchema() throws IOException {
    Path project = project("spring.datasource.url=jdbc:mariadb://localhost:3306/shop\n",
        "CREATE TABLE invoices (id BIGINT PRIMARY KEY);\nCREATE SEQUENCE invoice_seq INCREMENT BY 50;\n");

    assertThat(compile(project, "mariadb",
        invoice("@SequenceGenerator(name = \"gen\", sequenceName = \"invoice_seq\", catalog = \"shop\", schema = \"x\")")))
        .succeededWithoutWarnings();
    Compilation c = compile(project, "mariadb",
        invoice("@SequenceGenerator(name = \"gen\", sequenceName = \"invoice_seq\", catalog = \"billing\")"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("sequence 'invoice_seq' used by field 'id' exists in schema 'shop' (V1__init.sql:2), not 'billing'");
  }

  // ---- unmapped-not-null -----------------------------------------------------------------------

  @Test
  void entitiesOfOneTableNameInTwoSchemasAreNotMerged() throws IOException {
    Path project = project("",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, total INT NOT NULL);\n"
            + "CREATE SCHEMA sales;\nCREATE TABLE sales.orders (id BIGINT PRIMARY KEY, total INT);\n");
    JavaFileObject plain = Fixtures.source("app.Order",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity",
        "@Table(name = \"orders\")",
        "public class Order {",
        "  @Id private Long id;",
        "}");
    JavaFileObject sales = Fixtures.source("app.SalesOrder",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity",
        "@Table(name = \"orders\", schema = \"sales\")",
        "public class SalesOrder {",
        "  @Id private Long id;",
        "  private Integer total;",
        "}");

    Compilation c = compile(project, "postgresql", plain, sales);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:unmapped-not-null] column 'orders.total'")
        .inFile(plain)
        .onLineContaining("public class Order");
  }

  // ---- SQL Server ------------------------------------------------------------------------------

  @Test
  void sqlServerSchemasHoldTablesAndUseKeepsTheSchema() throws IOException {
    Path project = project("",
        "USE appdb;\nCREATE SCHEMA sales;\nGO\n"
            + "CREATE TABLE sales.orders (id BIGINT PRIMARY KEY, region NVARCHAR(255));\n"
            + "CREATE TABLE orders (id BIGINT PRIMARY KEY, total INT);\n");
    JavaFileObject inSales = Fixtures.source("app.Order",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity",
        "@Table(name = \"orders\", schema = \"sales\")",
        "public class Order {",
        "  @Id private Long id;",
        "  private String region;",
        "}");
    assertThat(compile(project, "sqlserver", inSales)).succeededWithoutWarnings();

    JavaFileObject inDbo = Fixtures.source("app.Order",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity",
        "@Table(name = \"orders\")",
        "public class Order {",
        "  @Id private Long id;",
        "  private String region;",
        "}");
    Compilation drifted = compile(project, "sqlserver", inDbo);
    assertThat(drifted).hadErrorCount(1);
    assertThat(drifted)
        .hadErrorContaining("[schemadrift:missing-column] column 'orders.region' mapped by field 'region' does not exist"
            + " in table 'orders' (created at V1__init.sql:5)")
        .inFile(inDbo)
        .onLineContaining("private String region;");
  }
}
