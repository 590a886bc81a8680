package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The discriminator rule end to end: a missing column, and values too long for it. */
class DiscriminatorRuleTest {

  @TempDir Path dir;

  private Path payments(String kindColumn) {
    return Fixtures.migrations(dir.resolve("db"), Map.of("V1__payment.sql",
        "CREATE TABLE payment (\n  id BIGINT PRIMARY KEY,\n" + kindColumn + "  amount INTEGER\n);\n"));
  }

  private static JavaFileObject payment(String classAnnotations) {
    return Fixtures.source("app.Payment", "package app;", "import jakarta.persistence.*;",
        classAnnotations,
        "@Entity @DiscriminatorColumn(name = \"kind\")",
        "public abstract class Payment {", "  @Id private Long id;", "  private Integer amount;", "}");
  }

  private static JavaFileObject card(String value) {
    return Fixtures.source("app.Card", "package app;", "import jakarta.persistence.*;",
        "@Entity " + value, "public class Card extends Payment {", "}");
  }

  private static JavaFileObject subscription() {
    return Fixtures.source("app.SubscriptionPayment", "package app;", "import jakarta.persistence.*;",
        "@Entity", "public class SubscriptionPayment extends Payment {", "}");
  }

  @Test
  void valueLongerThanTheColumnIsAnErrorOnTheEntity() {
    JavaFileObject sub = subscription();
    Compilation c = Fixtures.compile(payments("  kind VARCHAR(8) NOT NULL,\n"), payment(""), card("@DiscriminatorValue(\"CARD\")"), sub);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[schemadrift:discriminator] discriminator value 'SubscriptionPayment' of entity 'SubscriptionPayment' has 19 characters but column 'payment.kind' is 'varchar(8)' (V1__payment.sql:1), so every insert of 'SubscriptionPayment' fails; set a shorter @DiscriminatorValue or add a migration: ALTER TABLE payment ALTER COLUMN kind TYPE varchar(31) USING kind::varchar(31)")
        .inFile(sub)
        .onLineContaining("public class SubscriptionPayment");
  }

  @Test
  void explicitValueTooLongIsReportedOnTheValue() {
    JavaFileObject card = card("@DiscriminatorValue(\"CREDIT_CARD\")");
    Compilation c = Fixtures.compile(payments("  kind VARCHAR(8) NOT NULL,\n"), payment(""), card);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("discriminator value 'CREDIT_CARD' of entity 'Card' has 11 characters")
        .inFile(card)
        .onLineContaining("@DiscriminatorValue(\"CREDIT_CARD\")");
  }

  @Test
  void missingColumnIsAnErrorOnTheDiscriminatorColumn() {
    JavaFileObject root = payment("");
    Compilation c = Fixtures.compile(payments(""), root, card("@DiscriminatorValue(\"CARD\")"));
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[schemadrift:discriminator] discriminator column 'payment.kind' of the hierarchy of entity 'Payment' does not exist in table 'payment' (created at V1__payment.sql:1); name the existing column with @DiscriminatorColumn(name = ...) or add a migration: ALTER TABLE payment ADD COLUMN kind varchar(31)")
        .inFile(root)
        .onLineContaining("@DiscriminatorColumn(name = \"kind\")");
  }

  @Test
  void valuesThatFitAreFine() {
    assertThat(Fixtures.compile(payments("  kind VARCHAR(31) NOT NULL,\n"), payment(""), card("@DiscriminatorValue(\"CARD\")"), subscription()))
        .succeededWithoutWarnings();
  }

  @Test
  void suppressed() {
    JavaFileObject card = Fixtures.source("app.Card", "package app;", "import jakarta.persistence.*;",
        "@Entity @DiscriminatorValue(\"CREDIT_CARD\") @SuppressWarnings(\"schemadrift:discriminator\")", "public class Card extends Payment {", "}");
    assertThat(Fixtures.compile(payments("  kind VARCHAR(8) NOT NULL,\n"), payment(""), card)).succeededWithoutWarnings();
    assertThat(Fixtures.compile(payments(""), payment("@SuppressWarnings(\"schemadrift:discriminator\")"), card("@DiscriminatorValue(\"CARD\")")))
        .succeededWithoutWarnings();
  }

  @Test
  void severityOverridden() {
    Compilation c = Fixtures.compile(payments(""), List.of("-Aschemadrift.severity.discriminator=warning"), payment(""), card("@DiscriminatorValue(\"CARD\")"));
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[schemadrift:discriminator] discriminator column 'payment.kind'");
  }
}
