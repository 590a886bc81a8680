package io.github.schemadrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQL Server's identity fix rebuilds the table with what the replay knows of it, or is not written
 * when that cannot be done safely (the rows' copy and the replay of the fix are proven by
 * {@code fixproof/GoldenFixFilesTest}, case {@code generation-identity}).
 */
class FixIdentityRebuildTest {

  private static SchemaModel replay(String script) {
    MigrationReplayer replayer = new MigrationReplayer(Dialect.SQLSERVER);
    replayer.replayScript("V1__t.sql", script);
    return replayer.toModel(List.of());
  }

  private static final String OWNER = "CREATE TABLE owner (id BIGINT PRIMARY KEY);\n";
  private static final String ITEMS = "CREATE TABLE items (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(20) NOT NULL DEFAULT 'x',"
      + " qty INT CHECK (qty > 0), owner_id BIGINT REFERENCES owner (id), CONSTRAINT uk_code UNIQUE (code));\n"
      + "CREATE INDEX ix_items_qty ON items (qty);\n";

  @Test
  void everyColumnKeyCheckAndIndexIsRestated() {
    SchemaModel schema = replay(OWNER + ITEMS);
    TableDef items = schema.tables().get("items");
    String fix = FixIdentityRebuild.sqlServer(schema, items, items.columns().get(0));
    assertThat(fix).contains(
        "CREATE TABLE items_schemadrift (id bigint IDENTITY(1,1) NOT NULL, code varchar(20) NOT NULL DEFAULT 'x', qty int,"
            + " owner_id bigint, PRIMARY KEY (id), UNIQUE (code), CHECK (qty > 0), FOREIGN KEY (owner_id) REFERENCES owner (id));\n"
            + "SET IDENTITY_INSERT items_schemadrift ON;\n"
            + "INSERT INTO items_schemadrift (id, code, qty, owner_id) SELECT id, code, qty, owner_id FROM items;\n"
            + "SET IDENTITY_INSERT items_schemadrift OFF;\nDROP TABLE items;\nEXEC sp_rename 'items_schemadrift', 'items';\n"
            + "CREATE INDEX ix_items_qty ON items (qty)");
  }

  @Test
  void aTableOtherKeysReferenceOrAComputedColumnGetsNoRebuild() {
    SchemaModel referenced = replay(OWNER + ITEMS);
    TableDef owner = referenced.tables().get("owner");
    assertThat(FixIdentityRebuild.sqlServer(referenced, owner, owner.columns().get(0))).isNull();
    SchemaModel computed = replay("CREATE TABLE c (id BIGINT NOT NULL PRIMARY KEY, a INT, b INT GENERATED ALWAYS AS (a * 2));\n");
    assertThat(computed.problems()).isEmpty();
    TableDef c = computed.tables().get("c");
    assertThat(c.columns().get(2).generated()).isTrue();
    assertThat(FixIdentityRebuild.sqlServer(computed, c, c.columns().get(0))).isNull();
  }
}
