package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A column's SQL type as the migration wrote it, split into a lower-case base name
 * ({@code character varying}, {@code numeric}, {@code timestamp with time zone}) and the numbers in
 * parentheses read as length (character and binary types) or precision and scale (numeric types).
 */
public record SqlType(String base, Integer length, Integer precision, Integer scale) implements java.io.Serializable {

  private static final List<String> LENGTH_TYPES =
      List.of(
          "varchar", "character varying", "char", "character", "nvarchar", "nchar", "varchar2",
          "nvarchar2", "national character varying", "varbinary", "binary", "bit varying",
          "varchar_ignorecase", "char varying");

  private static final List<String> PRECISION_TYPES =
      List.of("numeric", "decimal", "number", "dec");

  /** Runs of white space, compiled once: String.replaceAll and split compile their pattern on each call. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * Types already read, by their text: a migration set writes a few distinct type texts thousands
   * of times. Bounded; a type is a value, so a shared one is the same as a new one.
   */
  private static final Map<String, SqlType> PARSED = new ConcurrentHashMap<>();

  private static final int PARSED_MAX = 4_096;

  /** Reads a type as JSqlParser prints it, e.g. {@code VARCHAR (200)} or {@code numeric (10, 2)}. */
  public static SqlType parse(String text) {
    SqlType known = PARSED.get(text);
    if (known != null) {
      return known;
    }
    SqlType parsed = read(text);
    if (PARSED.size() < PARSED_MAX) {
      PARSED.put(text, parsed);
    }
    return parsed;
  }

  private static SqlType read(String text) {
    String t = singleSpaced(text.trim());
    int open = t.indexOf('(');
    if (open < 0) {
      return new SqlType(t.toLowerCase(Locale.ROOT), null, null, null);
    }
    int close = t.indexOf(')', open);
    String head = t.substring(0, open).trim();
    String args = close > open ? t.substring(open + 1, close) : t.substring(open + 1);
    String tail = close > open ? t.substring(close + 1).trim() : "";
    String base = (head + (tail.isEmpty() ? "" : " " + tail)).toLowerCase(Locale.ROOT).trim();
    List<Integer> numbers = new ArrayList<>();
    for (String part : args.split(",")) {
      String digits = part.trim().split(" ")[0];
      try {
        numbers.add(Integer.parseInt(digits));
      } catch (NumberFormatException e) {
        numbers.add(null); // e.g. varchar(max) or number(*,0): no usable bound
      }
    }
    String headLower = head.toLowerCase(Locale.ROOT);
    if (PRECISION_TYPES.contains(headLower)) {
      return new SqlType(
          base, null, numbers.get(0), numbers.size() > 1 ? numbers.get(1) : Integer.valueOf(0));
    }
    if (LENGTH_TYPES.contains(headLower)) {
      return new SqlType(base, numbers.get(0), null, null);
    }
    // time precision (timestamp(6)) and the like: keep the base, the number is not a length.
    return new SqlType(base, null, numbers.get(0), null);
  }

  /** {@code WHITESPACE.matcher(t).replaceAll(" ")}, without a matcher for the usual text that has single spaces only. */
  private static String singleSpaced(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
          || (c == ' ' && i + 1 < t.length() && t.charAt(i + 1) == ' ')) {
        return WHITESPACE.matcher(t).replaceAll(" ");
      }
    }
    return t;
  }

  /** The type as a migration would write it, for messages and fix SQL. */
  public String render() {
    StringBuilder out = new StringBuilder(base);
    if (length != null) {
      out.append('(').append(length).append(')');
    } else if (precision != null && PRECISION_TYPES.contains(base)) {
      out.append('(').append(precision);
      if (scale != null && scale != 0) {
        out.append(", ").append(scale);
      }
      out.append(')');
    }
    return out.toString();
  }

  /**
   * As {@link #render()}, with a date-time type's fractional-seconds precision ({@code
   * timestamp(3)}, {@code timestamptz(6)}, {@code time(0) with time zone}), for the schema export.
   */
  public String renderExact() {
    if (length != null || precision == null || !isTime()) {
      return render();
    }
    int space = base.indexOf(' ');
    String precise = "(" + precision + ")";
    return space < 0 ? base + precise : base.substring(0, space) + precise + base.substring(space);
  }

  /** Whether the type is a date-time type whose number is its fractional-seconds precision. */
  public boolean isTime() {
    return base.startsWith("timestamp") || base.startsWith("time") || base.startsWith("datetime");
  }

  /** Whether the type itself makes the column an identity (PostgreSQL's serial family). */
  public boolean isSerial() {
    return base.equals("serial")
        || base.equals("bigserial")
        || base.equals("smallserial")
        || base.equals("serial4")
        || base.equals("serial8")
        || base.equals("serial2");
  }
}
