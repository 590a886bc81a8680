package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The replay on plain SQL strings, line numbers included. */
class MigrationReplayerTest {

  private static SchemaModel replay(Dialect dialect, String... fileAndScript) {
    MigrationReplayer replayer = new MigrationReplayer(dialect);
    for (int i = 0; i < fileAndScript.length; i += 2) {
      replayer.replayScript(fileAndScript[i], fileAndScript[i + 1]);
    }
    return replayer.toModel(List.of());
  }

  private static ColumnDef column(SchemaModel schema, String table, String column) {
    return schema.table(table, false).orElseThrow().column(schema.dialect(), column, false).orElseThrow();
  }

  @Test
  void createTableReadsTypesNullabilityDefaultsKeysAndLines() {
    SchemaModel schema =
        replay(
            Dialect.POSTGRESQL,
            "V1__init.sql",
            "-- header\n\nCREATE TABLE Tasks (\n  id BIGSERIAL,\n  name VARCHAR(200) NOT NULL,\n"
                + "  price NUMERIC(10, 2) DEFAULT 0,\n  done BOOLEAN NOT NULL DEFAULT false,\n"
                + "  created_at TIMESTAMP WITH TIME ZONE,\n  CONSTRAINT tasks_pk PRIMARY KEY (id)\n);\n");

    TableDef tasks = schema.table("TASKS", false).orElseThrow();
    assertThat(tasks.name()).isEqualTo("Tasks");
    assertThat(tasks.createdAt()).isEqualTo(new SqlLocation("V1__init.sql", 3));
    assertThat(tasks.primaryKey()).containsExactly("id");
    ColumnDef id = column(schema, "tasks", "id");
    assertThat(id.nullable()).isFalse();
    assertThat(id.identity()).isTrue();
    ColumnDef name = column(schema, "tasks", "name");
    assertThat(name.type()).isEqualTo(new SqlType("varchar", 200, null, null));
    assertThat(name.nullable()).isFalse();
    ColumnDef price = column(schema, "tasks", "price");
    assertThat(price.type()).isEqualTo(new SqlType("numeric", null, 10, 2));
    assertThat(price.nullable()).isTrue();
    assertThat(price.defaultValue()).isEqualTo("0");
    assertThat(column(schema, "tasks", "created_at").type().base()).isEqualTo("timestamp with time zone");
    assertThat(schema.stats()).isEqualTo(new SchemaModel.ReplayStats(1, 0, 0));
  }

  @Test
  void alterFormsChangeTheColumnAndRecordTheirLine() {
    SchemaModel schema =
        replay(
            Dialect.POSTGRESQL,
            "V1__t.sql",
            "CREATE TABLE t (id INT PRIMARY KEY, progress TEXT, old_name TEXT, gone TEXT, flag TEXT NOT NULL);",
            "V2__alter.sql",
            "ALTER TABLE t ADD COLUMN input_image TEXT;\n"
                + "ALTER TABLE t\n  ALTER COLUMN progress TYPE INTEGER USING progress::integer;\n"
                + "ALTER TABLE t ALTER COLUMN progress SET DEFAULT 0;\n"
                + "ALTER TABLE t ALTER COLUMN progress SET NOT NULL;\n"
                + "ALTER TABLE t ALTER COLUMN flag DROP NOT NULL;\n"
                + "ALTER TABLE t RENAME COLUMN old_name TO new_name;\n"
                + "ALTER TABLE t DROP COLUMN gone;\n"
                + "ALTER TABLE t ALTER COLUMN progress DROP DEFAULT;\n");

    TableDef t = schema.table("t", false).orElseThrow();
    assertThat(t.columns()).extracting(ColumnDef::name).containsExactly("id", "progress", "new_name", "flag", "input_image");
    ColumnDef image = column(schema, "t", "input_image");
    assertThat(image.nullable()).isTrue();
    assertThat(image.nullabilityChanged()).isEqualTo(new SqlLocation("V2__alter.sql", 1));
    ColumnDef progress = column(schema, "t", "progress");
    assertThat(progress.type().base()).isEqualTo("integer");
    assertThat(progress.nullable()).isFalse();
    assertThat(progress.nullabilityChanged()).isEqualTo(new SqlLocation("V2__alter.sql", 5));
    assertThat(progress.defaultValue()).isNull();
    assertThat(progress.lastChanged()).isEqualTo(new SqlLocation("V2__alter.sql", 9));
    assertThat(column(schema, "t", "flag").nullable()).isTrue();
    assertThat(column(schema, "t", "new_name").lastChanged()).isEqualTo(new SqlLocation("V2__alter.sql", 7));
  }

  @Test
  void dropTableAndRenameTable() {
    SchemaModel schema =
        replay(
            Dialect.POSTGRESQL,
            "V1__t.sql",
            "CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\nDROP TABLE IF EXISTS a CASCADE;\nALTER TABLE b RENAME TO c;\n");
    assertThat(schema.tables().keySet()).containsExactly("c");
  }

  @Test
  void functionsTriggersAndDataAreIgnoredNotReported() {
    SchemaModel schema =
        replay(
            Dialect.POSTGRESQL,
            "V1__t.sql",
            "CREATE TABLE t (id INT, updated_at TIMESTAMP);\n"
                + "CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n"
                + "CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();\n"
                + "INSERT INTO t (id) VALUES (1);\nUPDATE t SET id = 2;\nCOMMENT ON TABLE t IS 'x';\n");
    assertThat(schema.problems()).isEmpty();
    assertThat(schema.stats()).isEqualTo(new SchemaModel.ReplayStats(1, 5, 0));
  }

  @Test
  void unparsableStatementIsAProblemAtItsFileLineAndColumn() {
    SchemaModel schema = replay(Dialect.POSTGRESQL, "V1__bad.sql", "CREATE TABLE t (id INT);\n\n-- next one is broken\nALTER TABLE t\n  ADD COLUMN x INT REFERENCES;\n");
    assertThat(schema.problems()).hasSize(1);
    SqlProblem problem = schema.problems().get(0);
    assertThat(problem.ruleId()).isEqualTo("sql-parse");
    assertThat(problem.location()).isEqualTo(new SqlLocation("V1__bad.sql", 5));
    assertThat(problem.column()).isPositive();
    assertThat(schema.stats().notUnderstood()).isEqualTo(1);
  }

  @Test
  void alterOfAnUnknownTableIsUnsupportedNamingTheTable() {
    SchemaModel schema = replay(Dialect.POSTGRESQL, "V1__x.sql", "ALTER TABLE ghosts ADD COLUMN x INT;");
    assertThat(schema.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("sql-unsupported");
      assertThat(p.table()).isEqualTo("ghosts");
      assertThat(p.location()).isEqualTo(new SqlLocation("V1__x.sql", 1));
    });
  }

  @Test
  void quotedNamesKeepTheirCaseAndUnquotedFoldPerDialect() {
    SchemaModel pg = replay(Dialect.POSTGRESQL, "V1__q.sql", "CREATE TABLE \"Users\" (\"Id\" INT, Name TEXT);");
    assertThat(pg.table("Users", true)).isPresent();
    assertThat(pg.table("users", false)).isEmpty();
    assertThat(pg.table("Users", true).orElseThrow().column(Dialect.POSTGRESQL, "NAME", false)).isPresent();
    SchemaModel h2 = replay(Dialect.H2, "V1__q.sql", "CREATE TABLE users (id INT);");
    assertThat(h2.table("USERS", true)).isPresent();
  }

  @Test
  void identityAddedAndDroppedByAlterColumn() {
    SchemaModel schema =
        replay(
            Dialect.POSTGRESQL,
            "V1__t.sql",
            "CREATE TABLE t (id BIGINT NOT NULL PRIMARY KEY, n BIGINT NOT NULL);\n"
                + "ALTER TABLE t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;\n"
                + "ALTER TABLE t ALTER COLUMN n ADD GENERATED ALWAYS AS IDENTITY;\n"
                + "ALTER TABLE t ALTER COLUMN n DROP IDENTITY;\n");
    assertThat(column(schema, "t", "id").identity()).isTrue();
    assertThat(column(schema, "t", "id").lastChanged()).isEqualTo(new SqlLocation("V1__t.sql", 2));
    assertThat(column(schema, "t", "n").identity()).isFalse();
    assertThat(schema.problems()).isEmpty();
  }
}
