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

  private static ForeignKeyDef onlyForeignKey(TableDef table) {
    assertThat(table.foreignKeys()).hasSize(1);
    return table.foreignKeys().get(0);
  }

  @Test
  void foreignKeysResolveTheirTargetsSchema() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql",
            "CREATE SCHEMA crm;\nCREATE TABLE customers (id INT PRIMARY KEY);\nCREATE TABLE crm.customers (id INT PRIMARY KEY);\n"
                + "CREATE TABLE a (id INT, c INT REFERENCES crm.customers (id));\n"
                + "CREATE TABLE b (id INT, c INT, FOREIGN KEY (c) REFERENCES customers (id));\n"
                + "CREATE TABLE crm.tree (id INT PRIMARY KEY, parent INT REFERENCES tree (id));\n"
                + "CREATE TABLE c (id INT, c INT);\nALTER TABLE c ADD CONSTRAINT c_fk FOREIGN KEY (c) REFERENCES crm.customers (id);\n");

    assertThat(onlyForeignKey(schema.exactTable("public", "a", false).orElseThrow()).referencedSchema()).isEqualTo("crm");
    assertThat(onlyForeignKey(schema.exactTable("public", "b", false).orElseThrow()).referencedSchema()).isEqualTo("public");
    assertThat(onlyForeignKey(schema.exactTable("crm", "tree", false).orElseThrow()).referencedSchema()).isEqualTo("crm");
    ForeignKeyDef added = onlyForeignKey(schema.exactTable("public", "c", false).orElseThrow());
    assertThat(added.referencedSchema()).isEqualTo("crm");
    assertThat(added.referencedTable()).isEqualTo("customers");
    assertThat(schema.problems()).isEmpty();
  }

  @Test
  void aForeignKeyToAnUndeclaredSchemaFollowsTheTableItFallsBackTo() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql",
            "CREATE TABLE customers (id INT PRIMARY KEY);\n"
                + "CREATE TABLE orders (id INT, c INT REFERENCES ${app}.customers (id));\n");

    assertThat(onlyForeignKey(schema.exactTable("public", "orders", false).orElseThrow()).referencedSchema()).isEqualTo("public");
  }

  @Test
  void foreignKeysFollowATableMovedOrRenamed() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql",
            "CREATE SCHEMA archive;\nCREATE TABLE customers (id INT PRIMARY KEY);\n"
                + "CREATE TABLE orders (id INT, c INT REFERENCES customers (id));\n"
                + "ALTER TABLE customers SET SCHEMA archive;\nALTER TABLE archive.customers RENAME TO clients;\n");

    assertThat(schema.exactTable("public", "customers", false)).isEmpty();
    assertThat(schema.exactTable("archive", "clients", false)).isPresent();
    ForeignKeyDef key = onlyForeignKey(schema.exactTable("public", "orders", false).orElseThrow());
    assertThat(key.referencedSchema()).isEqualTo("archive");
    assertThat(key.referencedTable()).isEqualTo("clients");
    assertThat(schema.problems()).isEmpty();
  }

  @Test
  void viewsAndEnumTypesOfOneNameInTwoSchemasStayApart() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql",
            "CREATE SCHEMA s;\nCREATE TYPE status AS ENUM ('A');\nCREATE TYPE s.status AS ENUM ('B');\n"
                + "ALTER TYPE s.status ADD VALUE 'C';\nCREATE TABLE t (id INT);\n"
                + "CREATE VIEW v AS SELECT id FROM t;\nCREATE VIEW s.v (x, y) AS SELECT id, id FROM t;\n"
                + "CREATE TYPE s.gone AS ENUM ('X');\nDROP TYPE s.gone;\nCREATE VIEW s.old AS SELECT id FROM t;\nDROP VIEW s.old;\n");

    assertThat(schema.enumTypes()).hasSize(2);
    assertThat(schema.enumType("status", false).map(EnumTypeDef::values)).contains(List.of("A"));
    assertThat(schema.enumType("S", "status", false).map(EnumTypeDef::values)).contains(List.of("B", "C"));
    assertThat(schema.enumType("s", "status", false).map(EnumTypeDef::schema)).contains("s");
    assertThat(schema.withEntitySchema("s").enumType("status", false).map(EnumTypeDef::values)).contains(List.of("B", "C"));
    assertThat(schema.enumType("gone", false)).isEmpty();
    assertThat(schema.views()).hasSize(2).containsKeys("v", "s.v");
    assertThat(schema.view("v", false).map(ViewDef::columns)).contains(List.of("id"));
    assertThat(schema.view("s", "v", false).map(ViewDef::columns)).contains(List.of("x", "y"));
    assertThat(schema.view("old", false)).isEmpty();
    assertThat(schema.problems()).isEmpty();
  }

  @Test
  void anEnumTypeOrViewOnlyInAnotherSchemaIsFoundByName() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql",
            "CREATE SCHEMA s;\nSET search_path TO s;\nCREATE TYPE mood AS ENUM ('HAPPY');\nCREATE TABLE t (id INT);\n"
                + "CREATE VIEW w AS SELECT id FROM t;\n");

    assertThat(schema.enumType("mood", false).map(EnumTypeDef::schema)).contains("s");
    assertThat(schema.enumTypeIn("public", "mood", false)).isPresent();
    assertThat(schema.view("w", false).map(ViewDef::schema)).contains("s");
    assertThat(schema.sequence("s", "mood", false)).isEmpty();
  }

  @Test
  void dropSchemaCascadeRemovesEverythingInIt() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql",
            "CREATE SCHEMA s;\nCREATE TABLE s.t (id INT);\nCREATE VIEW s.v AS SELECT id FROM s.t;\n"
                + "CREATE SEQUENCE s.q;\nCREATE TYPE s.e AS ENUM ('A');\nCREATE TABLE keep (id INT);\n"
                + "CREATE SEQUENCE q;\nDROP SCHEMA IF EXISTS s CASCADE;\n");

    assertThat(schema.tables().keySet()).containsExactly("keep");
    assertThat(schema.views()).isEmpty();
    assertThat(schema.sequences().keySet()).containsExactly("q");
    assertThat(schema.enumTypes()).isEmpty();
    assertThat(schema.problems()).isEmpty();
  }

  @Test
  void dropSchemaWithoutCascadeDropsOnlyAnEmptySchema() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql",
            "CREATE SCHEMA empty;\nDROP SCHEMA empty;\nCREATE SCHEMA s;\nCREATE TABLE s.t (id INT);\nDROP SCHEMA s RESTRICT;\n");

    assertThat(schema.exactTable("s", "t", false)).isPresent();
    assertThat(schema.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("DROP SCHEMA names schema 's', which still holds table 't'; the database refuses it without CASCADE");
      assertThat(p.location()).isEqualTo(new SqlLocation("V1__a.sql", 5));
    });
  }

  @Test
  void mysqlDropDatabaseDropsItsTables() {
    SchemaModel schema =
        replay(Dialect.MYSQL, "app", List.of(),
            "V1__a.sql", "CREATE TABLE other.t (id INT);\nCREATE TABLE u (id INT);\nDROP DATABASE other;\n");

    assertThat(schema.tables().keySet()).containsExactly("u");
  }

  @Test
  void alterSchemaRenameMovesItsObjects() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(),
            "V1__a.sql",
            "CREATE SCHEMA a;\nCREATE TABLE a.t (id INT PRIMARY KEY);\nCREATE SEQUENCE a.q INCREMENT BY 3;\n"
                + "CREATE TABLE r (id INT, t INT REFERENCES a.t (id));\nALTER SCHEMA a RENAME TO b;\n"
                + "ALTER TABLE b.t ADD COLUMN x INT;\n");

    assertThat(schema.exactTable("a", "t", false)).isEmpty();
    assertThat(schema.exactTable("b", "t", false).map(SchemaReplayTest::columns)).contains(List.of("id", "x"));
    assertThat(schema.sequence("b", "q", false).map(SequenceDef::increment)).contains(3L);
    assertThat(onlyForeignKey(schema.exactTable("public", "r", false).orElseThrow()).referencedSchema()).isEqualTo("b");
    assertThat(schema.problems()).isEmpty();
  }

  @Test
  void setSchemaOfAMissingTableIsReported() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(), "V1__a.sql", "CREATE SCHEMA s;\nALTER TABLE nope SET SCHEMA s;\n");

    assertThat(schema.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("SET SCHEMA names table 'nope', which no earlier migration created"));
  }

  @Test
  void sqlServerSchemasHoldTablesAndUseDoesNotChangeTheSchema() {
    SchemaModel schema =
        replay(Dialect.SQLSERVER, null, List.of(),
            "V1__a.sql",
            "USE appdb;\nCREATE SCHEMA sales;\nCREATE TABLE sales.orders (id INT PRIMARY KEY, region NVARCHAR(20));\n"
                + "CREATE TABLE orders (id INT PRIMARY KEY, total INT);\n"
                + "CREATE SCHEMA archive;\nALTER SCHEMA archive TRANSFER OBJECT::sales.orders;\n");

    assertThat(schema.defaultSchema()).isEqualTo("dbo");
    assertThat(schema.exactTable("dbo", "orders", false).map(SchemaReplayTest::columns)).contains(List.of("id", "total"));
    assertThat(schema.exactTable("archive", "orders", false).map(SchemaReplayTest::columns)).contains(List.of("id", "region"));
    assertThat(schema.exactTable("sales", "orders", false)).isEmpty();
    assertThat(schema.problems()).isEmpty();
  }

  @Test
  void setSchemaOnAnUnknownViewOrTypeIsANoteNotASilentSkip() {
    SchemaModel schema =
        replay(Dialect.POSTGRESQL, null, List.of(), "V1__a.sql",
            "CREATE SCHEMA s;\nALTER VIEW nope SET SCHEMA s;\nALTER TYPE mood SET SCHEMA s;\nALTER SEQUENCE seq SET SCHEMA s;\n");
    assertThat(schema.notes()).containsExactly(
        "ALTER VIEW ... SET SCHEMA at V1__a.sql:2 names view 'nope', which no earlier migration created, so nothing was"
            + " moved; entities that map it are checked against where the migrations left it",
        "ALTER TYPE ... SET SCHEMA at V1__a.sql:3 names type 'mood', which no earlier migration created, so nothing was"
            + " moved; entities that map it are checked against where the migrations left it");
    assertThat(schema.problems()).isEmpty();
  }
}
