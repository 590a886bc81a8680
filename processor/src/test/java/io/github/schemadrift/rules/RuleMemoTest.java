package io.github.schemadrift.rules;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.migration.TableDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the rules remember on a thread between calls (the last entity's mapped columns, the last
 * tables' column indexes): it holds source positions, and through them the compilation, so the
 * processor must drop it once the last round's rules have run.
 */
class RuleMemoTest {

  @TempDir Path dir;

  private static final JavaFileObject ENTITY = JavaFileObjects.forSourceLines("app.OrderLine",
      "package app;",
      "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"order_line\") public class OrderLine {",
      "  @jakarta.persistence.Id Long id;",
      "  @jakarta.persistence.Column(name = \"product_code\", length = 40) String productCode;",
      "}");

  private static final SqlLocation V1 = new SqlLocation("V1__init.sql", 1);

  private static ColumnDef column(String name) {
    return new ColumnDef(name, false, null, true, null, false, V1, null);
  }

  @AfterEach
  void forget() {
    Rules.forgetRoundState();
  }

  @Test
  void theRulesRememberNothingOnceTheCompilationIsDone() throws IOException {
    Path db = Files.createDirectories(dir.resolve("db"));
    Files.writeString(db.resolve("V1__init.sql"),
        "CREATE TABLE order_line (id BIGINT PRIMARY KEY, product_code VARCHAR(40));\n");
    Compilation compilation = javac()
        .withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + db)
        .compile(ENTITY);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation.diagnostics()).as("the entity's columns were matched").noneMatch(d -> d.getMessage(null).contains("[schemadrift:missing"));
    assertThat(MappedColumns.remembered()).as("after the last round, on javac's (this) thread").isZero();
    assertThat(ColumnIndex.remembered()).as("after the last round, on javac's (this) thread").isZero();
  }

  @Test
  void aRememberedTableIsReusedAndForgotten() {
    TableDef table = new TableDef(null, "order_line", false,
        List.of(column("id"), column("product_code")), List.of("id"), V1);
    ColumnIndex first = ColumnIndex.of(Dialect.POSTGRESQL, table);
    assertThat(ColumnIndex.of(Dialect.POSTGRESQL, table)).isSameAs(first);
    assertThat(ColumnIndex.of(Dialect.MYSQL, table)).as("another dialect folds names another way").isNotSameAs(first);
    assertThat(ColumnIndex.remembered()).isPositive();

    Rules.forgetRoundState();
    assertThat(ColumnIndex.remembered()).isZero();
    assertThat(ColumnIndex.of(Dialect.POSTGRESQL, table)).isNotSameAs(first).satisfies(
        index -> assertThat(index.column("PRODUCT_CODE", false)).isPresent());
  }
}
