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

  private static Finding missing(RuleDescriptor rule, Severity severity, String table) {
    return new Finding(rule, severity, "column 't.c' does not exist", SourcePosition.NONE, null, "E#c")
        .about(new Finding.Concern(table, "c", null));
  }

  @Test
  void aMissingColumnOnTheNamedTableBecomesAWarningThatNamesTheDdl() {
    List<Finding> out = UnseenDdlExplanation.soften(List.of(missing(MissingColumnRule.DESCRIPTOR, Severity.ERROR, "t")), schema());
    assertThat(out).hasSize(1);
    assertThat(out.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(out.get(0).message()).isEqualTo("column 't.c' does not exist; DDL the replay cannot see"
        + " (EXECUTE of SQL built at run time at V1__dyn.sql:3) names table 't' and could explain this");
    assertThat(out.get(0).subject()).isEqualTo("E#c");
  }

  @Test
  void aFindingOnAnotherTableOrOfAnotherRuleStaysAsItIs() {
    Finding other = missing(MissingColumnRule.DESCRIPTOR, Severity.ERROR, "u");
    Finding nullability = missing(NullabilityRule.DESCRIPTOR, Severity.ERROR, "t");
    assertThat(UnseenDdlExplanation.soften(List.of(other, nullability), schema())).containsExactly(other, nullability);
  }

  @Test
  void aFindingTurnedOffStaysOff() {
    List<Finding> out = UnseenDdlExplanation.soften(List.of(missing(MissingTableRule.DESCRIPTOR, Severity.OFF, "t")), schema());
    assertThat(out.get(0).severity()).isEqualTo(Severity.OFF);
    assertThat(out.get(0).message()).contains("could explain this");
  }
}
