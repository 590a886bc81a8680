package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unique rule end to end: unique = true and one-to-one without a constraint; the reverse is silent. */
class UniqueRuleTest {

  @TempDir Path dir;

  private static final String USERS = "CREATE TABLE users (\n  id BIGINT PRIMARY KEY,\n  email VARCHAR(255),\n  code VARCHAR(255)\n);\n";

  private Path db(String extra) {
    return Fixtures.migrations(dir.resolve("db"), Map.of("V1__users.sql", USERS + extra));
  }

  private static JavaFileObject user(String classAnnotations, String... lines) {
    String[] head = {"package app;", "import jakarta.persistence.*;", classAnnotations, "@Entity @Table(name = \"users\")",
      "public class User {", "  @Id private Long id;"};
    String[] all = new String[head.length + lines.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(lines, 0, all, head.length, lines.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app.User", all);
  }

  private static final String EMAIL = "  @Column(name = \"email\", unique = true) private String email;";

  @Test
  void uniqueWithoutConstraintIsAWarningOnTheValue() {
    JavaFileObject source = user("", EMAIL);
    Compilation c = Fixtures.compile(db(""), source);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining("[schemadrift:unique] column 'users.email' has no unique constraint or unique index (table created at"
            + " V1__users.sql:1) but field 'email' is declared unique (unique = true); duplicates are not prevented: drop the"
            + " declaration or add a migration: ALTER TABLE users ADD CONSTRAINT uk_users_email UNIQUE (email)")
        .inFile(source)
        .onLineContaining("unique = true");
  }

  @Test
  void oneToOneJoinColumnNeedsAUniqueConstraint() {
    JavaFileObject profile = Fixtures.source("app.Profile", "package app;",
        "@jakarta.persistence.Entity public class Profile { @jakarta.persistence.Id private Long id; }");
    Path db = Fixtures.migrations(dir.resolve("db"), Map.of("V1__users.sql",
        "CREATE TABLE Profile (id BIGINT PRIMARY KEY);\nCREATE TABLE users (id BIGINT PRIMARY KEY, profile_id BIGINT REFERENCES Profile (id));\n"));
    JavaFileObject source = user("", "  @OneToOne private Profile profile;");
    Compilation c = Fixtures.compile(db, source, profile);
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[schemadrift:unique] column 'users.profile_id'").inFile(source).onLineContaining("private Profile profile");
    assertThat(c).hadWarningContaining("is declared unique (a @OneToOne join column)");
  }

  @Test
  void constraintsIndexesAndTheReverseAreFine() {
    assertThat(Fixtures.compile(db("ALTER TABLE users ADD CONSTRAINT uk_email UNIQUE (email);\n"), user("", EMAIL))).succeededWithoutWarnings();
    assertThat(Fixtures.compile(db("CREATE UNIQUE INDEX ux_email ON users (email);\n"), user("", EMAIL))).succeededWithoutWarnings();
    // a unique constraint the entity does not declare is not reported, by design
    assertThat(Fixtures.compile(db("ALTER TABLE users ADD CONSTRAINT uk_code UNIQUE (code);\n"), user("", "  private String code;")))
        .succeededWithoutWarnings();
  }

  @Test
  void aConstraintOverMoreColumnsDoesNotCount() {
    Compilation c = Fixtures.compile(db("ALTER TABLE users ADD CONSTRAINT uk_pair UNIQUE (email, code);\n"), user("", EMAIL));
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[schemadrift:unique] column 'users.email'");
  }

  @Test
  void suppressed() {
    assertThat(Fixtures.compile(db(""), user("@SuppressWarnings(\"schemadrift:unique\")", EMAIL))).succeededWithoutWarnings();
    assertThat(Fixtures.compile(db(""), user("", "  @SuppressWarnings(\"schemadrift:unique\")", EMAIL))).succeededWithoutWarnings();
  }

  @Test
  void severityOverridden() {
    assertThat(Fixtures.compile(db(""), List.of("-Aschemadrift.severity.unique=off"), user("", EMAIL))).succeededWithoutWarnings();
    Compilation raised = Fixtures.compile(db(""), List.of("-Aschemadrift.severity=unique:error"), user("", EMAIL));
    assertThat(raised).hadErrorCount(1);
    assertThat(raised).hadErrorContaining("[schemadrift:unique] column 'users.email'");
  }
}
