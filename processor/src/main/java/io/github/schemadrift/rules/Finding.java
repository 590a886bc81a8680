package io.github.schemadrift.rules;

import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.migration.SqlLocation;

/**
 * One disagreement found by a rule, before suppression and severity options apply.
 *
 * @param rule the rule that found it
 * @param severity the severity the rule chose (its default, or lower for softer drift)
 * @param message the text after the rule tag, built by {@link Messages}
 * @param position where in the Java source it belongs
 * @param related the migration statement it concerns, or null
 * @param subject a stable sort key: the entity's qualified name and the attribute path
 * @param fixSql the SQL of a new migration that would fix the database side, or null
 */
public record Finding(
    RuleDescriptor rule,
    Severity severity,
    String message,
    SourcePosition position,
    SqlLocation related,
    String subject,
    String fixSql) {

  /** A finding with no migration-side fix. */
  public Finding(
      RuleDescriptor rule,
      Severity severity,
      String message,
      SourcePosition position,
      SqlLocation related,
      String subject) {
    this(rule, severity, message, position, related, subject, null);
  }

  /** The full diagnostic text as javac prints it. */
  public String text() {
    return rule.tag() + " " + message;
  }
}
