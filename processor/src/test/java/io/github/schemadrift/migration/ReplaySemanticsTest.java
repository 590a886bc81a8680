package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replay semantics on plain SQL strings, the places and messages included: what the real-database
 * cases in {@code dbproof/*-items} cannot show (a refusal's message, MySQL's own names, a parse
 * error's column after a blanked clause).
 */
class ReplaySemanticsTest {

  private static SchemaModel replay(Dialect dialect, String script) {
    MigrationReplayer replayer = new MigrationReplayer(dialect);
    replayer.replayScript("V1__t.sql", script);
    return replayer.toModel(List.of());
  }

  @Test
  void dropTableWithADependentViewIsRefusedWithoutCascadeAndCascadesWithIt() {
    String base = "CREATE TABLE a (id INT PRIMARY KEY);\nCREATE VIEW v AS SELECT id FROM a;\n";
    SchemaModel refused = replay(Dialect.POSTGRESQL, base + "DROP TABLE a;\n");
    assertThat(refused.tables()).containsKey("a");
    assertThat(refused.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("sql-unsupported");
      assertThat(p.location()).isEqualTo(new SqlLocation("V1__t.sql", 3));
      assertThat(p.message()).isEqualTo("DROP TABLE drops table 'a', which view 'v' depends on; the database refuses it without CASCADE");
    });

    SchemaModel cascaded = replay(Dialect.POSTGRESQL, base + "DROP TABLE a CASCADE;\n");
    assertThat(cascaded.problems()).isEmpty();
    assertThat(cascaded.tables()).isEmpty();
    assertThat(cascaded.views()).isEmpty();
  }

  @Test
  void mysqlDropsNothingItDoesNotCascade() {
    SchemaModel schema = replay(Dialect.MYSQL,
        "CREATE TABLE a (id INT PRIMARY KEY);\nCREATE TABLE b (a_id INT, FOREIGN KEY (a_id) REFERENCES a (id));\nDROP TABLE a;\n");
    assertThat(schema.problems()).isEmpty();
    assertThat(schema.tables()).containsOnlyKeys("b");
  }

  @Test
  void dropSequenceADefaultDrawsFromIsRefusedUntilTheDefaultIsGone() {
    SchemaModel refused = replay(Dialect.POSTGRESQL, "CREATE TABLE t (id BIGSERIAL PRIMARY KEY);\nDROP SEQUENCE t_id_seq;\n");
    assertThat(refused.sequences()).containsKey("t_id_seq");
    assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
        "DROP SEQUENCE drops sequence 't_id_seq', which the default of column 't.id' depends on; the database refuses it without CASCADE"));

    SchemaModel dropped = replay(Dialect.POSTGRESQL,
        "CREATE TABLE t (id BIGSERIAL PRIMARY KEY);\nALTER TABLE t ALTER COLUMN id SET DEFAULT 0;\nDROP SEQUENCE t_id_seq;\n");
    assertThat(dropped.problems()).isEmpty();
    assertThat(dropped.sequences()).isEmpty();
    ColumnDef id = dropped.tables().get("t").columns().get(0);
    assertThat(id.identity()).isFalse();
    assertThat(id.type().base()).isEqualTo("bigint");
  }

  @Test
  void mysqlNamesUnnamedChecksAndIndexesAsTheServerDoes() {
    SchemaModel schema = replay(Dialect.MYSQL,
        "CREATE TABLE t (a INT CHECK (a > 0), code VARCHAR(9), CHECK (a < 9), UNIQUE (code));\n"
            + "ALTER TABLE t ADD UNIQUE (code, a);\nALTER TABLE t ADD CHECK (a <> 5);\n");
    TableDef t = schema.tables().get("t");
    assertThat(t.checks()).extracting(CheckDef::name).containsExactly("t_chk_1", "t_chk_2", "t_chk_3");
    assertThat(t.uniques()).extracting(UniqueDef::name).containsExactly("code", "code_2");

    SchemaModel dropped = replay(Dialect.MYSQL,
        "CREATE TABLE t (a INT CHECK (a > 0), code VARCHAR(9), UNIQUE (code));\nALTER TABLE t DROP CONSTRAINT t_chk_1;\nDROP INDEX code ON t;\n");
    assertThat(dropped.problems()).isEmpty();
    assertThat(dropped.tables().get("t").checks()).isEmpty();
    assertThat(dropped.tables().get("t").uniques()).isEmpty();
  }

  @Test
  void aBlankedDeferrableClauseKeepsTheColumnOfALaterParseError() {
    SchemaModel schema = replay(Dialect.POSTGRESQL,
        "CREATE TABLE q (k INT PRIMARY KEY);\nALTER TABLE q ADD CONSTRAINT f FOREIGN KEY (k) REFERENCES q (k) DEFERRABLE INITIALLY DEFERRED @;\n");
    assertThat(schema.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("sql-parse");
      assertThat(p.location()).isEqualTo(new SqlLocation("V1__t.sql", 2));
      assertThat(p.column()).isEqualTo(95); // the @, as written
    });
  }

  @Test
  void exportKeepsFractionalSecondsWhileMessagesKeepTheShortForm() {
    SchemaModel schema = replay(Dialect.POSTGRESQL,
        "CREATE TABLE t (a TIMESTAMP(3), b TIME(0) WITH TIME ZONE, c TIMESTAMPTZ);\nALTER TABLE t ALTER COLUMN c TYPE TIMESTAMPTZ(1);\n");
    List<ColumnDef> columns = schema.tables().get("t").columns();
    assertThat(columns).extracting(c -> c.type().renderExact())
        .containsExactly("timestamp(3)", "time(0) with time zone", "timestamptz(1)");
    assertThat(columns.get(0).type().render()).isEqualTo("timestamp");
    assertThat(SchemaJsonExport.toJson(schema)).contains("\"type\": \"timestamp(3)\"", "\"type\": \"timestamptz(1)\"");
  }
}
