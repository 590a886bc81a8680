package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which schema each table lands in, on plain SQL strings. */
class SchemaReplayTest {

  private static SchemaModel replay(Dialect dialect, String defaultSchema, List<String> schemas, String... fileAndScript) {
    MigrationReplayer replayer = new MigrationReplayer(dialect);
    replayer.startIn(defaultSchema, schemas);
    for (int i = 0; i < fileAndScript.length; i += 2) {
      replayer.replayScript(fileAndScript[i], fileAndScript[i + 1]);
    }
    return replayer.toModel(List.of());
  }

  private static List<String> columns(TableDef table) {
    return table.columns().stream().map(ColumnDef::name).toList();
  }

  @Test
  void oneTableNameInTwoSchemasKeepsBothTables() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql",
            "CREATE SCHEMA sales;\nCREATE TABLE orders (id INT PRIMARY KEY, total INT);\n"
                + "CREATE TABLE Sales.Orders (id INT PRIMARY KEY, region TEXT);\n"
                + "ALTER TABLE sales.orders ADD COLUMN rep TEXT;\nCREATE INDEX orders_region ON sales.orders (region);\n");

    assertThat(schema.defaultSchema()).isEqualTo("public");
    assertThat(schema.tables()).hasSize(2);
    TableDef inPublic = schema.exactTable("public", "orders", false).orElseThrow();
    TableDef inSales = schema.exactTable("SALES", "orders", false).orElseThrow();
    assertThat(inPublic.schema()).isEqualTo("public");
    assertThat(columns(inPublic)).containsExactly("id", "total");
    assertThat(inSales.schema()).isEqualTo("sales");
    assertThat(columns(inSales)).containsExactly("id", "region", "rep");
    assertThat(inSales.indexes()).hasSize(1);
    assertThat(schema.table("orders", false)).contains(inPublic);
    assertThat(schema.problems()).isEmpty();
  }

  @Test
  void flywayDefaultSchemaTakesUnqualifiedNamesAndEachMigrationStartsThereAgain() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, "app", List.of("app", "audit"),
            "V1__a.sql",
            "CREATE TABLE t (id INT);\nSET search_path TO audit, app;\nCREATE TABLE log (id INT);\n"
                + "ALTER TABLE t ADD COLUMN c INT;\n",
            "V2__b.sql",
            "CREATE TABLE u (id INT);\n");

    assertThat(schema.defaultSchema()).isEqualTo("app");
    assertThat(schema.exactTable("app", "t", false).map(SchemaReplayTest::columns)).contains(List.of("id", "c"));
    assertThat(schema.exactTable("audit", "log", false)).isPresent();
    assertThat(schema.exactTable("app", "log", false)).isEmpty();
    assertThat(schema.exactTable("app", "u", false)).isPresent();
    assertThat(schema.problems()).isEmpty();
  }

  @Test
  void searchPathCreatesInTheFirstSchemaThatExists() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql",
            "SET search_path TO \"$user\", missing, public;\nCREATE TABLE t (id INT);\n"
                + "CREATE SCHEMA IF NOT EXISTS reports;\nSET search_path = reports;\nCREATE TABLE r (id INT);\n"
                + "SET search_path TO DEFAULT;\nCREATE TABLE p (id INT);\n");

    assertThat(schema.exactTable("public", "t", false)).isPresent();
    assertThat(schema.exactTable("reports", "r", false)).isPresent();
    assertThat(schema.exactTable("public", "p", false)).isPresent();
    assertThat(schema.stats().replayed()).isEqualTo(3);
  }

  @Test
  void mysqlUseSwitchesTheDatabase() {
    SchemaModel schema =
        replay(Dialect.MYSQL, "shop", List.of(),
            "V1__a.sql",
            "CREATE TABLE item (id INT);\nUSE `archive`;\nCREATE TABLE item (id INT, archived_at DATETIME);\n"
                + "ALTER TABLE shop.item ADD COLUMN price INT;\n");

    assertThat(schema.exactTable("shop", "item", false).map(SchemaReplayTest::columns)).contains(List.of("id", "price"));
    assertThat(schema.exactTable("ARCHIVE", "item", false).map(SchemaReplayTest::columns))
        .contains(List.of("id", "archived_at"));
    assertThat(schema.problems()).isEmpty();
  }

  @Test
  void mysqlWithoutAKnownDatabaseMatchesByNameAlone() {
    SchemaModel schema = replay(Dialect.MYSQL, null, List.of(), "V1__a.sql", "CREATE TABLE item (id INT);\n");

    assertThat(schema.defaultSchema()).isNull();
    assertThat(schema.tables().keySet()).containsExactly("item");
    assertThat(schema.exactTable("anything", "ITEM", false)).isPresent();
  }

  @Test
  void h2SetSchemaAndOracleCurrentSchemaChangeWhereTablesLand() {
    SchemaModel h2 =
        replay(Dialect.H2, null, List.of(),
            "V1__a.sql", "CREATE SCHEMA s;\nSET SCHEMA s;\nCREATE TABLE t (id INT);\n");
    assertThat(h2.exactTable("S", "T", false)).isPresent();
    assertThat(h2.exactTable("PUBLIC", "T", false)).isEmpty();

    SchemaModel oracle =
        replay(Dialect.ORACLE, "APP", List.of(),
            "V1__a.sql", "ALTER SESSION SET CURRENT_SCHEMA = other;\nCREATE TABLE t (id NUMBER);\n");
    assertThat(oracle.exactTable("OTHER", "t", false)).isPresent();
  }

  @Test
  void renameKeepsTheSchemaAndQualifiedNamesInAnUndeclaredSchemaFallBackToTheOnlyTable() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql",
            "CREATE SCHEMA s;\nCREATE TABLE s.a (id INT);\nALTER TABLE s.a RENAME TO b;\n"
                + "CREATE TABLE source (id INT);\nALTER TABLE webapi.source ADD COLUMN x INT;\n");

    assertThat(schema.exactTable("s", "b", false)).isPresent();
    assertThat(schema.exactTable("s", "a", false)).isEmpty();
    assertThat(schema.exactTable("public", "source", false).map(SchemaReplayTest::columns)).contains(List.of("id", "x"));
    assertThat(schema.problems()).isEmpty();
  }

  @Test
  void aQualifiedNameInADeclaredSchemaDoesNotReachAnotherSchema() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql", "CREATE SCHEMA s;\nCREATE TABLE t (id INT);\nALTER TABLE s.t ADD COLUMN x INT;\n");

    assertThat(schema.exactTable("public", "t", false).map(SchemaReplayTest::columns)).contains(List.of("id"));
    assertThat(schema.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("ALTER TABLE names table 't'"));
  }

  @Test
  void sequencesOfOneNameInTwoSchemasStayApart() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql",
            "CREATE SCHEMA s;\nCREATE SEQUENCE seq INCREMENT BY 50;\nCREATE SEQUENCE s.seq INCREMENT BY 1;\n"
                + "ALTER SEQUENCE s.seq INCREMENT BY 5;\nCREATE SEQUENCE s.only START WITH 7;\nDROP SEQUENCE s.only;\n");

    assertThat(schema.sequences()).hasSize(2);
    assertThat(schema.sequence("seq", false).map(SequenceDef::increment)).contains(50L);
    assertThat(schema.withEntitySchema("s").sequence("seq", false).map(SequenceDef::increment)).contains(5L);
    assertThat(schema.sequence("only", false)).isEmpty();
  }

  @Test
  void lookupWithoutASchemaPrefersTheEntitySchemaThenTheOnlyTable() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql",
            "CREATE TABLE a (id INT);\nCREATE TABLE x.a (id INT, only_x INT);\nCREATE TABLE x.b (id INT);\n");

    assertThat(schema.table(null, "a", false).map(SchemaReplayTest::columns)).contains(List.of("id"));
    assertThat(schema.withEntitySchema("X").table(null, "a", false).map(SchemaReplayTest::columns))
        .contains(List.of("id", "only_x"));
    assertThat(schema.table(null, "b", false)).isPresent();
    assertThat(schema.exactTable("public", "b", false)).isEmpty();
    assertThat(schema.tablesNamed("A", false)).hasSize(2);
  }
}
