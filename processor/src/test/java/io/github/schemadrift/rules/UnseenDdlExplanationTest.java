package io.github.schemadrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A missing table or column that DDL the replay cannot see could explain is a warning that says so. */
class UnseenDdlExplanationTest {

  private static SchemaModel schema() {
    MigrationReplayer replayer = new MigrationReplayer(Dialect.POSTGRESQL);
    replayer.replayScript("V1__dyn.sql",
        "CREATE TABLE t (id INT);\nDO $$ BEGIN\n  EXECUTE 'ALTER TABLE t ADD COLUMN ' || 'c' || ' TEXT';\nEND $$;\n");
    return replayer.toModel(List.of());
  }

  private static Finding missing() {
    return new Finding(MissingColumnRule.DESCRIPTOR, Severity.ERROR, "column 't.c' does not exist", SourcePosition.NONE, null, "E#c");
  }

  @Test
  void aFindingOnTheNamedTableBecomesAWarningThatNamesTheDdl() {
    Finding softened = UnseenDdlExplanation.soften(schema(), "T", missing());
    assertThat(softened.severity()).isEqualTo(Severity.WARNING);
    assertThat(softened.message()).isEqualTo("column 't.c' does not exist; DDL the replay cannot see"
        + " (EXECUTE of SQL built at run time at V1__dyn.sql:3) names table 't' and could explain this");
    assertThat(softened.subject()).isEqualTo("E#c");
  }

  @Test
  void aFindingOnAnotherTableStaysAsItIs() {
    Finding finding = missing();
    assertThat(UnseenDdlExplanation.soften(schema(), "other", finding)).isSameAs(finding);
  }

  @Test
  void aSuppressedOrOffFindingIsNotRaised() {
    Finding off = new Finding(MissingColumnRule.DESCRIPTOR, Severity.OFF, "m", SourcePosition.NONE, null, "E#c");
    assertThat(UnseenDdlExplanation.soften(schema(), "t", off).severity()).isEqualTo(Severity.OFF);
  }
}
