package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Setting a default to NULL clears it, in every dialect's form of saying so (issue 15): Oracle's
 * {@code MODIFY (x DEFAULT NULL)}, which changes only what it states, H2's {@code ALTER COLUMN x
 * INT DEFAULT NULL}, {@code SET DEFAULT NULL}, MySQL's whole-definition MODIFY and SQL Server's
 * {@code DEFAULT NULL FOR x} constraint. A clause that states no default keeps the old one.
 */
class DefaultNullReplayTest {

  private static ColumnDef column(Dialect dialect, String create, String alter, String name) {
    MigrationReplayer replayer = new MigrationReplayer(dialect);
    replayer.replayScript("V1__t.sql", create + ";\n" + alter + ";\n");
    SchemaModel schema = replayer.toModel(List.of());
    assertThat(schema.problems()).isEmpty();
    TableDef table = schema.tables().values().iterator().next();
    return table.column(dialect, name, false).orElseThrow();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "ORACLE|ALTER TABLE t MODIFY (x DEFAULT NULL)",
    "ORACLE|ALTER TABLE t MODIFY x DEFAULT NULL",
    "ORACLE|ALTER TABLE t MODIFY (x NUMBER(10) DEFAULT NULL)",
    "ORACLE|ALTER TABLE t MODIFY (x DEFAULT NULL NULL)",
    "H2|ALTER TABLE t ALTER COLUMN x INT DEFAULT NULL",
    "H2|ALTER TABLE t ALTER COLUMN x SET DEFAULT NULL",
    "POSTGRESQL|ALTER TABLE t ALTER COLUMN x SET DEFAULT NULL",
    "POSTGRESQL|ALTER TABLE t ALTER COLUMN x DROP DEFAULT",
    "MYSQL|ALTER TABLE t ALTER COLUMN x SET DEFAULT NULL",
    "MARIADB|ALTER TABLE t MODIFY x INT DEFAULT NULL",
    "SQLSERVER|ALTER TABLE t ADD CONSTRAINT df_t_x DEFAULT NULL FOR x"
  })
  void settingTheDefaultToNullClearsIt(Dialect dialect, String alter) {
    // SQL Server keeps a default as a constraint: the column starts without one, and DEFAULT NULL
    // FOR x must not become a value inserts get
    String create = dialect == Dialect.SQLSERVER ? "CREATE TABLE t (id INT, x INT)" : "CREATE TABLE t (id INT, x INT DEFAULT 3)";
    if (dialect != Dialect.SQLSERVER) {
      assertThat(column(dialect, create, "SELECT 1", "x").defaultValue()).isEqualTo("3");
    }
    ColumnDef x = column(dialect, create, alter, "x");
    assertThat(x.defaultValue()).isNull();
    assertThat(x.nullable()).isTrue();
    assertThat(x.type().base()).isIn("int", "integer", "number");
  }

  @Test
  void oracleModifyThatStatesNoDefaultKeepsTheOldOne() {
    ColumnDef kept = column(Dialect.ORACLE, "CREATE TABLE t (id INT, x NUMBER(10) DEFAULT 3)", "ALTER TABLE t MODIFY (x NOT NULL)", "x");
    assertThat(kept.defaultValue()).isEqualTo("3");
    assertThat(kept.nullable()).isFalse();

    ColumnDef replaced = column(Dialect.ORACLE, "CREATE TABLE t (id INT, x NUMBER(10) DEFAULT 3)", "ALTER TABLE t MODIFY (x DEFAULT 4)", "x");
    assertThat(replaced.defaultValue()).isEqualTo("4");
  }
}
