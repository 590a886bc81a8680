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

  // ---- unique keys over several columns: @UniqueConstraint and @NaturalId ----

  private static JavaFileObject keyed(String tableAnnotation, String... lines) {
    String[] head = {"package app;", "import jakarta.persistence.*;", "import org.hibernate.annotations.NaturalId;",
      "@Entity", tableAnnotation, "public class User {", "  @Id private Long id;"};
    String[] all = new String[head.length + lines.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(lines, 0, all, head.length, lines.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app.User", all);
  }

  private static final String PAIR =
      "@Table(name = \"users\",\n    uniqueConstraints = @UniqueConstraint(columnNames = {\"email\", \"code\"}))";

  @Test
  void uniqueConstraintWithoutConstraintIsAWarningOnTheConstraint() {
    JavaFileObject source = keyed(PAIR, "  private String email;", "  private String code;");
    Compilation c = Fixtures.compile(db(""), source);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining("[schemadrift:unique] columns (email, code) of table 'users' have no unique constraint or unique"
            + " index on exactly them (table created at V1__users.sql:1) but the entity declares them unique together"
            + " (@UniqueConstraint); duplicates are not prevented: drop the declaration or add a migration:"
            + " ALTER TABLE users ADD CONSTRAINT uk_users_email_code UNIQUE (email, code)")
        .inFile(source)
        .onLineContaining("uniqueConstraints = @UniqueConstraint");
  }

  @Test
  void uniqueConstraintCoveredInAnyOrderByConstraintIndexOrKey() {
    String[] fields = {"  private String email;", "  private String code;"};
    assertThat(Fixtures.compile(db("ALTER TABLE users ADD CONSTRAINT uk_pair UNIQUE (code, email);\n"), keyed(PAIR, fields)))
        .succeededWithoutWarnings();
    assertThat(Fixtures.compile(db("CREATE UNIQUE INDEX ux_pair ON users (code, email);\n"), keyed(PAIR, fields)))
        .succeededWithoutWarnings();
    Path keyed = Fixtures.migrations(dir.resolve("pk"), Map.of("V1__users.sql",
        "CREATE TABLE users (id BIGINT, email VARCHAR(255), code VARCHAR(255), PRIMARY KEY (email, code));\n"));
    // the primary key (email, code) keeps the pair unique; the entity's @Id differs, which primary-key reports
    Compilation byKey = Fixtures.compile(keyed, keyed(PAIR, fields));
    org.assertj.core.api.Assertions.assertThat(byKey.diagnostics()).noneMatch(d -> d.getMessage(null).contains("[schemadrift:unique]"));
    org.assertj.core.api.Assertions.assertThat(byKey.diagnostics()).anyMatch(d -> d.getMessage(null).contains("[schemadrift:primary-key]"));
  }

  @Test
  void uniqueConstraintNotCoveredByOneOfItsColumnsNorByAWiderOneNorByAPlainIndex() {
    String[] fields = {"  private String email;", "  private String code;"};
    for (String sql : List.of("ALTER TABLE users ADD CONSTRAINT uk_email UNIQUE (email);\n",
        "ALTER TABLE users ADD CONSTRAINT uk_three UNIQUE (email, code, id);\n",
        "CREATE INDEX ix_pair ON users (email, code);\n")) {
      Compilation c = Fixtures.compile(db(sql), keyed(PAIR, fields));
      assertThat(c).hadWarningCount(1);
      assertThat(c).hadWarningContaining("[schemadrift:unique] columns (email, code) of table 'users'");
    }
  }

  @Test
  void uniqueConstraintNamesFollowTheNamingRulesAndTheDeclaredNameGoesIntoTheFix() {
    Path db = Fixtures.migrations(dir.resolve("db"), Map.of("V1__users.sql",
        "CREATE TABLE users (id BIGINT PRIMARY KEY, first_name VARCHAR(255), last_name VARCHAR(255));\n"));
    JavaFileObject source = keyed("@Table(name = \"users\", uniqueConstraints = @UniqueConstraint(name = \"uk_full_name\","
        + " columnNames = {\"firstName\", \"lastName\"}))", "  private String firstName;", "  private String lastName;");
    Compilation c = Fixtures.compile(db, List.of("-Aschemadrift.naming=spring"), source);
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("add a migration: ALTER TABLE users ADD CONSTRAINT uk_full_name UNIQUE (first_name, last_name)");
    Path covered = Fixtures.migrations(dir.resolve("db2"), Map.of("V1__users.sql",
        "CREATE TABLE users (id BIGINT PRIMARY KEY, first_name VARCHAR(255), last_name VARCHAR(255),"
            + " CONSTRAINT uk_full_name UNIQUE (last_name, first_name));\n"));
    assertThat(Fixtures.compile(covered, List.of("-Aschemadrift.naming=spring"), source)).succeededWithoutWarnings();
  }

  @Test
  void naturalIdAttributesFormOneUniqueKey() {
    JavaFileObject source = keyed("@Table(name = \"users\")", "  @NaturalId private String email;",
        "  @NaturalId @Column(name = \"code\") private String code;");
    Compilation c = Fixtures.compile(db(""), source);
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining("[schemadrift:unique] columns (email, code) of table 'users' have no unique constraint")
        .inFile(source)
        .onLineContaining("@NaturalId private String email");
    assertThat(c).hadWarningContaining("(@NaturalId); duplicates are not prevented");
    assertThat(Fixtures.compile(db("ALTER TABLE users ADD CONSTRAINT uk_nat UNIQUE (code, email);\n"), source))
        .succeededWithoutWarnings();
    // each column unique on its own is not the declared key
    assertThat(Fixtures.compile(db("ALTER TABLE users ADD CONSTRAINT uk_e UNIQUE (email);\n"), source)).hadWarningCount(1);
  }

  @Test
  void joinAndCollectionTableUniqueConstraints() {
    Path db = Fixtures.migrations(dir.resolve("db"), Map.of("V1__users.sql", USERS
        + "CREATE TABLE tag (id BIGINT PRIMARY KEY);\n"
        + "CREATE TABLE user_tags (user_id BIGINT NOT NULL, tags_id BIGINT NOT NULL);\n"
        + "CREATE TABLE user_aliases (user_id BIGINT NOT NULL, alias VARCHAR(255));\n"));
    JavaFileObject tag = Fixtures.source("app.Tag", "package app;",
        "@jakarta.persistence.Entity public class Tag { @jakarta.persistence.Id private Long id; }");
    JavaFileObject source = keyed("@Table(name = \"users\")",
        "  @ManyToMany @JoinTable(name = \"user_tags\", joinColumns = @JoinColumn(name = \"user_id\"),",
        "      uniqueConstraints = @UniqueConstraint(columnNames = {\"user_id\", \"tags_id\"}))",
        "  private java.util.Set<Tag> tags;",
        "  @ElementCollection @CollectionTable(name = \"user_aliases\", joinColumns = @JoinColumn(name = \"user_id\"),",
        "      uniqueConstraints = @UniqueConstraint(columnNames = {\"user_id\", \"alias\"}))",
        "  @Column(name = \"alias\") private java.util.Set<String> aliases;");
    Compilation c = Fixtures.compile(db, source, tag);
    assertThat(c).hadWarningCount(2);
    assertThat(c).hadWarningContaining("columns (user_id, tags_id) of table 'user_tags'").inFile(source)
        .onLineContaining("columnNames = {\"user_id\", \"tags_id\"}");
    assertThat(c).hadWarningContaining("columns (user_id, alias) of table 'user_aliases'").inFile(source)
        .onLineContaining("columnNames = {\"user_id\", \"alias\"}");
  }

  @Test
  void uniqueKeySuppressedOnTheClass() {
    assertThat(Fixtures.compile(db(""), keyed("@SuppressWarnings(\"schemadrift:unique\") " + PAIR,
        "  private String email;", "  private String code;"))).succeededWithoutWarnings();
  }
}
