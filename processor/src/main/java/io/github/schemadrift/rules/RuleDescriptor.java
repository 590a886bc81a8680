package io.github.schemadrift.rules;

/**
 * What a rule is, for users and tools: its id (the {@code [schemadrift:<id>]} prefix and the
 * {@code @SuppressWarnings} key), a one-line summary, its default severity and its doc page.
 */
public record RuleDescriptor(String id, String summary, Severity defaultSeverity) {

  /** The rule's documentation page, relative to the repository root. */
  public String docPage() {
    return "docs/rules/" + id + ".md";
  }

  /** The prefix every message of this rule starts with. */
  public String tag() {
    return "[schemadrift:" + id + "]";
  }
}
