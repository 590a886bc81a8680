package io.github.schemadrift.pipeline;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlProblem;
import io.github.schemadrift.rules.Finding;
import io.github.schemadrift.rules.FindingGrouping;
import io.github.schemadrift.rules.Messages;
import io.github.schemadrift.rules.Rule;
import io.github.schemadrift.rules.RuleDescriptor;
import io.github.schemadrift.rules.Rules;
import io.github.schemadrift.rules.UnseenDdlExplanation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link MappedEntities} and {@link ReplayedSchema} to findings: the one place where every finding
 * of a compilation is collected, before the reporters apply suppression and severity and print
 * them. In order: the replay's failures, each entity's rules (or its reading failure), the rules
 * across entities (only when every entity was read), then the migrations' SQL problems. Each
 * entity and each cross-entity rule runs in its own try: an unexpected exception becomes one
 * {@code internal-error} finding and checking goes on. Runs without javac.
 */
public final class Findings {

  private final List<Rule> rules;

  public Findings(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Every finding of the compilation, grouped (one drift, one finding), unsorted (the reporter sorts). */
  public List<Finding> collect(MappedEntities mapped, ReplayedSchema replayed) {
    SchemaModel schema = replayed.schema();
    List<Finding> findings = new ArrayList<>(replayed.failures());
    for (MappedEntities.Mapped m : mapped.mapped()) {
      RuntimeException failure = m.failure();
      if (failure == null) {
        try {
          for (Rule rule : rules) {
            rule.check(m.model(), schema, findings::add);
          }
        } catch (RuntimeException e) {
          failure = e;
        }
      }
      if (failure != null) {
        findings.add(internalError(m.name(), m.position(), m.name(), failure));
      }
    }
    List<EntityModel> entities = mapped.entities();
    for (Rule rule : mapped.allRead() ? rules : List.<Rule>of()) {
      try {
        rule.checkAll(entities, schema, findings::add);
      } catch (RuntimeException e) {
        String id = rule.descriptor().id();
        findings.add(internalError("rule " + id, SourcePosition.NONE, "~rule " + id, e));
      }
    }
    findings.addAll(sqlFindings(schema, entities));
    return UnseenDdlExplanation.soften(FindingGrouping.group(findings, schema, entities), schema);
  }

  private static Finding internalError(String subject, SourcePosition position, String key, RuntimeException e) {
    return new Finding(
        Rules.INTERNAL_ERROR,
        Rules.INTERNAL_ERROR.defaultSeverity(),
        Messages.internalError(ProcessorVersion.get(), subject, e),
        position,
        null,
        key);
  }

  /**
   * Migration problems as findings. Statements that could not be parsed are always reported;
   * statements that parsed but were not replayed only when they touch a table an entity maps.
   */
  static List<Finding> sqlFindings(SchemaModel schema, List<EntityModel> entities) {
    Set<String> mapped = new HashSet<>();
    for (EntityModel entity : entities) {
      mapped.add(schema.dialect().key(entity.tableName(), entity.tableQuoted()));
    }
    List<Finding> findings = new ArrayList<>();
    for (SqlProblem problem : schema.problems()) {
      if (problem.ruleId().equals(SqlProblem.UNSEEN_DDL)) {
        continue; // a note already, and a reason that softens findings on its table (UnseenDdlExplanation)
      }
      boolean parse = problem.ruleId().equals(Rules.SQL_PARSE.id());
      if (!parse && problem.table() != null && !mapped.contains(problem.table())) {
        continue;
      }
      RuleDescriptor rule = parse ? Rules.SQL_PARSE : Rules.SQL_UNSUPPORTED;
      findings.add(
          new Finding(
              rule,
              rule.defaultSeverity(),
              Messages.sqlProblem(problem),
              SourcePosition.NONE,
              problem.location(),
              "~sql " + problem.location()));
    }
    return findings;
  }
}
