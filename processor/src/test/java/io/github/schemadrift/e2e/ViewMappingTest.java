package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entity may map a view, as Hibernate allows: it has its table, and its columns are the view's. */
class ViewMappingTest {

  @TempDir Path dir;

  private Compilation compile(String migration, JavaFileObject source) throws IOException {
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.writeString(project.resolve("src/main/resources/db/migration/V1__init.sql"), migration);
    return Fixtures.noRepeats(javac()
        .withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.projectDir=" + project, "-Aschemadrift.dialect=postgresql")
        .compile(source));
  }

  private static final String ACCOUNTS = "CREATE TABLE accounts (id BIGINT PRIMARY KEY, email VARCHAR(100) NOT NULL);\n";

  private static JavaFileObject entity(String classAnnotation, String emailColumn) {
    return Fixtures.source("app.AccountEmail",
        "package app;",
        "import jakarta.persistence.*;",
        classAnnotation,
        "@Entity @Table(name = \"account_emails\")",
        "public class AccountEmail {",
        "  @Id private Long id;",
        "  @Column(name = \"" + emailColumn + "\") private String email;",
        "}");
  }

  @Test
  void anEntityOnAViewWithItsColumnsIsClean() throws IOException {
    Compilation c = compile(ACCOUNTS + "CREATE VIEW account_emails AS SELECT id, email AS address FROM accounts;\n",
        entity("", "address"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void anEntityOnAViewOfUnknownColumnsIsClean() throws IOException {
    Compilation c = compile(ACCOUNTS + "CREATE VIEW account_emails AS SELECT * FROM accounts;\n", entity("", "anything"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void aColumnTheViewDoesNotReturnIsMissing() throws IOException {
    Compilation c = compile(ACCOUNTS + "CREATE VIEW account_emails AS SELECT id, email AS address FROM accounts;\n",
        entity("", "email"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:missing-column] column 'email' mapped by field 'email' is not among the"
        + " columns of view 'account_emails' (created at V1__init.sql:2: id, address)")
        .inFile(entity("", "email")).onLine(7);
  }

  @Test
  void aMissingViewColumnIsSuppressed() throws IOException {
    Compilation c = compile(ACCOUNTS + "CREATE VIEW account_emails AS SELECT id, email AS address FROM accounts;\n",
        entity("@SuppressWarnings(\"schemadrift:missing-column\")", "email"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void withoutTheViewTheTableIsMissing() throws IOException {
    Compilation c = compile(ACCOUNTS, entity("", "email"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:missing-table] table 'account_emails'");
  }
}
