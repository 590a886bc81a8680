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
 * @param concern what in the schema the finding is about, for {@link FindingGrouping}, or null
 */
public record Finding(
    RuleDescriptor rule,
    Severity severity,
    String message,
    SourcePosition position,
    SqlLocation related,
    String subject,
    String fixSql,
    Concern concern) {

  /**
   * The table (the dialect key of its name) and column (its key, or null for the whole table) a
   * finding is about; for a missing column that a migration renamed, the key of its name now.
   */
  public record Concern(String table, String column, String renamedTo) {}

  /** A finding that no grouping needs to know the subject of. */
  public Finding(
      RuleDescriptor rule,
      Severity severity,
      String message,
      SourcePosition position,
      SqlLocation related,
      String subject,
      String fixSql) {
    this(rule, severity, message, position, related, subject, fixSql, null);
  }

  /** A finding with no migration-side fix. */
  public Finding(
      RuleDescriptor rule,
      Severity severity,
      String message,
      SourcePosition position,
      SqlLocation related,
      String subject) {
    this(rule, severity, message, position, related, subject, null, null);
  }

  /** This finding about {@code about}, for grouping. */
  public Finding about(Concern about) {
    return new Finding(rule, severity, message, position, related, subject, fixSql, about);
  }

  /** This finding at another level (a grouping that folds it). */
  Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, message, position, related, subject, fixSql, concern);
  }

  /** This finding with another message (a grouping that names what explains it). */
  Finding withMessage(String newMessage) {
    return new Finding(rule, severity, newMessage, position, related, subject, fixSql, concern);
  }

  /** This finding with another message and fix (a grouping that sees the drift is a rename). */
  Finding withMessageAndFix(String newMessage, String newFix) {
    return new Finding(rule, severity, newMessage, position, related, subject, newFix, concern);
  }

  /**
   * This missing-column finding as the rename of an existing column: new message and fix, and the
   * key of the column it renames, whose own findings the rename covers.
   */
  Finding asRename(String newMessage, String newFix, String renamedFrom) {
    Concern about = new Concern(concern.table(), concern.column(), renamedFrom);
    return new Finding(rule, severity, newMessage, position, related, subject, newFix, about);
  }

  /** The full diagnostic text as javac prints it. */
  public String text() {
    return rule.tag() + " " + message;
  }
}
