package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import io.github.schemadrift.e2e.envers.AuditedPeriod;
import io.github.schemadrift.e2e.envers.AuditedProject;
import io.github.schemadrift.e2e.envers.AuditedTask;
import io.github.schemadrift.hibernateproof.HibernateDdl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The audit-table rule end to end. The clean case takes its tables from Hibernate Envers itself:
 * the entities of package {@code e2e.envers} are compiled by Maven, Envers generates their audit
 * and revision tables, and that DDL as a migration must compile clean through the processor.
 */
class AuditTableRuleTest {

  @TempDir Path dir;

  private static final String TASKS =
      "CREATE TABLE tasks (\n  id BIGINT PRIMARY KEY,\n  title VARCHAR(255),\n  notes VARCHAR(255)\n);\n";

  private static final String REVINFO = "CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\n"
      + "CREATE SEQUENCE REVINFO_SEQ START WITH 1 INCREMENT BY 50;\n";

  private static final String TASKS_AUD = "CREATE TABLE tasks_AUD (\n  id BIGINT NOT NULL,\n  REV INTEGER NOT NULL,\n"
      + "  REVTYPE SMALLINT,\n  title VARCHAR(255),\n  PRIMARY KEY (id, REV)\n);\n";

  private static JavaFileObject task(String classAnnotations, String notesAnnotations) {
    return Fixtures.source("app.Task",
        "package app;",
        "import jakarta.persistence.*;",
        "import org.hibernate.envers.*;",
        classAnnotations,
        "@Entity @Audited @Table(name = \"tasks\")",
        "public class Task {",
        "  @Id private Long id;",
        "  private String title;",
        "  " + notesAnnotations + " private String notes;",
        "}");
  }

  private Path db(String... files) {
    Map<String, String> migrations = new java.util.LinkedHashMap<>();
    for (int i = 0; i < files.length; i++) {
      migrations.put("V" + (i + 1) + "__m" + (i + 1) + ".sql", files[i]);
    }
    return Fixtures.migrations(dir.resolve("db"), migrations);
  }

  @Test
  void missingAuditTableIsAnErrorOnAudited() {
    JavaFileObject source = task("", "@NotAudited");
    Compilation c = Fixtures.compile(db(TASKS, REVINFO), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[schemadrift:audit-table] audit table 'tasks_AUD' of @Audited entity 'Task' does not exist after 2 migrations,"
                + " so every insert, update and delete of it fails; add a migration: CREATE TABLE tasks_AUD (id bigint NOT NULL,"
                + " title varchar(255), REV integer NOT NULL, REVTYPE smallint, PRIMARY KEY (id, REV))")
        .inFile(source)
        .onLineContaining("@Entity @Audited");
  }

  @Test
  void auditedColumnMissingFromTheAuditTableIsAnErrorOnTheField() {
    JavaFileObject source = task("", "");
    Compilation c = Fixtures.compile(db(TASKS, REVINFO, TASKS_AUD), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[schemadrift:audit-table] column 'tasks_AUD.notes' for the audited field 'notes' of @Audited entity 'Task'"
                + " does not exist in audit table 'tasks_AUD' (created at V3__m3.sql:1); mark the field @NotAudited or add a"
                + " migration: ALTER TABLE tasks_AUD ADD COLUMN notes varchar(255)")
        .inFile(source)
        .onLineContaining("private String notes");
  }

  @Test
  void revisionColumnsAndTableAreChecked() {
    JavaFileObject source = task("", "@NotAudited");
    Compilation c = Fixtures.compile(db(TASKS, TASKS_AUD.replace("  REVTYPE SMALLINT,\n", "")), source);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining(
            "[schemadrift:audit-table] column 'tasks_AUD.REVTYPE' for the revision type column of @Audited entity 'Task'"
                + " does not exist in audit table 'tasks_AUD' (created at V2__m2.sql:1) or add a migration:"
                + " ALTER TABLE tasks_AUD ADD COLUMN REVTYPE smallint")
        .inFile(source)
        .onLineContaining("@Entity @Audited");
    assertThat(c)
        .hadErrorContaining(
            "[schemadrift:audit-table] revision table 'REVINFO' that Hibernate Envers needs for @Audited entity 'Task'"
                + " does not exist after 2 migrations; map the existing table with a @RevisionEntity or add a migration:"
                + " CREATE TABLE REVINFO (REV integer NOT NULL, REVTSTMP bigint, PRIMARY KEY (REV))")
        .inFile(source)
        .onLineContaining("@Entity @Audited");
  }

  @Test
  void closeAuditTableNameIsSuggested() {
    Compilation c = Fixtures.compile(db(TASKS, REVINFO, TASKS_AUD.replace("tasks_AUD", "task_AUD")), task("", "@NotAudited"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("audit table 'tasks_AUD' of @Audited entity 'Task' does not exist after 3 migrations,"
        + " so every insert, update and delete of it fails; did you mean 'task_AUD'? set"
        + " org.hibernate.envers.audit_table_prefix/audit_table_suffix, name it with @AuditTable(\"task_AUD\") or add a migration:");
  }

  @Test
  void auditTableAnnotationNamesTheTable() {
    JavaFileObject source = task("@AuditTable(\"task_history\")", "@NotAudited");
    assertThat(Fixtures.compile(db(TASKS, REVINFO, TASKS_AUD.replace("tasks_AUD", "task_history")), source))
        .succeededWithoutWarnings();
    Compilation c = Fixtures.compile(db(TASKS, REVINFO, "SELECT 1;\n"), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:audit-table] audit table 'task_history' of @Audited entity 'Task' does not exist")
        .inFile(source)
        .onLineContaining("@AuditTable(\"task_history\")");
  }

  @Test
  void consistentHandWrittenTablesAndNotAuditedFieldsAreClean() {
    Compilation c = Fixtures.compile(db(TASKS, REVINFO, TASKS_AUD), task("", "@NotAudited"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void ownRevisionEntityReplacesRevinfo() {
    JavaFileObject revision = Fixtures.source("app.Revision",
        "package app;",
        "import jakarta.persistence.*;",
        "import org.hibernate.envers.*;",
        "@Entity @RevisionEntity @Table(name = \"revisions\")",
        "public class Revision {",
        "  @Id @RevisionNumber private Integer id;",
        "  @RevisionTimestamp private Long stamp;",
        "}");
    String revisions = "CREATE TABLE revisions (id INTEGER PRIMARY KEY, stamp BIGINT);\n";
    Compilation c = Fixtures.compile(db(TASKS, revisions, TASKS_AUD), task("", "@NotAudited"), revision);
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheClass() {
    Compilation c = Fixtures.compile(db(TASKS, REVINFO), task("@SuppressWarnings(\"schemadrift:audit-table\")", "@NotAudited"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void severityOverriddenToWarning() {
    JavaFileObject source = task("", "@NotAudited");
    Compilation c = Fixtures.compile(db(TASKS, REVINFO), List.of("-Aschemadrift.severity.auditTable=warning"), source);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining("[schemadrift:audit-table] audit table 'tasks_AUD' of @Audited entity 'Task' does not exist")
        .inFile(source)
        .onLineContaining("@Entity @Audited");
  }

  @Test
  void suffixAndRevisionNamesFromSpringApplicationProperties() throws IOException {
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.writeString(project.resolve("src/main/resources/application.properties"),
        "spring.jpa.properties.org.hibernate.envers.audit_table_suffix=_history\n"
            + "spring.jpa.properties.org.hibernate.envers.revision_field_name=rev_id\n");
    Files.writeString(project.resolve("src/main/resources/db/migration/V1__init.sql"), TASKS + REVINFO
        + "CREATE TABLE tasks_history (id BIGINT NOT NULL, rev_id INTEGER NOT NULL, REVTYPE SMALLINT, title VARCHAR(255),"
        + " PRIMARY KEY (id, rev_id));\n");
    JavaFileObject source = task("", "@NotAudited");
    Compilation clean = javac().withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.projectDir=" + project, "-Aschemadrift.dialect=postgresql").compile(source);
    assertThat(clean).succeededWithoutWarnings();
    assertThat(clean).hadNoteContaining(
        "envers audit_table_suffix '_history' from spring.jpa.properties.org.hibernate.envers.audit_table_suffix in"
            + " src/main/resources/application.properties");
    // the option outranks the file: with the default suffix back, tasks_AUD is missing
    Compilation overridden = javac().withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.projectDir=" + project, "-Aschemadrift.dialect=postgresql",
            "-Aschemadrift.hibernate.org.hibernate.envers.audit_table_suffix=_AUD")
        .compile(source);
    assertThat(overridden).hadErrorCount(1);
    assertThat(overridden).hadErrorContaining("audit table 'tasks_AUD' of @Audited entity 'Task' does not exist after 1 migration,"
        + " so every insert, update and delete of it fails; add a migration: CREATE TABLE tasks_AUD (id bigint NOT NULL,"
        + " title varchar(255), rev_id integer NOT NULL, REVTYPE smallint, PRIMARY KEY (id, rev_id))");
  }

  /** Envers' own DDL for the {@code e2e.envers} entities, as a migration, compiles clean. */
  @ParameterizedTest
  @EnumSource(HibernateDdl.Dialect.class)
  void enversOwnDdlCompilesClean(HibernateDdl.Dialect dialect) throws IOException {
    for (boolean spring : new boolean[] {false, true}) {
      String ddl = enversDdl(dialect, spring);
      assertThat(ddl).containsIgnoringCase("create table audited_tasks_aud (").containsIgnoringCase("create table revinfo (")
          .containsIgnoringCase(spring ? "create table audited_project_aud (" : "create table AuditedProject_AUD (");
      List<String> findings = findings(ddl, dialect, spring);
      assertThat(findings).as("findings on Envers' own DDL (" + dialect + ", spring naming " + spring + ")\n" + ddl).isEmpty();
    }
  }

  /** The clean run is not vacuous: Envers' DDL without one audited column and without REVINFO gives two errors. */
  @Test
  void enversDdlWithDriftIsReported() throws IOException {
    String ddl = enversDdl(HibernateDdl.Dialect.POSTGRESQL, false);
    String drifted = ddl.replaceAll("(?m)^create table REVINFO [^;]*;$", "")
        .replaceAll("(?m)^alter table if exists audited_tasks_AUD add constraint [^;]*;$", "")
        .replaceAll("(?m)^alter table if exists AuditedProject_AUD add constraint [^;]*;$", "")
        .replaceAll("(?m)^(create table audited_tasks_AUD [^;]*)startsOn date, ", "$1");
    assertThat(drifted).isNotEqualTo(ddl);
    List<String> findings = findings(drifted, HibernateDdl.Dialect.POSTGRESQL, false);
    assertThat(findings).hasSize(2);
    assertThat(findings).anySatisfy(f -> assertThat(f).startsWith(
        "ERROR [schemadrift:audit-table] column 'audited_tasks_AUD.startsOn' for the audited field 'period.startsOn'"));
    assertThat(findings).anySatisfy(f -> assertThat(f).startsWith(
        "ERROR [schemadrift:audit-table] revision table 'REVINFO' that Hibernate Envers needs for @Audited entity 'AuditedProject'"));
  }

  private static String enversDdl(HibernateDdl.Dialect dialect, boolean spring) {
    return HibernateDdl.generate(List.of(AuditedTask.class, AuditedProject.class, AuditedPeriod.class), dialect, spring);
  }

  private List<String> findings(String ddl, HibernateDdl.Dialect dialect, boolean spring) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("envers-" + dialect + "-" + spring));
    Files.writeString(migrations.resolve("V1__init.sql"), ddl);
    Compilation compilation = javac()
        .withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=" + dialect.option(),
            "-Aschemadrift.naming=" + (spring ? "spring" : "jpa"))
        .compile(sources());
    return Fixtures.findings(compilation);
  }

  private static List<JavaFileObject> sources() throws IOException {
    return Fixtures.sourcesIn("io/github/schemadrift/e2e/envers");
  }
}
