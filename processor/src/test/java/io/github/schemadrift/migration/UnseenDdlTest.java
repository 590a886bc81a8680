package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DDL inside EXECUTE and in Java-based migrations: replayed when constant, noted when not. */
class UnseenDdlTest {

  private static SchemaModel replay(Dialect dialect, String script) {
    MigrationReplayer replayer = new MigrationReplayer(dialect);
    replayer.replayScript("V1__dyn.sql", script);
    return replayer.toModel(List.of());
  }

  private static List<String> columns(SchemaModel schema, String table) {
    return schema.table(table, false).orElseThrow().columns().stream().map(ColumnDef::name).toList();
  }

  @Test
  void aConstantExecuteInADoBlockIsReplayedAtItsLine() {
    SchemaModel schema =
        replay(
            Dialect.POSTGRESQL,
            "CREATE TABLE t (id INT);\nDO $$\nBEGIN\n  EXECUTE 'ALTER TABLE t ADD COLUMN c TEXT NOT NULL';\n"
                + "  EXECUTE 'UPDATE t SET c = ''x''';\nEND\n$$;\n");
    assertThat(schema.problems()).isEmpty();
    assertThat(columns(schema, "t")).containsExactly("id", "c");
    ColumnDef c = schema.table("t", false).orElseThrow().column(Dialect.POSTGRESQL, "c", false).orElseThrow();
    assertThat(c.nullable()).isFalse();
    assertThat(schema.notes()).containsExactly(
        "DDL in EXECUTE of a constant string at V1__dyn.sql:4 was replayed: ALTER TABLE t ADD COLUMN c TEXT NOT NULL");
  }

  @Test
  void anExecuteOfSqlBuiltAtRunTimeIsNotedWithTheTableItNames() {
    SchemaModel schema =
        replay(
            Dialect.POSTGRESQL,
            "CREATE TABLE t (id INT);\nCREATE FUNCTION f(col text) RETURNS void AS $$\nBEGIN\n"
                + "  EXECUTE 'ALTER TABLE t ADD COLUMN ' || col || ' TEXT';\nEND\n$$ LANGUAGE plpgsql;\n");
    assertThat(columns(schema, "t")).containsExactly("id");
    assertThat(schema.problems()).containsExactly(
        new SqlProblem(SqlProblem.UNSEEN_DDL, new SqlLocation("V1__dyn.sql", 4), 0, "EXECUTE of SQL built at run time", "t"));
    assertThat(schema.notes()).hasSize(1);
    assertThat(schema.notes().get(0)).startsWith("DDL the replay cannot see at V1__dyn.sql:4").contains("table 't'");
  }

  @Test
  void aDoBlockWithoutDdlIsNotNoted() {
    SchemaModel schema = replay(Dialect.POSTGRESQL, "DO $$ BEGIN EXECUTE 'UPDATE t SET a = 1'; PERFORM 1; END $$;\n");
    assertThat(schema.problems()).isEmpty();
    assertThat(schema.notes()).isEmpty();
  }

  @Test
  void javaMigrationsReplayTheirConstantSqlAtTheirVersion(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE t (id INT);\n");
    Files.writeString(
        dir.resolve("V2__Backfill.java"),
        "package db.migration;\n\nimport org.flywaydb.core.api.migration.BaseJavaMigration;\nimport org.flywaydb.core.api.migration.Context;\n\n"
            + "public class V2__Backfill extends BaseJavaMigration {\n"
            + "  public void migrate(Context context) throws Exception {\n"
            + "    try (var s = context.getConnection().createStatement()) {\n"
            + "      s.execute(\"ALTER TABLE t ADD COLUMN e VARCHAR(10)\");\n"
            + "      s.executeUpdate(\"UPDATE t SET e = 'x'\");\n"
            + "      s.execute(\"ALTER TABLE \" + table() + \" ADD COLUMN f INT\");\n"
            + "    }\n  }\n}\n");
    Files.writeString(dir.resolve("V3__more.sql"), "ALTER TABLE t ALTER COLUMN e SET NOT NULL;\n");
    MigrationDiscovery.Result found = MigrationDiscovery.discover(List.of(dir));
    assertThat(found.migrations()).extracting(MigrationFile::displayName)
        .containsExactly("V1__init.sql", "V2__Backfill.java", "V3__more.sql");
    assertThat(found.javaMigrations()).isEmpty();
    SchemaModel schema = MigrationReplayer.replay(found.migrations(), Dialect.POSTGRESQL);
    assertThat(columns(schema, "t")).containsExactly("id", "e");
    ColumnDef e = schema.table("t", false).orElseThrow().column(Dialect.POSTGRESQL, "e", false).orElseThrow();
    assertThat(e.nullable()).isFalse();
    assertThat(e.type().length()).isEqualTo(10);
    assertThat(schema.problems()).containsExactly(
        new SqlProblem(SqlProblem.UNSEEN_DDL, new SqlLocation("V2__Backfill.java", 11), 0,
            "SQL built at run time in a Java-based migration", null));
    assertThat(schema.notes()).anyMatch(n -> n.contains("V2__Backfill.java:9 was replayed"));
    assertThat(schema.notes()).anyMatch(n -> n.startsWith("DDL the replay cannot see at V2__Backfill.java:11"));
  }
}
