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
}
