package io.github.schemadrift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.internal.compiler.batch.Main;
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

    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    List<String> args = new ArrayList<>(List.of("-17", "-d", dir.resolve("classes").toString(),
        "-cp", EclipseCompilerIT.jarOf(jakarta.persistence.Entity.class),
        "-processorpath", EclipseCompilerIT.shadedJar().toString(),
        "-Aschemadrift.migrations=" + db, order.toString(), payment.toString(), card.toString()));
    new Main(new PrintWriter(stdout), new PrintWriter(stderr), false, null, null).compile(args.toArray(String[]::new));
    String output = stdout + "\n" + stderr;
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
