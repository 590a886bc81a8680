package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQL Server's drop of a primary key by the name it made up ({@code sys.key_constraints} read into a
 * variable, then {@code sp_executesql}) is replayed as {@code DROP PRIMARY KEY}; the same text with
 * another table, another variable or in another dialect is not the idiom and stays unapplied.
 */
class SqlServerKeyDropTest {

  private static final String CREATE = "CREATE TABLE items (id BIGINT NOT NULL, code VARCHAR(40) NOT NULL PRIMARY KEY);\n";

  private static String drop(String table, String objectId, String executed) {
    return "DECLARE @schemadrift_drop nvarchar(max) = (SELECT N'ALTER TABLE " + table + " DROP CONSTRAINT ' + QUOTENAME(name)"
        + " FROM sys.key_constraints WHERE parent_object_id = OBJECT_ID(N'" + objectId + "') AND type = 'PK')\n"
        + "EXEC sp_executesql @" + executed + ";\n";
  }

  private static SchemaModel replay(Dialect dialect, String script) {
    MigrationReplayer replayer = new MigrationReplayer(dialect);
    replayer.replayScript("V1__t.sql", script);
    return replayer.toModel(List.of());
  }

  @Test
  void theIdiomDropsTheKeyAndANewOneCanBeAdded() {
    SchemaModel schema = replay(Dialect.SQLSERVER, CREATE + drop("items", "items", "schemadrift_drop"));
    assertThat(schema.problems()).isEmpty();
    assertThat(schema.tables().get("items").primaryKey()).isEmpty();
    assertThat(schema.stats().ignored()).isZero();
    SchemaModel moved = replay(Dialect.SQLSERVER, CREATE + drop("items", "items", "schemadrift_drop") + "ALTER TABLE items ADD PRIMARY KEY (id);\n");
    assertThat(moved.tables().get("items").primaryKey()).containsExactly("id");
  }

  @Test
  void anotherTableAnotherVariableOrAnotherDialectIsNotTheIdiom() {
    for (SchemaModel schema : List.of(
        replay(Dialect.SQLSERVER, CREATE + drop("items", "other", "schemadrift_drop")),
        replay(Dialect.SQLSERVER, CREATE + drop("items", "items", "other")),
        replay(Dialect.POSTGRESQL, CREATE + drop("items", "items", "schemadrift_drop")))) {
      assertThat(schema.tables().get("items").primaryKey()).containsExactly("code");
      assertThat(schema.problems()).as("named as DDL the replay cannot see, never skipped silently").singleElement()
          .satisfies(p -> assertThat(p.ruleId()).isEqualTo(UnseenDdl.RULE_ID));
    }
  }
}
