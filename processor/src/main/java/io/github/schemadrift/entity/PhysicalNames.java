package io.github.schemadrift.entity;

/**
 * Logical names (as written or implied) to physical ones: quoting ({@code "\"user\""}, backticks,
 * or every name when identifiers are quoted globally), then the physical naming strategy.
 */
final class PhysicalNames {

  private final NamingStrategy naming;
  private final boolean quoteAll;

  PhysicalNames(NamingStrategy naming, boolean quoteAll) {
    this.naming = naming;
    this.quoteAll = quoteAll;
  }

  NamingStrategy strategy() {
    return naming;
  }

  /** A physical name with its quoting. */
  record Name(String name, boolean quoted) {}

  Name physical(String logical) {
    Name parsed = parse(logical);
    return new Name(naming.apply(parsed.name(), parsed.quoted()), parsed.quoted() || quoteAll);
  }

  /** The logical name without its quotes. */
  static String unquoted(String logical) {
    return parse(logical).name();
  }

  static Name parse(String logical) {
    if (logical.length() >= 2
        && ((logical.startsWith("\"") && logical.endsWith("\""))
            || (logical.startsWith("`") && logical.endsWith("`")))) {
      return new Name(logical.substring(1, logical.length() - 1), true);
    }
    return new Name(logical, false);
  }
}
