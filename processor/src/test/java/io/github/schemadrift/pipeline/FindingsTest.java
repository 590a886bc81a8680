package io.github.schemadrift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.migration.SqlProblem;
import io.github.schemadrift.rules.Finding;
import io.github.schemadrift.rules.Rule;
import io.github.schemadrift.rules.RuleDescriptor;
import io.github.schemadrift.rules.Rules;
import io.github.schemadrift.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The findings stage on its own, without javac: what it collects, in which order, and when cross-entity rules run. */
class FindingsTest {

  private static final SqlLocation V1 = new SqlLocation("V1__t.sql", 3);

  /** A rule whose cross-entity check fails, and that records whether it ran. */
  private static final class FailingAcross implements Rule {
    final List<String> calls = new ArrayList<>();

    @Override
    public RuleDescriptor descriptor() {
      return new RuleDescriptor("failing-across", "fails across entities", Severity.ERROR);
    }

    @Override
    public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {
      calls.add("check");
    }

    @Override
    public void checkAll(List<EntityModel> entities, SchemaModel schema, Consumer<Finding> findings) {
      calls.add("checkAll");
      throw new IllegalStateException("boom");
    }
  }

  private static ReplayedSchema replayed(List<Finding> failures, List<SqlProblem> problems) {
    SchemaModel schema =
        new SchemaModel(Dialect.POSTGRESQL, Map.of(), List.of(), problems, new SchemaModel.ReplayStats(1, 0, 1));
    return new ReplayedSchema(schema, false, failures, List.of(), 0, false, 0, 0);
  }

  private static Finding replayFailure() {
    return new Finding(Rules.INTERNAL_ERROR, Severity.WARNING, "replay failed", SourcePosition.NONE, V1, "~replay V1");
  }

  @Test
  void replayFailuresThenEntityFailuresThenCrossEntityRulesThenSqlProblems() {
    FailingAcross rule = new FailingAcross();
    MappedEntities mapped = new MappedEntities(
        List.of(new MappedEntities.Mapped("app.Broken", SourcePosition.NONE, null, new IllegalArgumentException("unreadable"))),
        List.of(), 1);
    SqlProblem parse = new SqlProblem(Rules.SQL_PARSE.id(), V1, 7, "cannot parse near ','", null);

    List<Finding> findings = new Findings(List.of(rule)).collect(mapped, replayed(List.of(replayFailure()), List.of(parse)));

    assertThat(findings).extracting(Finding::subject).containsExactly("~replay V1", "app.Broken", "~sql V1__t.sql:3");
    assertThat(findings.get(1).text()).contains("'app.Broken'", "java.lang.IllegalArgumentException: unreadable");
    assertThat(findings.get(2).rule()).isEqualTo(Rules.SQL_PARSE);
    assertThat(rule.calls).as("an entity that could not be read is not checked, and not all were read").isEmpty();
  }

  @Test
  void aCrossEntityRuleThatFailsBecomesOneInternalErrorWhenEveryEntityWasRead() {
    FailingAcross rule = new FailingAcross();
    MappedEntities none = new MappedEntities(List.of(), List.of(), 0);

    List<Finding> findings = new Findings(List.of(rule)).collect(none, replayed(List.of(), List.of()));

    assertThat(rule.calls).containsExactly("checkAll");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rules.INTERNAL_ERROR);
      assertThat(f.subject()).isEqualTo("~rule failing-across");
      assertThat(f.text()).contains("rule failing-across", "java.lang.IllegalStateException: boom");
    });
  }

  @Test
  void crossEntityRulesDoNotRunWhileAnEntityIsLeftOutUntilItCompiles() {
    FailingAcross rule = new FailingAcross();
    MappedEntities skipped = new MappedEntities(List.of(), List.of("app.DoesNotCompile"), 1);

    assertThat(new Findings(List.of(rule)).collect(skipped, replayed(List.of(), List.of()))).isEmpty();
    assertThat(rule.calls).isEmpty();
  }
}
