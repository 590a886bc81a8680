package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statements the database refuses, refused by the replay too (issue 22): a primary-key column made
 * nullable, a foreign key between incompatible types. Each is one {@code sql-unsupported} problem
 * at its line naming the database's reason, and nothing of the statement is applied. The real
 * servers agree in {@code dbproof/postgresql-items/item22-refusals} and {@code
 * dbproof/mariadb-items/item22-refusals}.
 */
class ReplayRefusalsTest {

  private static SchemaModel replay(Dialect dialect, String script) {
    MigrationReplayer replayer = new MigrationReplayer(dialect);
    replayer.replayScript("V1__t.sql", script);
    return replayer.toModel(List.of());
  }

  private static ColumnDef column(SchemaModel schema, String table, String column) {
    return schema.tables().get(table).columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst().orElseThrow();
  }

  @Test
  void postgresqlRefusesToMakeAPrimaryKeyColumnNullableAndAppliesNothingOfTheStatement() {
    SchemaModel schema = replay(Dialect.POSTGRESQL,
        "CREATE TABLE k (id BIGINT PRIMARY KEY, note TEXT NOT NULL);\nALTER TABLE k ADD COLUMN extra INT, ALTER COLUMN id DROP NOT NULL;\n");
    assertThat(schema.problems()).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("sql-unsupported");
      assertThat(p.location()).isEqualTo(new SqlLocation("V1__t.sql", 2));
      assertThat(p.message()).isEqualTo("ALTER TABLE 'k' ALTER COLUMN id DROP NOT NULL makes column 'k.id' of the primary key"
          + " nullable; the database refuses it (PostgreSQL: column is in a primary key)");
    });
    assertThat(column(schema, "k", "id").nullable()).isFalse();
    assertThat(schema.tables().get("k").columns()).extracting(ColumnDef::name).containsExactly("id", "note");
  }

  @Test
  void droppingNotNullOutsideTheKeyIsApplied() {
    SchemaModel schema = replay(Dialect.POSTGRESQL, "CREATE TABLE k (id BIGINT PRIMARY KEY, note TEXT NOT NULL);\n"
        + "ALTER TABLE k ALTER COLUMN note DROP NOT NULL;\n");
    assertThat(schema.problems()).isEmpty();
    assertThat(column(schema, "k", "note").nullable()).isTrue();
  }

  @Test
  void h2RefusesItToo() {
    SchemaModel schema = replay(Dialect.H2, "CREATE TABLE k (a INT, b INT, PRIMARY KEY (a, b));\nALTER TABLE k ALTER COLUMN b DROP NOT NULL;\n");
    assertThat(schema.problems()).singleElement().satisfies(p ->
        assertThat(p.message()).endsWith("makes column 'k.b' of the primary key nullable; the database refuses it (H2: column must not be nullable)"));
    assertThat(column(schema, "K", "b").nullable()).isFalse();
  }

  @Test
  void mariadbKeepsAPrimaryKeyColumnNotNullWithoutAWord() {
    SchemaModel schema = replay(Dialect.MARIADB, "CREATE TABLE k (id BIGINT PRIMARY KEY, note TEXT);\n"
        + "ALTER TABLE k MODIFY id BIGINT NULL;\nALTER TABLE k CHANGE id id BIGINT NULL DEFAULT NULL;\n");
    assertThat(schema.problems()).isEmpty();
    assertThat(column(schema, "k", "id").nullable()).isFalse();
  }

  @Test
  void postgresqlRefusesForeignKeysBetweenIncompatibleTypesAndAcceptsWideningOnes() {
    String parent = "CREATE TABLE p (id BIGINT PRIMARY KEY, code VARCHAR(20) UNIQUE, d NUMERIC(10, 2) UNIQUE);\n";
    SchemaModel schema = replay(Dialect.POSTGRESQL, parent
        + "CREATE TABLE c1 (x VARCHAR(10) REFERENCES p (id));\n"
        + "CREATE TABLE c2 (x INT REFERENCES p (id), y BIGINT REFERENCES p (d), z TEXT REFERENCES p (code));\n"
        + "CREATE TABLE c3 (x NUMERIC(19) REFERENCES p (id));\n"
        + "ALTER TABLE c2 ADD CONSTRAINT fk_code FOREIGN KEY (x) REFERENCES p (code);\n"
        + "ALTER TABLE c2 ALTER COLUMN x TYPE VARCHAR(10);\n");
    assertThat(schema.tables()).containsOnlyKeys("p", "c2");
    assertThat(schema.problems()).extracting(p -> p.location().line()).containsExactly(2, 4, 5, 6);
    assertThat(schema.problems().get(0).message()).isEqualTo("CREATE TABLE 'c1': foreign key 'c1_x_fkey' from 'c1.x' (varchar(10)) to 'p.id'"
        + " (bigint) joins incompatible types; the database refuses it (PostgreSQL: foreign key constraint cannot be implemented)");
    assertThat(schema.problems().get(2).message()).startsWith("ALTER TABLE 'c2': foreign key 'fk_code' from 'c2.x' (int)");
    assertThat(schema.tables().get("c2").foreignKeys()).hasSize(3);
    assertThat(column(schema, "c2", "x").type().base()).isEqualTo("int");
  }

  @Test
  void mariadbRefusesIntegersOfAnotherSizeOrSignAndAcceptsLongerStrings() {
    String parent = "CREATE TABLE p (id BIGINT PRIMARY KEY, n INT UNIQUE, un INT UNSIGNED UNIQUE, code VARCHAR(20) UNIQUE,"
        + " ts DATETIME UNIQUE, d DECIMAL(10, 2) UNIQUE);\n";
    SchemaModel schema = replay(Dialect.MARIADB, parent
        + "CREATE TABLE ok (a BIGINT, b VARCHAR(5), c TIMESTAMP NULL, e DECIMAL(12, 2), f INTEGER,"
        + " FOREIGN KEY (a) REFERENCES p (id), FOREIGN KEY (b) REFERENCES p (code), FOREIGN KEY (c) REFERENCES p (ts),"
        + " FOREIGN KEY (e) REFERENCES p (d), FOREIGN KEY (f) REFERENCES p (n));\n"
        + "CREATE TABLE c1 (x INT, FOREIGN KEY (x) REFERENCES p (id));\n"
        + "CREATE TABLE c2 (x INT, FOREIGN KEY (x) REFERENCES p (un));\n"
        + "CREATE TABLE c3 (x DATE, FOREIGN KEY (x) REFERENCES p (ts));\n"
        + "ALTER TABLE ok MODIFY a INT;\n");
    assertThat(schema.tables()).containsOnlyKeys("p", "ok");
    assertThat(schema.problems()).extracting(p -> p.location().line()).containsExactly(3, 4, 5, 6);
    assertThat(schema.problems().get(0).message()).endsWith(
        "the database refuses it (MariaDB/MySQL: errno 150, foreign key constraint is incorrectly formed)");
    assertThat(column(schema, "ok", "a").type().base()).isEqualTo("bigint");
  }

  @Test
  void aReferencedColumnChangedToAnIncompatibleTypeIsRefusedAndOtherChangesOfItsTableAreApplied() {
    SchemaModel schema = replay(Dialect.POSTGRESQL, "CREATE TABLE p (id BIGINT PRIMARY KEY, code VARCHAR(20) UNIQUE, n INT);\n"
        + "CREATE TABLE c (x TEXT REFERENCES p (code), y BIGINT REFERENCES p (id));\n"
        + "ALTER TABLE p ALTER COLUMN code TYPE INT;\n"
        + "ALTER TABLE p ALTER COLUMN n SET NOT NULL;\n"
        + "ALTER TABLE p ADD COLUMN m INT;\n"
        + "ALTER TABLE p ALTER COLUMN n TYPE BIGINT;\n"
        + "ALTER TABLE p ALTER COLUMN code TYPE TEXT;\n"
        + "ALTER TABLE p ALTER COLUMN id TYPE VARCHAR(20);\n");
    assertThat(schema.problems()).extracting(p -> p.location().line()).containsExactly(3, 8);
    assertThat(schema.problems().get(0).message()).isEqualTo("ALTER TABLE 'p': foreign key 'c_x_fkey' from 'c.x' (text) to 'p.code'"
        + " (int) joins incompatible types; the database refuses it (PostgreSQL: foreign key constraint cannot be implemented)");
    assertThat(column(schema, "p", "code").type().base()).isEqualTo("text");
    assertThat(column(schema, "p", "n").nullable()).isFalse();
    assertThat(column(schema, "p", "n").type().base()).isEqualTo("bigint");
    assertThat(column(schema, "p", "id").type().base()).isEqualTo("bigint");
    assertThat(schema.tables().get("p").columns()).hasSize(4);
  }

  @Test
  void h2AcceptsForeignKeysBetweenAnyTypes() {
    SchemaModel schema = replay(Dialect.H2, "CREATE TABLE p (id BIGINT PRIMARY KEY);\nCREATE TABLE c (x VARCHAR(10) REFERENCES p (id));\n");
    assertThat(schema.problems()).isEmpty();
    assertThat(schema.tables()).containsKey("C");
  }
}
