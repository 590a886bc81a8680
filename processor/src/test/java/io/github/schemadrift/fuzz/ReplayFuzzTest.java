package io.github.schemadrift.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.FlywayScriptSplitter;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.Placeholders;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlProblem;
import java.util.List;

/**
 * Coverage-guided fuzzing of what the processor does with a migration's text: Flyway's split,
 * JSqlParser's parse and the replay, for every dialect. Nothing may throw, every problem must
 * name the file and a line inside the script, and the same text must give the same model.
 *
 * <p>{@code mvn verify} runs the committed seeds in {@code ReplayFuzzTestInputs/replayNeverThrows}
 * (regression mode); {@code fuzz/run.sh} fuzzes for as long as it is told (JAZZER_FUZZ=1).
 */
class ReplayFuzzTest {

  private static final String FILE = "V1__fuzz.sql";

  @FuzzTest(maxDuration = "60s")
  void replayNeverThrows(FuzzedDataProvider data) {
    Dialect dialect = data.pickValue(Dialect.values());
    String script = data.consumeRemainingAsString();
    int lines = (int) script.chars().filter(c -> c == '\n').count() + 1;

    FlywayScriptSplitter.SplitResult split = FlywayScriptSplitter.split(script, dialect, FILE);
    split.statements().forEach(s -> assertThat(s.line()).isBetween(1, lines));
    split.problems().forEach(p -> assertThat(p.line()).isBetween(1, lines));

    SchemaModel first = replay(dialect, script);
    for (SqlProblem problem : first.problems()) {
      assertThat(problem.location().file()).isEqualTo(FILE);
      assertThat(problem.location().line()).isBetween(1, lines);
      assertThat(problem.message()).isNotBlank();
    }
    SchemaModel second = replay(dialect, script);
    assertThat(second.tables()).isEqualTo(first.tables());
    assertThat(second.problems()).isEqualTo(first.problems());
  }

  private static SchemaModel replay(Dialect dialect, String script) {
    try (MigrationReplayer replayer = new MigrationReplayer(dialect, Placeholders.none(dialect), 2000)) {
      replayer.replayScript(FILE, script);
      return replayer.toModel(List.of());
    }
  }
}
