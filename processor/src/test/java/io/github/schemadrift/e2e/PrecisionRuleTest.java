package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The precision rule end to end: explicit precision and scale; defaults stay silent. */
class PrecisionRuleTest {

  @TempDir Path dir;

  private Path prices() {
    return Fixtures.migrations(dir.resolve("db"), Map.of("V1__prices.sql",
        "CREATE TABLE prices (\n  id BIGINT PRIMARY KEY,\n  amount NUMERIC(10, 2),\n  rate DECIMAL(12, 2),\n  total NUMERIC\n);\n"));
  }

  private static JavaFileObject price(String classAnnotations, String... fields) {
    String[] head = {
      "package app;",
      "import jakarta.persistence.*;",
      "import java.math.BigDecimal;",
      classAnnotations,
      "@Entity @Table(name = \"prices\")",
      "public class Price {",
      "  @Id private Long id;",
    };
    String[] all = new String[head.length + fields.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(fields, 0, all, head.length, fields.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app.Price", all);
  }

  @Test
  void scaleWiderThanTheColumnIsAnErrorOnTheScale() {
    JavaFileObject source = price("", "  @Column(precision = 12,", "      scale = 4) private BigDecimal rate;");
    Compilation c = Fixtures.compile(prices(), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[schemadrift:precision] column 'prices.rate' has type 'decimal(12, 2)' (V1__prices.sql:1) but field 'rate' is declared precision = 12, scale = 4; digits after the point are rounded away: change the declaration or add a migration: ALTER TABLE prices ALTER COLUMN rate TYPE decimal(14, 4) USING rate::decimal(14, 4)")
        .inFile(source)
        .onLineContaining("scale = 4");
  }

  @Test
  void moreIntegerDigitsThanTheColumnIsAnErrorOnThePrecision() {
    JavaFileObject source = price("", "  @Column(precision = 15, scale = 2) private BigDecimal amount;");
    Compilation c = Fixtures.compile(prices(), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:precision] column 'prices.amount' has type 'numeric(10, 2)' (V1__prices.sql:1) but field 'amount' is declared precision = 15, scale = 2; large values are rejected")
        .inFile(source)
        .onLineContaining("precision = 15");
  }

  @Test
  void defaultsNarrowerDeclarationsAndUnboundedColumnsAreSilent() {
    Compilation c = Fixtures.compile(prices(), price("",
        "  private BigDecimal amount;",
        "  @Column(precision = 8, scale = 2) private BigDecimal rate;",
        "  @Column(precision = 30, scale = 10) private BigDecimal total;"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void suppressed() {
    assertThat(Fixtures.compile(prices(), price("@SuppressWarnings(\"schemadrift:precision\")", "  @Column(precision = 12, scale = 4) private BigDecimal rate;")))
        .succeededWithoutWarnings();
  }

  @Test
  void severityOverridden() {
    Compilation c = Fixtures.compile(prices(), List.of("-Aschemadrift.severity.precision=warning"), price("", "  @Column(precision = 12, scale = 4) private BigDecimal rate;"));
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[schemadrift:precision] column 'prices.rate'");
  }
}
