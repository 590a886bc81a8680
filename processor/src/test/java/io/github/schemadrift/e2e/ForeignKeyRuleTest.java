package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foreign-key rule end to end: missing key, key to another table, NO_CONSTRAINT, suppressed, overridden. */
class ForeignKeyRuleTest {

  @TempDir Path dir;

  private static final String TABLES = "CREATE TABLE customer (id BIGINT PRIMARY KEY);\nCREATE TABLE shop (id BIGINT PRIMARY KEY);\n"
      + "CREATE TABLE orders (\n  id BIGINT PRIMARY KEY,\n  customer_id BIGINT\n);\n";

  private Path db(String extra) {
    return Fixtures.migrations(dir.resolve("db"), Map.of("V1__orders.sql", TABLES + extra));
  }

  private static final JavaFileObject CUSTOMER = Fixtures.source("app.Customer", "package app;",
      "@jakarta.persistence.Entity public class Customer { @jakarta.persistence.Id private Long id; }");
  private static final JavaFileObject SHOP = Fixtures.source("app.Shop", "package app;",
      "@jakarta.persistence.Entity public class Shop { @jakarta.persistence.Id private Long id; }");

  private static JavaFileObject order(String classAnnotations, String... lines) {
    String[] head = {"package app;", "import jakarta.persistence.*;", classAnnotations, "@Entity @Table(name = \"orders\")",
      "public class Order {", "  @Id private Long id;"};
    String[] all = new String[head.length + lines.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(lines, 0, all, head.length, lines.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app.Order", all);
  }

  private static final String ASSOCIATION = "  @ManyToOne @JoinColumn(name = \"customer_id\") private Customer customer;";

  @Test
  void joinColumnWithoutForeignKeyIsAWarning() {
    JavaFileObject source = order("", ASSOCIATION);
    Compilation c = Fixtures.compile(db(""), source, CUSTOMER, SHOP);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining("[schemadrift:foreign-key] column 'orders.customer_id' of field 'customer' refers to table 'customer'"
            + " but no foreign key enforces it (table created at V1__orders.sql:3); rows can point at nothing: add a migration:"
            + " ALTER TABLE orders ADD CONSTRAINT fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES customer (id)")
        .inFile(source)
        .onLineContaining("private Customer customer");
  }

  @Test
  void foreignKeyToAnotherTableIsAWarning() {
    JavaFileObject source = order("", ASSOCIATION);
    Compilation c = Fixtures.compile(db("ALTER TABLE orders ADD CONSTRAINT fk_wrong FOREIGN KEY (customer_id) REFERENCES shop (id);\n"),
        source, CUSTOMER, SHOP);
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining("[schemadrift:foreign-key] foreign key 'fk_wrong' on 'orders.customer_id' references table 'shop'"
            + " (V1__orders.sql:7) but field 'customer' refers to table 'customer'")
        .inFile(source)
        .onLineContaining("private Customer customer");
  }

  @Test
  void aMatchingKeyOrNoConstraintIsFine() {
    assertThat(Fixtures.compile(db("ALTER TABLE orders ADD CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customer (id);\n"),
        order("", ASSOCIATION), CUSTOMER, SHOP)).succeededWithoutWarnings();
    assertThat(Fixtures.compile(db(""), order("",
        "  @ManyToOne @JoinColumn(name = \"customer_id\", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)) private Customer customer;"),
        CUSTOMER, SHOP)).succeededWithoutWarnings();
  }

  @Test
  void suppressed() {
    assertThat(Fixtures.compile(db(""), order("@SuppressWarnings(\"schemadrift:foreign-key\")", ASSOCIATION), CUSTOMER, SHOP))
        .succeededWithoutWarnings();
    assertThat(Fixtures.compile(db(""), order("", "  @SuppressWarnings(\"schemadrift:foreign-key\")", ASSOCIATION), CUSTOMER, SHOP))
        .succeededWithoutWarnings();
  }

  @Test
  void severityOverridden() {
    assertThat(Fixtures.compile(db(""), List.of("-Aschemadrift.severity.foreignKey=off"), order("", ASSOCIATION), CUSTOMER, SHOP))
        .succeededWithoutWarnings();
    Compilation raised = Fixtures.compile(db(""), List.of("-Aschemadrift.severity=foreign-key:error"), order("", ASSOCIATION), CUSTOMER, SHOP);
    assertThat(raised).hadErrorCount(1);
    assertThat(raised).hadErrorContaining("[schemadrift:foreign-key] column 'orders.customer_id'");
  }
}
