package io.github.schemadrift.dbproof;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normal forms for what a database and a migration write differently but mean the same: the
 * sequence a {@code nextval(...)} default draws from, and an index expression.
 */
final class SequenceDefaults {

  private static final Pattern NEXTVAL = Pattern.compile("(?is)\\s*nextval\\s*\\(\\s*'([^']+)'(?:\\s*::\\s*regclass)?\\s*\\)\\s*");

  private SequenceDefaults() {}

  /**
   * The sequence a {@code nextval('s')} default draws from, without schema, quotes or case
   * ({@code nextval('public.S')} and {@code nextval('s'::regclass)} are the same), or null.
   */
  static String sequenceOf(String defaultValue) {
    if (defaultValue == null) {
      return null;
    }
    Matcher m = NEXTVAL.matcher(defaultValue);
    if (!m.matches()) {
      return null;
    }
    String name = m.group(1).replace("\"", "");
    return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * An index column as compared: a plain name as it is; an expression ({@code lower((name)::text)}
   * as PostgreSQL prints it, {@code LOWER ("name")} as a migration wrote it) without casts,
   * quotes, parentheses, blanks or case.
   */
  static String expression(String column) {
    if (column == null || !column.contains("(")) {
      return column;
    }
    return column.toLowerCase(Locale.ROOT).replaceAll("::\\s*[a-z_ ]+", "").replaceAll("[\"()\\s]", "");
  }
}
