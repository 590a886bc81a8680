package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enum-values rule end to end: PostgreSQL enum types, MySQL ENUM, CHECK lists, ordinal bounds. */
class EnumValuesRuleTest {

  @TempDir Path dir;

  private Path db(String sql) {
    return Fixtures.migrations(dir.resolve("db" + Math.abs(sql.hashCode())), Map.of("V1__tickets.sql", sql));
  }

  private static JavaFileObject ticket(String classAnnotations, String field) {
    return Fixtures.source("app.Ticket", "package app;", "import jakarta.persistence.*;", classAnnotations,
        "@Entity @Table(name = \"tickets\")", "public class Ticket {", "  public enum Status { OPEN, CLOSED, ARCHIVED }",
        "  @Id private Long id;", field, "}");
  }

  private static final String STRING = "  @Enumerated(EnumType.STRING) private Status status;";
  private static final String CHECKED =
      "CREATE TABLE tickets (\n  id BIGINT PRIMARY KEY,\n  status VARCHAR(20),\n  CONSTRAINT ck_status CHECK (status IN ('OPEN', 'CLOSED'))\n);\n";

  @Test
  void checkListWithoutAConstantIsAnErrorOnTheField() {
    JavaFileObject source = ticket("", STRING);
    Compilation c = Fixtures.compile(db(CHECKED), List.of("-Aschemadrift.dialect=h2"), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:enum-values] enum 'Status' of field 'status' has constant 'ARCHIVED' that column"
            + " 'tickets.status' does not allow (CHECK (status IN ('OPEN', 'CLOSED')), last changed at V1__tickets.sql:1), so"
            + " storing it fails; remove the constant or add a migration: ALTER TABLE tickets DROP CONSTRAINT ck_status;")
        .inFile(source)
        .onLineContaining("private Status status");
    assertThat(c).hadErrorContaining("ALTER TABLE tickets ADD CONSTRAINT ck_status CHECK (status IN ('OPEN', 'CLOSED', 'ARCHIVED'))");
  }

  @Test
  void postgresEnumTypeFollowsAddValue() {
    String sql = "CREATE TYPE ticket_status AS ENUM ('OPEN');\nCREATE TABLE tickets (id BIGINT PRIMARY KEY, status ticket_status);\n"
        + "ALTER TYPE ticket_status ADD VALUE 'CLOSED';\n";
    Compilation c = Fixtures.compile(db(sql), List.of("-Aschemadrift.dialect=postgresql"), ticket("", STRING));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("has constant 'ARCHIVED' that column 'tickets.status' does not allow (enum type 'ticket_status',"
        + " last changed at V1__tickets.sql:3)");
    assertThat(c).hadErrorContaining("ALTER TYPE ticket_status ADD VALUE 'ARCHIVED'");
    assertThat(Fixtures.compile(db(sql + "ALTER TYPE ticket_status ADD VALUE 'ARCHIVED';\n"), List.of("-Aschemadrift.dialect=postgresql"),
        ticket("", STRING))).succeededWithoutWarnings();
  }

  @Test
  void mysqlEnumColumn() {
    String sql = "CREATE TABLE tickets (id BIGINT PRIMARY KEY, status ENUM('open', 'closed') NOT NULL);\n";
    Compilation c = Fixtures.compile(db(sql), List.of("-Aschemadrift.dialect=mysql"), ticket("", STRING));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("has constant 'ARCHIVED'");
    assertThat(c).hadErrorContaining("ALTER TABLE tickets MODIFY status ENUM('open', 'closed', 'ARCHIVED') NOT NULL");
  }

  @Test
  void ordinalAboveTheCheckBoundIsAnError() {
    String sql = "CREATE TABLE tickets (id BIGINT PRIMARY KEY, status SMALLINT, CONSTRAINT ck_status CHECK (status BETWEEN 0 AND 1));\n";
    JavaFileObject source = ticket("", "  private Status status;");
    Compilation c = Fixtures.compile(db(sql), List.of("-Aschemadrift.dialect=h2"), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:enum-values] enum 'Status' of field 'status' is stored as its ordinal, up to 2, but column"
            + " 'tickets.status' allows at most 1 (CHECK (status BETWEEN 0 AND 1), V1__tickets.sql:1)")
        .inFile(source)
        .onLineContaining("private Status status");
  }

  @Test
  void everyConstantAllowedIsFine() {
    assertThat(Fixtures.compile(db("CREATE TABLE tickets (id BIGINT PRIMARY KEY, status VARCHAR(20) CHECK (status IN ('OPEN', 'CLOSED', 'ARCHIVED', 'X')));\n"),
        List.of("-Aschemadrift.dialect=h2"), ticket("", STRING))).succeededWithoutWarnings();
    assertThat(Fixtures.compile(db("CREATE TABLE tickets (id BIGINT PRIMARY KEY, status SMALLINT CHECK (status >= 0 AND status <= 2));\n"),
        List.of("-Aschemadrift.dialect=h2"), ticket("", "  private Status status;"))).succeededWithoutWarnings();
  }

  @Test
  void suppressed() {
    assertThat(Fixtures.compile(db(CHECKED), ticket("@SuppressWarnings(\"schemadrift:enum-values\")", STRING))).succeededWithoutWarnings();
    assertThat(Fixtures.compile(db(CHECKED), ticket("", "  @SuppressWarnings(\"schemadrift:enum-values\")" + STRING))).succeededWithoutWarnings();
  }

  @Test
  void severityOverridden() {
    assertThat(Fixtures.compile(db(CHECKED), List.of("-Aschemadrift.severity.enumValues=off"), ticket("", STRING))).succeededWithoutWarnings();
    Compilation warned = Fixtures.compile(db(CHECKED), List.of("-Aschemadrift.severity=enum-values:warning"), ticket("", STRING));
    assertThat(warned).succeeded();
    assertThat(warned).hadWarningContaining("[schemadrift:enum-values] enum 'Status'");
  }
}
