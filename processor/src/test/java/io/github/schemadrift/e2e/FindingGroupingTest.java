package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One drift, one finding (rules/FindingGrouping): a renamed column is one missing-column error that
 * names the rename, a dropped table one error per entity, and a statement that could not be parsed
 * is named in the finding it may explain.
 */
class FindingGroupingTest {

  @TempDir Path dir;

  private static final String INIT =
      "CREATE TABLE accounts (\n"
          + "  id BIGINT PRIMARY KEY,\n"
          + "  email VARCHAR(255) NOT NULL,\n"
          + "  display_name VARCHAR(255) NOT NULL\n"
          + ");\n"
          + "CREATE TABLE orders (id BIGINT PRIMARY KEY, total INTEGER NOT NULL, note VARCHAR(255));\n";

  private Path migrations(String v2) {
    return Fixtures.migrations(dir.resolve("db"), Fixtures.ordered("V1__init.sql", INIT, "V2__x.sql", v2));
  }

  private static JavaFileObject account(String classAnnotation) {
    return Fixtures.source("app.Account",
        "package app;",
        "import jakarta.persistence.*;",
        classAnnotation,
        "@Entity @Table(name = \"accounts\")",
        "public class Account {",
        "  @Id private Long id;",
        "  @Column(nullable = false) private String email;",
        "  @Column(name = \"display_name\", nullable = false) private String displayName;",
        "}");
  }

  private static JavaFileObject order() {
    return Fixtures.source("app.Order",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"orders\")",
        "public class Order {",
        "  @Id private Long id;",
        "  @Column(nullable = false) private Integer total;",
        "  private String note;",
        "  @Column(name = \"shipped_at\") private java.time.LocalDateTime shippedAt;",
        "}");
  }

  @Test
  void aRenamedColumnIsOneMissingColumnErrorNamingTheRename() {
    JavaFileObject source = account("");
    Compilation c = Fixtures.compile(migrations("ALTER TABLE accounts RENAME COLUMN display_name TO nickname;\n"), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:missing-column] column 'accounts.display_name' mapped by field 'displayName' was"
            + " renamed to 'nickname' at V2__x.sql:1; map it with @Column(name = \"nickname\") or add a migration that"
            + " renames it back: ALTER TABLE accounts RENAME COLUMN nickname TO display_name")
        .inFile(source)
        .onLineContaining("private String displayName");
  }

  @Test
  void withoutTheRenameTheUnmappedColumnIsStillReported() {
    // negative: a column added under another name is no rename, so both sides are reported
    Compilation c = Fixtures.compile(migrations("ALTER TABLE accounts DROP COLUMN display_name;\n"
        + "ALTER TABLE accounts ADD COLUMN nickname VARCHAR(255) NOT NULL;\n"), account(""));
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[schemadrift:missing-column] column 'accounts.display_name' mapped by field 'displayName' does not exist");
    assertThat(c).hadErrorContaining("[schemadrift:unmapped-not-null] column 'accounts.nickname' is NOT NULL without a default");
  }

  @Test
  void theRenameFindingIsSuppressedLikeAnyMissingColumn() {
    Compilation c = Fixtures.compile(migrations("ALTER TABLE accounts RENAME COLUMN display_name TO nickname;\n"),
        account("@SuppressWarnings(\"schemadrift:missing-column\")"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void aDroppedTableIsOneErrorPerEntityNamingTheDrop() {
    JavaFileObject source = order();
    Compilation c = Fixtures.compile(migrations("DROP TABLE orders;\n"), account(""), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:missing-table] table 'orders' mapped by entity 'Order' was dropped at V2__x.sql:1;"
            + " remove the mapping (or map an existing table with @Table(name = ...)) or add a migration that creates 'orders' again")
        .inFile(source)
        .onLineContaining("@Table(name = \"orders\")");
  }

  @Test
  void aTableCreatedAgainAfterItsDropIsNotReportedAsDropped() {
    Compilation c = Fixtures.compile(migrations("DROP TABLE orders;\n"
        + "CREATE TABLE orders (id BIGINT PRIMARY KEY, total INTEGER NOT NULL, note VARCHAR(255), shipped_at TIMESTAMP);\n"),
        account(""), order());
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void aLostStatementIsNamedInTheFindingItMayExplain() {
    JavaFileObject source = order();
    Compilation c = Fixtures.compile(
        migrations("ALTER TABLE orders ADD COLUMN shipped_at TIMESTAMP FROBNICATE 3 + ;\n"), account(""), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[schemadrift:sql-parse] V2__x.sql:1");
    assertThat(c)
        .hadErrorContaining("[schemadrift:missing-column] column 'orders.shipped_at' mapped by field 'shippedAt' does not exist"
            + " in table 'orders' (created at V1__init.sql:6); the statement at V2__x.sql:1 that touches this table could not"
            + " be parsed and was skipped (see its sql-parse warning), which may be why; map an existing column with"
            + " @Column(name = ...) or add a migration: ALTER TABLE orders ADD COLUMN shipped_at timestamp(6)")
        .inFile(source)
        .onLineContaining("private java.time.LocalDateTime shippedAt");
  }

  @Test
  void aLostStatementOnAnotherMappedTableIsNotNamed() {
    Compilation c = Fixtures.compile(
        migrations("ALTER TABLE accounts ADD COLUMN shipped_at TIMESTAMP FROBNICATE 3 + ;\n"), account(""), order());
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("column 'orders.shipped_at' mapped by field 'shippedAt' does not exist in table 'orders'"
        + " (created at V1__init.sql:6); map an existing column with @Column(name = ...) or add a migration:"
        + " ALTER TABLE orders ADD COLUMN shipped_at timestamp(6)");
    assertThat(c).hadWarningCount(1); // 'accounts' is mapped: its lost statement stays a warning
    assertThat(c).hadWarningContaining("[schemadrift:sql-parse] V2__x.sql:1");
  }

  @Test
  void aLostStatementOnATableNoEntityMapsIsFolded() {
    Compilation c = Fixtures.compile(migrations("CREATE TABLE audit_log (id BIGINT PRIMARY KEY);\n"
        + "ALTER TABLE audit_log ADD COLUMN at TIMESTAMP FROBNICATE 3 + ;\n"), account(""));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("[schemadrift:summary] 1 finding folded at level note: sql-parse 1;");
    Compilation listed = Fixtures.compile(migrations("CREATE TABLE audit_log (id BIGINT PRIMARY KEY);\n"
        + "ALTER TABLE audit_log ADD COLUMN at TIMESTAMP FROBNICATE 3 + ;\n"), List.of("-Aschemadrift.listFolded=true"), account(""));
    assertThat(listed).hadNoteContaining("[schemadrift:sql-parse] V2__x.sql:2:");
  }

  @Test
  void aLostStatementWhoseTableIsUnknownStaysAWarning() {
    Compilation c = Fixtures.compile(migrations("FROBNICATE accounts;\n"), account(""));
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[schemadrift:sql-parse] V2__x.sql:1");
  }

  @Test
  void severityOverrideAppliesToTheGroupedFinding() {
    Compilation c = Fixtures.compile(migrations("ALTER TABLE accounts RENAME COLUMN display_name TO nickname;\n"),
        List.of("-Aschemadrift.severity.missingColumn=warning"), account(""));
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("was renamed to 'nickname' at V2__x.sql:1");
  }
}
