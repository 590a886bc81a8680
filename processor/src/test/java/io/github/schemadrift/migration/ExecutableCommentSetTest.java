package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * mysqldump's {@code /*!40101 SET ... *}{@code /} lines are ignored as a plain {@code SET} is,
 * without a JSqlParser parse; an executable comment holding DDL is still parsed and replayed.
 */
class ExecutableCommentSetTest {

  private final AtomicInteger parses = new AtomicInteger();

  private SchemaModel replay(String script) {
    StatementParser parser = new StatementParser(Dialect.MYSQL, 0, p -> {
      parses.incrementAndGet();
      return p.Statement();
    });
    try (MigrationReplayer replayer = new MigrationReplayer(Dialect.MYSQL, Placeholders.none(Dialect.MYSQL), parser)) {
      replayer.replayScript("V1__dump.sql", script);
      return replayer.toModel(List.of());
    }
  }

  @Test
  void anExecutableSetIsIgnoredWithoutAParse() {
    SchemaModel schema =
        replay("/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/*!40101 SET NAMES utf8mb4 */;\n");
    assertThat(parses).hasValue(0);
    assertThat(schema.stats()).isEqualTo(new SchemaModel.ReplayStats(0, 2, 0));
    assertThat(schema.problems()).isEmpty();
  }

  @Test
  void anExecutableCommentHoldingDdlIsStillReplayed() {
    SchemaModel schema = replay("CREATE TABLE a (id INT);\n/*!40101 ALTER TABLE a ADD COLUMN b INT NOT NULL */;\n");
    assertThat(parses.get()).isGreaterThanOrEqualTo(2);
    assertThat(schema.stats()).isEqualTo(new SchemaModel.ReplayStats(2, 0, 0));
    assertThat(schema.table("a", false).orElseThrow().columns()).extracting(ColumnDef::name).containsExactly("id", "b");
  }

  @Test
  void twoExecutableCommentsInOneStatementAreNotTakenForOneSet() {
    assertThat(IgnoredStatements.executableSet("/*!40101 SET a=1 */ /*!40101 ALTER TABLE a ADD b INT */")).isFalse();
    assertThat(IgnoredStatements.executableSet("/*!40101 SET a=1 */")).isTrue();
    assertThat(IgnoredStatements.executableSet("/*!SETTINGS */")).isFalse();
  }
}
