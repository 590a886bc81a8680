package io.github.schemadrift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema-aware lookup and entities on views through the Eclipse compiler with the shaded jar: a
 * table that exists only in another schema, a column a view does not return, and a clean entity
 * in a named schema land where javac puts them.
 */
class SchemaAndViewEclipseIT {

  @TempDir Path dir;

  private Path write(String name, String... lines) throws Exception {
    Path file = dir.resolve("src/app/" + name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  @Test
  void otherSchemaAndViewFindingsLandOnTheirLines() throws Exception {
    Path db = Fixtures.migrations(dir.resolve("db"), Map.of("V1__init.sql",
        "CREATE SCHEMA sales;\n"
            + "CREATE TABLE sales.orders (id BIGINT PRIMARY KEY);\n"
            + "CREATE TABLE accounts (id BIGINT PRIMARY KEY, email VARCHAR(100));\n"
            + "CREATE VIEW account_emails AS SELECT id, email AS address FROM accounts;\n"
            + "CREATE SCHEMA crm;\n"
            + "CREATE TABLE crm.customers (id BIGINT PRIMARY KEY);\n"));
    Path order = write("Order", "package app;", "import jakarta.persistence.*;",
        "@Entity", "@Table(name = \"orders\", schema = \"billing\")", "public class Order {", "  @Id private Long id;", "}");
    Path email = write("AccountEmail", "package app;", "import jakarta.persistence.*;",
        "@Entity @Table(name = \"account_emails\")", "public class AccountEmail {", "  @Id private Long id;",
        "  @Column(name = \"email\")", "  private String email;", "}");
    Path customer = write("Customer", "package app;", "import jakarta.persistence.*;",
        "@Entity @Table(name = \"customers\", schema = \"crm\")", "public class Customer {", "  @Id private Long id;", "}");

    String output = EclipseCompilerIT.runEcj(dir, db, List.of(order, email, customer));
    List<EclipseCompilerIT.EcjDiagnostic> errors = EclipseCompilerIT.parse(output).stream()
        .filter(d -> d.kind().equals("ERROR")).toList();

    assertThat(errors).as(output).hasSize(2);
    assertThat(errors).as(output).anySatisfy(d -> {
      assertThat(d.message()).startsWith("[schemadrift:missing-table] table 'orders'").contains("'sales'");
      assertThat(d.file()).isEqualTo(order.toString());
      assertThat(d.line()).isEqualTo(EclipseCompilerIT.lineContaining(order, "@Table(name = \"orders\""));
    });
    assertThat(errors).as(output).anySatisfy(d -> {
      assertThat(d.message()).startsWith("[schemadrift:missing-column] column 'email' mapped by field 'email' is not among"
          + " the columns of view 'account_emails'");
      assertThat(d.file()).isEqualTo(email.toString());
      assertThat(d.line()).isEqualTo(EclipseCompilerIT.lineContaining(email, "@Column(name = \"email\")"));
    });
  }
}
