package io.github.schemadrift.entity;

/**
 * Logical names (as written or implied) to physical ones: quoting ({@code "\"user\""}, backticks,
 * or every name when identifiers are quoted globally), then the physical naming strategy.
 */
final class PhysicalNames {

  /**
   * Words Hibernate's {@code hibernate.auto_quote_keyword} quotes: the SQL reserved words that
   * entity and field names run into.
   */
  static final java.util.Set<String> KEYWORDS = java.util.Set.of(
      "user", "order", "group", "select", "table", "from", "where", "check", "column", "constraint",
      "default", "desc", "asc", "key", "index", "references", "primary", "unique", "value", "values",
      "end", "limit", "offset", "to", "by", "case", "when", "all", "and", "or", "not", "null", "in",
      "is", "as", "on", "union", "grant", "role", "authorization", "current_user", "session_user",
      "level", "size", "comment", "position", "type", "range", "rank", "row", "rows", "start", "year",
      "month", "day", "hour", "minute", "second", "time", "timestamp", "date", "interval", "number");

  private final NamingStrategy naming;
  private final boolean quoteAll;
  private final CustomNaming custom;
  private final boolean quoteKeywords;
  private final ImplicitNaming implicit;

  PhysicalNames(NamingStrategy naming, boolean quoteAll) {
    this(naming, quoteAll, null, false);
  }

  PhysicalNames(NamingStrategy naming, boolean quoteAll, CustomNaming custom, boolean quoteKeywords) {
    this(naming, quoteAll, custom, quoteKeywords, ImplicitNaming.defaultFor(naming, false));
  }

  /**
   * @param custom a strategy described with {@code schemadrift.naming.custom}, used instead of
   *     {@code naming} when not null
   * @param quoteKeywords Hibernate's {@code hibernate.auto_quote_keyword}
   * @param implicit the implicit naming strategy, for names no annotation gives
   */
  PhysicalNames(NamingStrategy naming, boolean quoteAll, CustomNaming custom, boolean quoteKeywords, ImplicitNaming implicit) {
    this.naming = naming;
    this.quoteAll = quoteAll;
    this.custom = custom;
    this.quoteKeywords = quoteKeywords;
    this.implicit = implicit;
  }

  NamingStrategy strategy() {
    return naming;
  }

  ImplicitNaming implicit() {
    return implicit;
  }

  /** A physical name with its quoting. */
  record Name(String name, boolean quoted) {}

  Name physical(String logical) {
    Name parsed = parse(logical);
    String name = custom != null ? custom.column(parsed.name()) : naming.apply(parsed.name(), parsed.quoted());
    return new Name(name, parsed.quoted() || quoteAll || keyword(name));
  }

  /** A table's physical name: like {@link #physical}, with a custom strategy's table affixes. */
  Name physicalTable(String logical) {
    if (custom == null) {
      return physical(logical);
    }
    Name parsed = parse(logical);
    String name = custom.table(parsed.name());
    return new Name(name, parsed.quoted() || quoteAll || keyword(name));
  }

  private boolean keyword(String name) {
    return quoteKeywords && KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT));
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
