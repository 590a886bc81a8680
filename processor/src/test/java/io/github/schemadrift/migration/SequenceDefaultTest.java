package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL: a default that draws from a sequence makes a column generated, as serial does (what
 * Liquibase's addAutoIncrement generates), and taking that default away ends it. Other dialects
 * and other defaults are unchanged. Proved against real PostgreSQL in LiquibaseReplayProofTest.
 */
class SequenceDefaultTest {

  private static ColumnDef id(Dialect dialect, String script) {
    MigrationReplayer replayer = new MigrationReplayer(dialect, Placeholders.of(Map.of(), dialect));
    replayer.replayScript("V1__t.sql", script);
    SchemaModel model = replayer.toModel(List.of());
    assertThat(model.problems()).isEmpty();
    return model.table("t", false).orElseThrow().column(dialect, "id", false).orElseThrow();
  }

  private static final String AUTO_INCREMENT =
      "CREATE TABLE t (id BIGINT NOT NULL, name VARCHAR(10));\n"
          + "CREATE SEQUENCE IF NOT EXISTS t_id_seq AS bigint;\n"
          + "ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('t_id_seq');\n"
          + "ALTER SEQUENCE t_id_seq OWNED BY t.id;\n";

  @Test
  void aNextvalDefaultMakesTheColumnGeneratedOnPostgresql() {
    ColumnDef id = id(Dialect.POSTGRESQL, AUTO_INCREMENT);
    assertThat(id.identity()).isTrue();
    assertThat(id.lastChanged().line()).isEqualTo(3);
  }

  @Test
  void droppingOrReplacingTheNextvalDefaultEndsIt() {
    assertThat(id(Dialect.POSTGRESQL, AUTO_INCREMENT + "ALTER TABLE t ALTER COLUMN id DROP DEFAULT;\n").identity()).isFalse();
    assertThat(id(Dialect.POSTGRESQL, AUTO_INCREMENT + "ALTER TABLE t ALTER COLUMN id SET DEFAULT 0;\n").identity()).isFalse();
  }

  @Test
  void anOrdinaryDefaultOrAnotherDialectIsNotGenerated() {
    assertThat(id(Dialect.POSTGRESQL, "CREATE TABLE t (id BIGINT NOT NULL);\nALTER TABLE t ALTER COLUMN id SET DEFAULT 7;\n").identity())
        .isFalse();
    assertThat(id(Dialect.H2, "CREATE TABLE t (id BIGINT NOT NULL);\nCREATE SEQUENCE s;\n"
        + "ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('s');\n").identity()).isFalse();
  }
}
