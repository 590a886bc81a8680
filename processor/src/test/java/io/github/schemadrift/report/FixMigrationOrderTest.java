package io.github.schemadrift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a fix migration's statements: renames, then created tables, their foreign keys, then the rest. */
class FixMigrationOrderTest {

  @Test
  void renamesComeBeforeTheTablesAndKeysThatMayReferToThem() {
    String create = "CREATE TABLE pet (id bigint NOT NULL, owner_id bigint, PRIMARY KEY (id));\n"
        + "ALTER TABLE pet ADD CONSTRAINT fk_pet_owner_id FOREIGN KEY (owner_id) REFERENCES owner (id)";
    String rest = "ALTER TABLE items ADD COLUMN qty integer";
    String renameTable = "ALTER TABLE owner_old RENAME TO owner";
    String renameColumn = "EXEC sp_rename 'orders.cust_id', 'customer_id', 'COLUMN'";
    List<String> ordered = FixMigrationWriter.ordered(new LinkedHashSet<>(List.of(rest, create, renameTable, renameColumn)));
    assertThat(ordered).containsExactly(renameTable, renameColumn,
        "CREATE TABLE pet (id bigint NOT NULL, owner_id bigint, PRIMARY KEY (id))",
        "ALTER TABLE pet ADD CONSTRAINT fk_pet_owner_id FOREIGN KEY (owner_id) REFERENCES owner (id)", rest);
  }
}
