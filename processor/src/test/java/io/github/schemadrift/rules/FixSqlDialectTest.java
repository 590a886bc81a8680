package io.github.schemadrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.migration.SqlType;
import io.github.schemadrift.migration.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fix statements in each dialect's words, and the rename guess's name rule. */
class FixSqlDialectTest {

  private static final SqlLocation AT = new SqlLocation("V1__t.sql", 1);

  private static ColumnDef column(String name, String type, boolean nullable) {
    return new ColumnDef(name, false, SqlType.parse(type), nullable, null, false, AT, AT);
  }

  private static TableDef table(String name, List<ColumnDef> columns, List<String> key, String keyName) {
    return new TableDef(null, name, false, columns, key, AT, List.of(), List.of(), List.of(), List.of(), keyName);
  }

  @Test
  void renameColumnInEveryDialect() {
    TableDef orders = table("orders", List.of(column("cust_id", "bigint", false)), List.of(), null);
    ColumnDef old = orders.columns().get(0);
    for (Dialect d : List.of(Dialect.POSTGRESQL, Dialect.H2, Dialect.MYSQL, Dialect.MARIADB, Dialect.ORACLE)) {
      assertThat(FixSql.renameColumn(d, orders, old, "customer_id")).as(d.name())
          .isEqualTo("ALTER TABLE orders RENAME COLUMN cust_id TO customer_id");
    }
    assertThat(FixSql.renameColumn(Dialect.SQLSERVER, orders, old, "customer_id"))
        .isEqualTo("EXEC sp_rename 'orders.cust_id', 'customer_id', 'COLUMN'");
  }

  @Test
  void typesInTheDialectsWords() {
    assertThat(FixTypes.inDialect(Dialect.ORACLE, "bigint")).isEqualTo("number(19,0)");
    assertThat(FixTypes.inDialect(Dialect.ORACLE, "varchar(40)")).isEqualTo("varchar2(40)");
    assertThat(FixTypes.inDialect(Dialect.SQLSERVER, "timestamp(6)")).isEqualTo("datetime2(6)");
    assertThat(FixTypes.inDialect(Dialect.SQLSERVER, "boolean")).isEqualTo("bit");
    assertThat(FixTypes.inDialect(Dialect.MARIADB, "timestamp(6)")).isEqualTo("datetime(6)");
    assertThat(FixTypes.inDialect(Dialect.POSTGRESQL, "timestamp(6)")).isEqualTo("timestamp(6)");
    assertThat(FixTypes.inDialect(Dialect.H2, "bigint")).isEqualTo("bigint");
  }

  @Test
  void typeChangeConvertsRowsWhereTheDialectNeedsIt() {
    TableDef t = table("orders", List.of(column("at", "date", true)), List.of(), null);
    ColumnDef at = t.columns().get(0);
    assertThat(FixSql.changeType(Dialect.POSTGRESQL, t, at, "timestamp(6)"))
        .isEqualTo("ALTER TABLE orders ALTER COLUMN at TYPE timestamp(6) USING at::timestamp(6)");
    assertThat(FixSql.changeType(Dialect.MYSQL, t, at, "timestamp(6)")).isEqualTo("ALTER TABLE orders MODIFY at datetime(6)");
    assertThat(FixSql.changeType(Dialect.SQLSERVER, t, at, "timestamp(6)")).isEqualTo("ALTER TABLE orders ALTER COLUMN at datetime2(6) NULL");
    assertThat(FixSql.changeType(Dialect.ORACLE, t, at, "timestamp(6)")).isEqualTo("ALTER TABLE orders MODIFY at timestamp(6)");
  }

  @Test
  void primaryKeyMoveByDialect() {
    TableDef t = table("items", List.of(column("id", "bigint", true), column("code", "varchar(20)", false)), List.of("code"), null);
    List<ColumnDef> ids = List.of(t.columns().get(0));
    assertThat(FixTables.changePrimaryKey(Dialect.POSTGRESQL, t, ids))
        .contains("ALTER TABLE items DROP CONSTRAINT items_pkey;\nALTER TABLE items ADD PRIMARY KEY (id)");
    assertThat(FixTables.changePrimaryKey(Dialect.MARIADB, t, ids)).contains("ALTER TABLE items DROP PRIMARY KEY;\n");
    assertThat(FixTables.changePrimaryKey(Dialect.ORACLE, t, ids)).contains("ALTER TABLE items DROP PRIMARY KEY;\n");
    // changed on purpose (issue 22): SQL Server's made-up name is read from sys.key_constraints
    assertThat(FixTables.changePrimaryKey(Dialect.SQLSERVER, t, ids)).as("the name SQL Server gave it").contains(
        "DECLARE @schemadrift_drop nvarchar(max) = (SELECT N'ALTER TABLE items DROP CONSTRAINT ' + QUOTENAME(name)"
            + " FROM sys.key_constraints WHERE parent_object_id = OBJECT_ID(N'items') AND type = 'PK')\n"
            + "EXEC sp_executesql @schemadrift_drop;\nALTER TABLE items ALTER COLUMN id bigint NOT NULL;\nALTER TABLE items ADD PRIMARY KEY (id)");
    TableDef named = table("items", t.columns(), List.of("code"), "pk_items");
    assertThat(FixTables.changePrimaryKey(Dialect.SQLSERVER, named, ids)).contains("ALTER TABLE items DROP CONSTRAINT pk_items;\n"
        + "ALTER TABLE items ALTER COLUMN id bigint NOT NULL;\nALTER TABLE items ADD PRIMARY KEY (id)");
    assertThat(FixTables.changePrimaryKey(Dialect.POSTGRESQL, named, ids)).contains("DROP CONSTRAINT pk_items;");
  }

  @Test
  void identityAndSequenceRestartAfterTheLargestId() {
    TableDef t = table("items", List.of(column("id", "bigint", false)), List.of("id"), null);
    ColumnDef id = t.columns().get(0);
    assertThat(FixData.restartIdentity(Dialect.POSTGRESQL, t, id, "X")).endsWith(
        "SELECT setval(pg_get_serial_sequence('items', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM items");
    assertThat(FixData.restartIdentity(Dialect.MYSQL, t, id, "X")).startsWith("-- MySQL and MariaDB start AUTO_INCREMENT").endsWith("\nX");
    assertThat(FixData.restartSequence(Dialect.POSTGRESQL, "C", "s", t, "id", 50))
        .endsWith("SELECT setval('s', COALESCE(MAX(id), 0) + 50, false) FROM items");
    assertThat(FixData.restartSequence(Dialect.MARIADB, "C", "s", t, "id", 50))
        .endsWith("EXECUTE IMMEDIATE CONCAT('ALTER SEQUENCE s RESTART WITH ', @schemadrift_next)");
    String oracle = FixData.restartSequence(Dialect.ORACLE, "C", "s", t, "id", 50);
    assertThat(oracle).endsWith("\nC");
    assertThat(oracle.lines().filter(l -> !l.startsWith("--"))).as("only the create runs").containsExactly("C");
  }

  @Test
  void renameGuessNeedsRealNameSimilarity() {
    assertThat(RenameCounterpart.similar("amount_net", "net_amount")).isTrue();
    assertThat(RenameCounterpart.similar("customer_id", "cust_id")).isTrue();
    assertThat(RenameCounterpart.similar("displayname", "display_name")).isTrue();
    assertThat(RenameCounterpart.similar("customer_id", "cu_id")).as("a two-letter abbreviation").isFalse();
    assertThat(RenameCounterpart.similar("customer_id", "order_id")).isFalse();
    assertThat(RenameCounterpart.similar("created_at", "updated_at")).isFalse();
    assertThat(RenameCounterpart.similar("id", "pk")).isFalse();
    assertThat(RenameCounterpart.similar("cust_name", "customer_id")).as("no word the same").isFalse();
  }
}
