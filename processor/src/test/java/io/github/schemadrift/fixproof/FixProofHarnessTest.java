package io.github.schemadrift.fixproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The proof's own checks can fail: lost values and rows, and a schema Hibernate rejects, on H2. */
class FixProofHarnessTest {

  @Test
  void lostValuesAndRowsAreReportedButARenameOrABackfillIsNot() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:harness_rows", "sa", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, a VARCHAR(10), b NUMERIC(10, 2) NOT NULL)");
      DatabaseRows.fill(c, "PUBLIC", Map.of());
      Map<String, DatabaseRows.Table> before = DatabaseRows.snapshot(c, "PUBLIC");
      assertThat(before.get("t").rows()).isEqualTo(DatabaseRows.ROWS);
      assertThat(before.get("t").columns().get("a")).containsExactly("11", null, "33");
      assertThat(before.get("t").columns().get("b")).doesNotContainNull();

      s.execute("ALTER TABLE t RENAME TO t_renamed");
      assertThat(DatabaseRows.lost(before, DatabaseRows.snapshot(c, "PUBLIC"))).as("a renamed table").isEmpty();
      s.execute("ALTER TABLE t_renamed RENAME TO t");
      s.execute("ALTER TABLE t RENAME COLUMN a TO a2");
      s.execute("ALTER TABLE t ALTER COLUMN b SET DATA TYPE NUMERIC(12, 4)");
      assertThat(DatabaseRows.lost(before, DatabaseRows.snapshot(c, "PUBLIC"))).isEmpty();

      s.execute("UPDATE t SET a2 = '' WHERE a2 IS NULL");
      assertThat(DatabaseRows.lost(before, DatabaseRows.snapshot(c, "PUBLIC"))).as("a backfilled NULL is no loss").isEmpty();
      s.execute("UPDATE t SET a2 = '33' WHERE id = 1");
      assertThat(DatabaseRows.lost(before, DatabaseRows.snapshot(c, "PUBLIC")))
          .as("a changed value is lost, though the column's other values appear elsewhere").singleElement().asString()
          .containsIgnoringCase("t.a lost");
      s.execute("UPDATE t SET a2 = NULL WHERE id = 1");
      assertThat(DatabaseRows.lost(before, DatabaseRows.snapshot(c, "PUBLIC"))).singleElement().asString().containsIgnoringCase("t.a lost");
      s.execute("DELETE FROM t WHERE id = 3");
      assertThat(DatabaseRows.lost(before, DatabaseRows.snapshot(c, "PUBLIC"))).singleElement().asString().contains("had 3 rows, has 2");
      s.execute("CREATE TABLE t_copy AS SELECT * FROM t");
      s.execute("DROP TABLE t");
      assertThat(DatabaseRows.lost(before, DatabaseRows.snapshot(c, "PUBLIC"))).singleElement().asString().contains("is gone");
      s.execute("DROP TABLE t_copy");
    }
  }

  @Test
  void hibernateRejectsAMissingColumnAndAcceptsTheFixedTable() throws Exception {
    String url = "jdbc:h2:mem:harness_validate;DB_CLOSE_DELAY=-1";
    var compiled = javac().compile(JavaFileObjects.forSourceLines("app.Item", "package app;",
        "import jakarta.persistence.*;", "@Entity @Table(name = \"items\") public class Item {",
        "  @Id private Long id;", "  private String name;", "}"));
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE items (id BIGINT PRIMARY KEY)");
      assertThat(HibernateValidate.problem(compiled, url, "sa")).contains("missing column [name]");
      s.execute("ALTER TABLE items ADD COLUMN name VARCHAR(255)");
      assertThat(HibernateValidate.problem(compiled, url, "sa")).isNull();
      s.execute("SELECT COUNT(*) FROM items WHERE id = " + NewEntity.ID);
      s.execute("SHUTDOWN");
    }
  }
}
