package io.github.schemadrift.migration;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * JSqlParser 5.4 cannot parse {@code ALTER TABLE t ADD CHECK (...)}, a check without a {@code
 * CONSTRAINT name} (see docs/upstream/jsqlparser-add-check.md). Before the parse the clause gets a
 * marker name, which {@link ConstraintReader} reads back as no name, so the check gets the name
 * its database gives an unnamed one ({@link ImplicitNames}).
 */
final class UnnamedChecks {

  /** The name that stands for "none given". */
  static final String MARKER = "schemadrift_unnamed_check";

  private static final Pattern ADD_CHECK = Pattern.compile("(?i)(?<!\\bCONSTRAINT\\s{1,20})\\bADD\\s+CHECK\\b"); // not a constraint named add
  private static final Pattern ALTER_TABLE = Pattern.compile("(?is)^\\s*ALTER\\s+TABLE\\b.*");

  private UnnamedChecks() {}

  /** The statement with each {@code ADD CHECK} named by the marker; unchanged when it has none. */
  static String name(String sql) {
    // ADD_CHECK's look-behind is tried at every offset, which is slow on long statements: a
    // statement without the word CHECK cannot match it (its case-blind match is ASCII only)
    if (!sql.toUpperCase(Locale.ROOT).contains("CHECK") || !ALTER_TABLE.matcher(sql).matches()
        || !ADD_CHECK.matcher(sql).find()) {
      return sql;
    }
    return ADD_CHECK.matcher(sql).replaceAll("ADD CONSTRAINT " + MARKER + " CHECK");
  }

  /** The name a constraint was written with, or null for none (the marker). */
  static String written(String name) {
    return MARKER.equalsIgnoreCase(name) ? null : name;
  }
}
