package io.github.schemadrift.report;

import io.github.schemadrift.rules.Messages;
import io.github.schemadrift.rules.Rules;
import io.github.schemadrift.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one summary line that stands for every finding folded at level {@link Severity#NOTE}: how
 * many per rule, the entities with the most of them, and how to list them all. Rules fold what
 * they find by design on most attributes of a real project (a NOT NULL column under a field that
 * does not say {@code nullable = false}, a column narrower than JPA's implicit 255), so that what
 * is printed one by one is worth acting on.
 */
final class FoldedSummary {

  /** How many entities the line names per rule. */
  static final int TOP_ENTITIES = 3;

  private FoldedSummary() {}

  /** The summary line, or empty when nothing was folded. */
  static Optional<String> line(List<Reporter.Reported> reported, boolean listed) {
    Map<String, Map<String, Integer>> byRule = new TreeMap<>();
    for (Reporter.Reported r : reported) {
      if (r.severity() == Severity.NOTE) {
        byRule.computeIfAbsent(r.finding().rule().id(), k -> new TreeMap<>())
            .merge(entityOf(r.finding().subject()), 1, Integer::sum);
      }
    }
    if (byRule.isEmpty()) {
      return Optional.empty();
    }
    List<Messages.FoldedRule> rules = new ArrayList<>();
    byRule.forEach((rule, entities) -> rules.add(new Messages.FoldedRule(rule,
        entities.values().stream().mapToInt(Integer::intValue).sum(), top(entities))));
    rules.sort(Comparator.comparingInt(Messages.FoldedRule::count).reversed().thenComparing(Messages.FoldedRule::rule));
    return Optional.of(Rules.SUMMARY.tag() + " " + Messages.foldedSummary(rules, listed));
  }

  /** The most affected entities, most first, ties by name; findings of no entity are left out. */
  private static Map<String, Integer> top(Map<String, Integer> entities) {
    Map<String, Integer> top = new LinkedHashMap<>();
    entities.entrySet().stream()
        .filter(e -> !e.getKey().isEmpty())
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP_ENTITIES)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  /** The simple name of the entity a finding's subject ({@code a.b.Order#field}) names, or "". */
  private static String entityOf(String subject) {
    if (subject == null || subject.startsWith("~")) {
      return "";
    }
    int hash = subject.indexOf('#');
    String type = hash < 0 ? subject : subject.substring(0, hash);
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
