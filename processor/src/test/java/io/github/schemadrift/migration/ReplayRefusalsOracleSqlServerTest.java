package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The refusals of {@link ReplayRefusalsTest} for Oracle and SQL Server, modelled from their
 * manuals (no server is at hand): a primary-key column made nullable (Oracle ORA-01451, SQL Server
 * error 5074) and a foreign key between types of different families (Oracle ORA-02267, SQL Server
 * error 1778), each one {@code sql-unsupported} problem with nothing of the statement applied,
 * while the pairs the manuals allow are applied.
 */
class ReplayRefusalsOracleSqlServerTest {

  private static SchemaModel replay(Dialect dialect, String script) {
    MigrationReplayer replayer = new MigrationReplayer(dialect);
    replayer.replayScript("V1__t.sql", script);
    return replayer.toModel(List.of());
  }

  private static ColumnDef column(SchemaModel schema, String table, String column) {
    return schema.tables().get(table).columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst().orElseThrow();
  }

  @Test
  void oracleRefusesToMakeAPrimaryKeyColumnNullable() {
    SchemaModel schema = replay(Dialect.ORACLE, "CREATE TABLE k (id NUMBER(19) PRIMARY KEY, note VARCHAR2(20) NOT NULL);\n"
        + "ALTER TABLE k MODIFY id NULL;\nALTER TABLE k MODIFY note NULL;\n");
    assertThat(schema.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("sql-unsupported");
      assertThat(p.location().line()).isEqualTo(2);
      assertThat(p.message()).endsWith("makes column 'k.id' of the primary key nullable; the database refuses it"
          + " (Oracle: ORA-01451, column to be modified to NULL cannot be modified to NULL)");
    });
    String key = schema.tables().keySet().iterator().next();
    assertThat(column(schema, key, "id").nullable()).isFalse();
    assertThat(column(schema, key, "note").nullable()).isTrue();
  }

  @Test
  void sqlServerRefusesToMakeAPrimaryKeyColumnNullable() {
    SchemaModel schema = replay(Dialect.SQLSERVER, "CREATE TABLE k (id BIGINT NOT NULL PRIMARY KEY, note VARCHAR(20) NOT NULL);\n"
        + "ALTER TABLE k ALTER COLUMN id BIGINT NULL;\nALTER TABLE k ALTER COLUMN note VARCHAR(20) NULL;\n");
    assertThat(schema.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().line()).isEqualTo(2);
      assertThat(p.message()).endsWith("the database refuses it (SQL Server: error 5074, the primary key is dependent on the column)");
    });
    assertThat(column(schema, "k", "id").nullable()).isFalse();
    assertThat(column(schema, "k", "note").nullable()).isTrue();
  }

  @Test
  void oracleRefusesForeignKeysAcrossTypeFamilies() {
    SchemaModel schema = replay(Dialect.ORACLE, "CREATE TABLE p (id NUMBER(19) PRIMARY KEY, code VARCHAR2(20) UNIQUE);\n"
        + "CREATE TABLE ok (a NUMBER(10) REFERENCES p (id), b CHAR(20) REFERENCES p (code));\n"
        + "CREATE TABLE c1 (x VARCHAR2(10) REFERENCES p (id));\n"
        + "CREATE TABLE c2 (x DATE REFERENCES p (code));\n");
    assertThat(schema.problems()).extracting(p -> p.location().line()).containsExactly(3, 4);
    assertThat(schema.problems().get(0).message()).endsWith(
        "joins incompatible types; the database refuses it (Oracle: ORA-02267, column type incompatible with referenced column type)");
    assertThat(schema.tables()).hasSize(2);
  }

  @Test
  void sqlServerRefusesForeignKeysBetweenDifferentDataTypes() {
    SchemaModel schema = replay(Dialect.SQLSERVER, "CREATE TABLE p (id BIGINT PRIMARY KEY, code VARCHAR(20) UNIQUE, n NUMERIC(10, 2) UNIQUE);\n"
        + "CREATE TABLE ok (a BIGINT REFERENCES p (id), b CHAR(20) REFERENCES p (code), c DECIMAL(10, 2) REFERENCES p (n));\n"
        + "CREATE TABLE c1 (x INT REFERENCES p (id));\n"
        + "CREATE TABLE c2 (x NVARCHAR(20) REFERENCES p (code));\n"
        + "ALTER TABLE ok ALTER COLUMN a INT;\n");
    assertThat(schema.problems()).extracting(p -> p.location().line()).containsExactly(3, 4, 5);
    assertThat(schema.problems().get(0).message()).endsWith("the database refuses it (SQL Server: error 1778, the referenced column"
        + " is not the same data type as the referencing column)");
    assertThat(schema.tables()).containsOnlyKeys("p", "ok");
    assertThat(column(schema, "ok", "a").type().base()).isEqualTo("bigint");
  }
}
