package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages name what a person edits: the field's type without its type-use annotations, and for a
 * column inside an {@code @Embedded} embeddable, the embeddable's field or the
 * {@code @AttributeOverride} that names the column.
 */
class MessageAdviceTest {

  @TempDir Path dir;

  private Path migrations() {
    return Fixtures.migrations(dir.resolve("db"), Map.of("V1__customers.sql",
        "CREATE TABLE customers (id BIGINT PRIMARY KEY, street VARCHAR(255), home_city VARCHAR(255) NOT NULL,"
            + " visits TEXT, zip VARCHAR(255) NOT NULL);\n"));
  }

  private static final JavaFileObject ADDRESS = Fixtures.source("app.Address",
      "package app;",
      "import jakarta.persistence.*;",
      "@Embeddable",
      "public class Address {",
      "  @Column(nullable = false) private String street;",
      "  private String city;",
      "  @Column(nullable = false) private String zip;",
      "}");

  private static JavaFileObject customer(String visits) {
    return Fixtures.source("app.Customer",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"customers\")",
        "public class Customer {",
        "  @Id private Long id;",
        "  @Embedded",
        "  @AttributeOverride(name = \"city\", column = @Column(name = \"home_city\"))",
        "  private Address address;",
        visits,
        "}");
  }

  @Test
  void theTypeMessagePrintsTheTypeWithoutItsAnnotations() {
    JavaFileObject source = customer("  @jakarta.validation.constraints.NotNull private Long visits;");
    Compilation c = Fixtures.compile(migrations(), source, ADDRESS);
    assertThat(c)
        .hadErrorContaining("[schemadrift:type] column 'customers.visits' has type 'text' (V1__customers.sql:1) but field"
            + " 'visits' is 'java.lang.Long', which Hibernate maps to bigint; reads and writes fail")
        .inFile(source)
        .onLineContaining("private Long visits");
  }

  @Test
  void nullabilityInsideAnEmbeddableNamesItsFieldAndTheOverrideToAdd() {
    JavaFileObject source = customer("");
    Compilation c = Fixtures.compile(migrations(), List.of("-Aschemadrift.listFolded=true"), source, ADDRESS);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:nullability] column 'customers.street' is nullable (V1__customers.sql:1) but field"
            + " 'address.street' is declared nullable = false; make it @Column(nullable = true) on field 'street' of embeddable"
            + " 'Address' (every entity that embeds it), or override it on 'address' with @AttributeOverride(name = \"street\","
            + " column = @Column(nullable = true)) or add a migration: ALTER TABLE customers ALTER COLUMN street SET NOT NULL")
        .inFile(source)
        .onLineContaining("private Address address");
  }

  @Test
  void nullabilityOfAnOverriddenColumnNamesTheOverrideToEdit() {
    JavaFileObject source = customer("");
    Compilation c = Fixtures.compile(migrations(), List.of("-Aschemadrift.listFolded=true"), source, ADDRESS);
    assertThat(c)
        .hadNoteContaining("[schemadrift:nullability] column 'customers.home_city' is NOT NULL (V1__customers.sql:1) but field"
            + " 'address.city' does not say so; set nullable = false in the column of @AttributeOverride(name = \"city\") on"
            + " 'address', where the column is named or add a migration: ALTER TABLE customers ALTER COLUMN home_city DROP NOT NULL")
        .inFile(source)
        .onLineContaining("@AttributeOverride(name = \"city\"");
  }

  @Test
  void anEmbeddableFieldThatAgreesIsNotReported() {
    Compilation c = Fixtures.compile(migrations(), List.of("-Aschemadrift.listFolded=true"), customer(""), ADDRESS);
    assertThat(c).hadErrorCount(1);
    c.diagnostics().forEach(d -> org.assertj.core.api.Assertions.assertThat(d.getMessage(null)).doesNotContain("'address.zip'"));
  }
}
