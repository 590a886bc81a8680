package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Aschemadrift.generate}: the schema as constants, written in a round javac still compiles,
 * usable in JDBC strings and in annotation values (where the native-query rule checks the folded
 * SQL), deterministic, with valid names for awkward SQL names; a dropped column's constant is gone.
 */
class GeneratedConstantsTest {

  @TempDir Path dir;

  private static final String V1 =
      "CREATE TYPE order_status AS ENUM ('NEW', 'PAID', 'SHIPPED');\n"
          + "CREATE TABLE book (id BIGINT PRIMARY KEY, title VARCHAR(255), isbn VARCHAR(20), \"class\" VARCHAR(10),\n"
          + "  \"2fa\" BOOLEAN, \"Name\" VARCHAR(10), name VARCHAR(10), status order_status,\n"
          + "  kind VARCHAR(10) CHECK (kind IN ('paper', 'e-book')));\n"
          + "CREATE SCHEMA reporting;\n"
          + "CREATE TABLE reporting.daily_sales (sales_day DATE PRIMARY KEY, revenue BIGINT);\n"
          + "CREATE VIEW book_title AS SELECT id, title FROM book;\n";

  private Path db(String... more) {
    return Fixtures.migrations(dir.resolve("db" + more.length), more.length == 0
        ? Fixtures.ordered("V1__init.sql", V1)
        : Fixtures.ordered("V1__init.sql", V1, "V2__drop.sql", more[0]));
  }

  private static final JavaFileObject JDBC = Fixtures.source("app.BookDao", "package app;", "import app.db.PublicSchema.Book;",
      "public class BookDao {",
      "  public static final String BY_ISBN = \"SELECT \" + Book.TITLE + \" FROM \" + Book.TABLE + \" WHERE \" + Book.ISBN + \" = ?\";",
      "  public static final String SALES = \"SELECT * FROM \" + app.db.ReportingSchema.DailySales.TABLE;",
      "  public static final String[] ODD = {Book.CLASS, Book._2FA, Book.NAME, Book.NAME_2, Book.KindValues.E_BOOK,",
      "      Book.StatusValues.SHIPPED, app.db.PublicSchema.OrderStatus.PAID, app.db.PublicSchema.BookTitle.TITLE};",
      "}");

  private Compilation compile(Path db, List<String> options, JavaFileObject... sources) {
    List<String> all = new java.util.ArrayList<>(List.of("-Aschemadrift.dialect=postgresql"));
    all.addAll(options);
    return Fixtures.compile(db, all, sources);
  }

  @Test
  void constantsCompileWithTheCodeThatUsesThem() throws Exception {
    Compilation c = compile(db(), List.of("-Aschemadrift.generate=app.db"), JDBC);
    assertThat(c).succeededWithoutWarnings();
    String source = c.generatedSourceFile("app.db.PublicSchema").orElseThrow().getCharContent(true).toString();
    assertThat(source)
        .contains("@Generated(\"io.github.schemadrift.SchemaDriftProcessor\")")
        .contains("public static final class Book {")
        .contains("public static final String TABLE = \"book\";")
        .contains("Column {@code isbn}: {@code varchar(20)}, last changed at V1__init.sql:2.")
        .contains("public static final String ISBN = \"isbn\";")
        .contains("public static final String CLASS = \"\\\"class\\\"\";")
        .contains("public static final String _2FA = \"\\\"2fa\\\"\";")
        .contains("public static final String E_BOOK = \"e-book\";")
        .contains("public static final class OrderStatus {");
    String reporting = c.generatedSourceFile("app.db.ReportingSchema").orElseThrow().getCharContent(true).toString();
    assertThat(reporting).contains("public static final String TABLE = \"reporting.daily_sales\";");

    Compilation again = compile(db(), List.of("-Aschemadrift.generate=app.db"), JDBC);
    assertThat(again.generatedSourceFile("app.db.PublicSchema").orElseThrow().getCharContent(true).toString()).isEqualTo(source);
  }

  @Test
  void aDroppedColumnsConstantStopsTheCodeFromCompiling() {
    Compilation c = compile(db("ALTER TABLE book DROP COLUMN isbn;\n"), List.of("-Aschemadrift.generate=app.db"), JDBC);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(JDBC).onLineContaining("Book.ISBN");
  }

  @Test
  void nativeQueryBuiltFromConstantsIsChecked() {
    JavaFileObject query = Fixtures.source("org.springframework.data.jpa.repository.Query",
        "package org.springframework.data.jpa.repository;", "public @interface Query {", "  String value() default \"\";",
        "  boolean nativeQuery() default false;", "}");
    JavaFileObject repository = Fixtures.source("app.BookQueries", "package app;", "import app.db.PublicSchema.Book;",
        "import org.springframework.data.jpa.repository.Query;", "public interface BookQueries {",
        "  @Query(value = \"SELECT \" + Book.TITLE + \" FROM \" + Book.TABLE + \" WHERE edition > 1\", nativeQuery = true)",
        "  java.util.List<String> reprints();", "}");
    Compilation c = compile(db(), List.of("-Aschemadrift.generate=app.db"), query, repository);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:native-query] column 'edition'").inFile(repository).onLineContaining("edition > 1");
  }

  @Test
  void generateFromTheConfigAnnotationAndABadPackageIsAnError() {
    JavaFileObject config = Fixtures.source("app.Config", "package app;",
        "@io.github.schemadrift.annotations.SchemaDriftConfig(generate = \"app.db\")", "public class Config {}");
    assertThat(compile(db(), List.of(), config, JDBC)).succeededWithoutWarnings();

    Compilation bad = compile(db(), List.of("-Aschemadrift.generate=app.class"), Fixtures.source("app.X", "package app;",
        "public class X {}"));
    assertThat(bad).hadErrorCount(1);
    assertThat(bad).hadErrorContaining("[schemadrift:config] the schema constants of option 'schemadrift.generate' were not"
        + " generated into 'app.class': 'app.class' is not a valid package name");
  }
}
