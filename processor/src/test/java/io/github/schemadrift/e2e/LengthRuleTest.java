package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The length rule end to end: explicit, @Size, enum and implicit lengths; suppressed; overridden. */
class LengthRuleTest {

  @TempDir Path dir;

  private Path users() {
    return Fixtures.migrations(dir.resolve("db"), Map.of("V1__users.sql",
        "CREATE TABLE users (\n  id BIGINT PRIMARY KEY,\n  email VARCHAR(255),\n  code VARCHAR(2),\n  status VARCHAR(7),\n  bio TEXT\n);\n"));
  }

  private static JavaFileObject user(String classAnnotations, String... fields) {
    String[] head = {
      "package app;",
      "import jakarta.persistence.*;",
      "import jakarta.validation.constraints.Size;",
      classAnnotations,
      "@Entity @Table(name = \"users\")",
      "public class User {",
      "  public enum Status { ACTIVE, BLOCKED }",
      "  @Id private Long id;",
    };
    String[] all = new String[head.length + fields.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(fields, 0, all, head.length, fields.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app.User", all);
  }

  @Test
  void explicitLengthWiderThanTheColumnIsAnErrorOnTheValue() {
    JavaFileObject source = user("", "  @Column(name = \"email\",", "      length = 320) private String email;");
    Compilation c = Fixtures.compile(users(), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[schemadrift:length] column 'users.email' has type 'varchar(255)' (V1__users.sql:1) but field 'email' allows 320 characters (length = 320); longer values are rejected or cut: shorten the mapping or add a migration: ALTER TABLE users ALTER COLUMN email TYPE varchar(320) USING email::varchar(320)")
        .inFile(source)
        .onLineContaining("length = 320");
  }

  @Test
  void sizeMaxWiderThanTheColumnIsAnErrorOnTheAttribute() {
    JavaFileObject source = user("", "  @Size(max = 3) private String code;");
    Compilation c = Fixtures.compile(users(), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:length] column 'users.code' has type 'varchar(2)' (V1__users.sql:1) but field 'code' allows 3 characters (@Size(max = 3))")
        .inFile(source)
        .onLineContaining("private String code");
  }

  @Test
  void implicitLengthIsFoldedIntoTheSummary() {
    JavaFileObject source = user("", "  private String code;");
    Compilation c = Fixtures.compile(users(), source);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("[schemadrift:summary] 1 finding folded at level note: length 1 (most in User 1)");
    Compilation listed = Fixtures.compile(users(), List.of("-Aschemadrift.listFolded=true"), source);
    assertThat(listed).succeededWithoutWarnings();
    assertThat(listed)
        .hadNoteContaining("[schemadrift:length] column 'users.code' has type 'varchar(2)' (V1__users.sql:1) but field 'code' allows 255 characters (JPA's implicit length 255)")
        .inFile(source)
        .onLineContaining("private String code");
  }

  @Test
  void enumNeedsOnlyItsLongestConstant() {
    Compilation fits = Fixtures.compile(users(), user("", "  @Enumerated(EnumType.STRING) private Status status;"));
    assertThat(fits).succeededWithoutWarnings();
    JavaFileObject source = user("", "  @Enumerated(EnumType.STRING) @Column(name = \"code\") private Status status;");
    Compilation c = Fixtures.compile(users(), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("field 'status' allows 7 characters (the longest constant of enum 'Status')")
        .inFile(source)
        .onLineContaining("private Status status");
  }

  @Test
  void widerColumnsUnboundedTypesAndDefinitionsAreFine() {
    Compilation c = Fixtures.compile(users(), user("",
        "  @Column(length = 100) private String email;",
        "  @Column(length = 100000) private String bio;",
        "  @Column(columnDefinition = \"char(2)\") private String code;"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void suppressed() {
    assertThat(Fixtures.compile(users(), user("@SuppressWarnings(\"schemadrift:length\")", "  @Column(length = 320) private String email;")))
        .succeededWithoutWarnings();
    assertThat(Fixtures.compile(users(), user("", "  @SuppressWarnings(\"schemadrift:length\") @Column(length = 320) private String email;")))
        .succeededWithoutWarnings();
  }

  @Test
  void severityOverridden() {
    Compilation off = Fixtures.compile(users(), List.of("-Aschemadrift.severity.length=off"), user("", "  @Column(length = 320) private String email;"));
    assertThat(off).succeededWithoutWarnings();
    Compilation warned = Fixtures.compile(users(), List.of("-Aschemadrift.severity=length:warning"), user("", "  @Column(length = 320) private String email;"));
    assertThat(warned).succeeded();
    assertThat(warned).hadWarningContaining("[schemadrift:length] column 'users.email'");
    Compilation raised = Fixtures.compile(users(), List.of("-Aschemadrift.severity.length=error"), user("", "  private String code;"));
    assertThat(raised).hadErrorCount(1);
    assertThat(raised).hadErrorContaining("[schemadrift:length] column 'users.code'");
  }
}
