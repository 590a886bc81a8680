package io.github.schemadrift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that report on a class, an annotation value and across entities, through the Eclipse
 * compiler with the shaded jar: the same findings at the same lines as javac.
 */
class NewRulesEclipseIT {

  @TempDir Path dir;

  private Path write(String name, String... lines) throws Exception {
    Path file = dir.resolve("src/app/" + name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  @Test
  void classValueAndHierarchyFindingsLandOnTheSameLines() throws Exception {
    Path db = Fixtures.migrations(dir.resolve("db"), Map.of("V1__init.sql",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, email VARCHAR(100), tenant_id BIGINT NOT NULL);\n"
            + "CREATE TABLE payment (id BIGINT PRIMARY KEY, DTYPE VARCHAR(4) NOT NULL);\n"));
    Path order = write("Order", "package app;", "import jakarta.persistence.*;", "@Entity @Table(name = \"orders\")",
        "public class Order {", "  @Id private Long id;", "  @Column(length = 320)", "  private String email;", "}");
    Path payment = write("Payment", "package app;", "import jakarta.persistence.*;",
        "@Entity public abstract class Payment {", "  @Id private Long id;", "}");
    Path card = write("Card", "package app;", "import jakarta.persistence.*;",
        "@Entity", "@DiscriminatorValue(\"CREDIT\")", "public class Card extends Payment {", "}");

    String output = EclipseCompilerIT.runEcj(dir, db, List.of(order, payment, card));
    List<EclipseCompilerIT.EcjDiagnostic> errors = EclipseCompilerIT.parse(output).stream()
        .filter(d -> d.kind().equals("ERROR")).toList();

    assertThat(errors).as(output).hasSize(3);
    assertThat(errors).as(output).anySatisfy(d -> {
      assertThat(d.message()).startsWith("[schemadrift:unmapped-not-null] column 'orders.tenant_id'");
      assertThat(d.line()).isEqualTo(EclipseCompilerIT.lineContaining(order, "public class Order"));
    });
    assertThat(errors).as(output).anySatisfy(d -> {
      assertThat(d.message()).startsWith("[schemadrift:length] column 'orders.email'");
      assertThat(d.line()).isEqualTo(EclipseCompilerIT.lineContaining(order, "length = 320"));
    });
    assertThat(errors).as(output).anySatisfy(d -> {
      assertThat(d.message()).startsWith("[schemadrift:discriminator] discriminator value 'CREDIT' of entity 'Card'");
      assertThat(d.file()).isEqualTo(card.toString());
      assertThat(d.line()).isEqualTo(EclipseCompilerIT.lineContaining(card, "@DiscriminatorValue(\"CREDIT\")"));
    });
  }

  /**
   * generation, foreign-key, unique (a column and a {@code @UniqueConstraint}) and enum-values:
   * one ECJ run and one javac run over the same files report the same rules at the same lines.
   */
  @Test
  void generationForeignKeyUniqueAndEnumValuesLandWhereJavacPutsThem() throws Exception {
    Path db = Fixtures.migrations(dir.resolve("db"), Map.of("V1__init.sql",
        "CREATE TABLE tickets (id BIGINT NOT NULL PRIMARY KEY, status VARCHAR(20),"
            + " CONSTRAINT ck_status CHECK (status IN ('OPEN', 'CLOSED')));\n"
            + "CREATE TABLE customer (id BIGINT PRIMARY KEY);\n"
            + "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT, email VARCHAR(255), code VARCHAR(255),"
            + " region VARCHAR(255));\n"));
    Path ticket = write("Ticket", "package app;", "import jakarta.persistence.*;", "@Entity @Table(name = \"tickets\")",
        "public class Ticket {", "  public enum Status { OPEN, CLOSED, ARCHIVED }", "  @Id @GeneratedValue(",
        "      strategy = GenerationType.IDENTITY) private Long id;", "  @Enumerated(EnumType.STRING)",
        "  private Status status;", "}");
    Path customer = write("Customer", "package app;", "import jakarta.persistence.*;",
        "@Entity public class Customer {", "  @Id private Long id;", "}");
    Path order = write("Order", "package app;", "import jakarta.persistence.*;", "@Entity",
        "@Table(name = \"orders\",", "    uniqueConstraints = @UniqueConstraint(columnNames = {\"code\", \"region\"}))",
        "public class Order {", "  @Id private Long id;", "  @ManyToOne", "  private Customer customer;",
        "  @Column(unique = true) private String email;", "  private String code;", "  private String region;", "}");
    List<Path> sources = List.of(ticket, customer, order);

    String output = EclipseCompilerIT.runEcj(dir, db, sources);
    java.util.Set<String> ecj = new java.util.TreeSet<>();
    for (EclipseCompilerIT.EcjDiagnostic d : EclipseCompilerIT.parse(output)) {
      if (!d.kind().equals("INFO") && d.message().startsWith("[schemadrift:")) {
        ecj.add(d.kind() + " " + rule(d.message()) + " " + Path.of(d.file()).getFileName() + ":" + d.line());
      }
    }
    List<javax.tools.JavaFileObject> files = new java.util.ArrayList<>();
    for (Path source : sources) {
      files.add(com.google.testing.compile.JavaFileObjects.forResource(source.toUri().toURL()));
    }
    com.google.testing.compile.Compilation javac = Fixtures.compile(db, files.toArray(javax.tools.JavaFileObject[]::new));
    java.util.Set<String> expected = new java.util.TreeSet<>();
    for (javax.tools.Diagnostic<? extends javax.tools.JavaFileObject> d : javac.diagnostics()) {
      String message = d.getMessage(null);
      if (d.getKind() != javax.tools.Diagnostic.Kind.NOTE && message.startsWith("[schemadrift:")) {
        String kind = d.getKind() == javax.tools.Diagnostic.Kind.ERROR ? "ERROR" : "WARNING";
        expected.add(kind + " " + rule(message) + " " + Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber());
      }
    }

    assertThat(expected).containsExactlyInAnyOrder(
        "ERROR generation Ticket.java:" + EclipseCompilerIT.lineContaining(ticket, "strategy = GenerationType.IDENTITY"),
        "ERROR enum-values Ticket.java:" + EclipseCompilerIT.lineContaining(ticket, "private Status status"),
        "WARNING foreign-key Order.java:" + EclipseCompilerIT.lineContaining(order, "private Customer customer"),
        "WARNING unique Order.java:" + EclipseCompilerIT.lineContaining(order, "unique = true"),
        "WARNING unique Order.java:" + EclipseCompilerIT.lineContaining(order, "uniqueConstraints = @UniqueConstraint"));
    assertThat(ecj).as(output).isEqualTo(expected);
  }

  private static String rule(String message) {
    return message.substring("[schemadrift:".length(), message.indexOf(']'));
  }
}
