package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A physical naming strategy described in words instead of code, for a project whose own
 * strategy class cannot run at compile time: {@code -Aschemadrift.naming.custom=lower,snake,tablePrefix=app_}.
 * Comma-separated items, applied in this order to every logical name:
 *
 * <ul>
 *   <li>{@code snake}: camelCase becomes snake_case (Spring's rule) and dots become underscores;
 *   <li>{@code lower}, {@code upper} or {@code asis} (the default): the letter case;
 *   <li>{@code delete=<characters>}, {@code tableDelete=}, {@code columnDelete=}: those characters
 *       are removed from every name, table names, column names ({@code columnDelete=_} for the
 *       strategies of older code bases that drop underscores);
 *   <li>{@code tablePrefix=}, {@code tableSuffix=}: added to table names;
 *   <li>{@code columnPrefix=}, {@code columnSuffix=}: added to column names;
 *   <li>{@code maxLength=<n>}: names cut to that many characters (strategies for Oracle's old
 *       30-character limit).
 * </ul>
 *
 * @param snake whether camelCase becomes snake_case
 * @param letterCase {@code lower}, {@code upper} or {@code asis}
 * @param tableDelete the characters removed from table names
 * @param columnDelete the characters removed from column names
 * @param maxLength the longest name, or 0 for no limit
 */
public record CustomNaming(
    boolean snake, String letterCase, String tablePrefix, String tableSuffix, String columnPrefix, String columnSuffix,
    String tableDelete, String columnDelete, int maxLength) {

  /** The grammar, for messages. */
  public static final String GRAMMAR =
      "comma-separated items from snake, lower, upper, asis, delete=<characters>, tableDelete=<characters>,"
          + " columnDelete=<characters>, tablePrefix=<text>, tableSuffix=<text>, columnPrefix=<text>,"
          + " columnSuffix=<text>, maxLength=<n>";

  /** Without deletions or a length limit. */
  public CustomNaming(
      boolean snake, String letterCase, String tablePrefix, String tableSuffix, String columnPrefix, String columnSuffix) {
    this(snake, letterCase, tablePrefix, tableSuffix, columnPrefix, columnSuffix, "", "", 0);
  }

  /** Parses the description; problems name the item and the grammar. */
  public static CustomNaming parse(String text, String where, List<String> problems) {
    boolean snake = false;
    String letterCase = "asis";
    String[] affixes = {"", "", "", "", "", "", ""};
    List<String> keys = List.of("tableprefix", "tablesuffix", "columnprefix", "columnsuffix", "tabledelete", "columndelete",
        "delete");
    int maxLength = 0;
    for (String raw : text.split(",")) {
      String item = raw.trim();
      if (item.isEmpty()) {
        continue;
      }
      int eq = item.indexOf('=');
      String key = (eq < 0 ? item : item.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
      if (eq < 0 && key.equals("snake")) {
        snake = true;
      } else if (eq < 0 && List.of("lower", "upper", "asis").contains(key)) {
        letterCase = key;
      } else if (eq > 0 && keys.contains(key)) {
        affixes[keys.indexOf(key)] = item.substring(eq + 1).trim();
      } else if (eq > 0 && key.equals("maxlength") && item.substring(eq + 1).trim().matches("[1-9][0-9]{0,3}")) {
        maxLength = Integer.parseInt(item.substring(eq + 1).trim());
      } else {
        problems.add(where + " has item '" + item + "'; write " + GRAMMAR);
      }
    }
    return new CustomNaming(snake, letterCase, affixes[0], affixes[1], affixes[2], affixes[3],
        affixes[4] + affixes[6], affixes[5] + affixes[6], maxLength);
  }

  /** The physical table name. */
  public String table(String logical) {
    return cut(tablePrefix + delete(apply(logical), tableDelete) + tableSuffix);
  }

  /** The physical column (or other non-table) name. */
  public String column(String logical) {
    return cut(columnPrefix + delete(apply(logical), columnDelete) + columnSuffix);
  }

  private static String delete(String name, String characters) {
    if (characters.isEmpty()) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      if (characters.indexOf(name.charAt(i)) < 0) {
        out.append(name.charAt(i));
      }
    }
    return out.toString();
  }

  private String cut(String name) {
    return maxLength > 0 && name.length() > maxLength ? name.substring(0, maxLength) : name;
  }

  private String apply(String logical) {
    String name = snake ? snakeCase(logical) : logical;
    return switch (letterCase) {
      case "lower" -> name.toLowerCase(Locale.ROOT);
      case "upper" -> name.toUpperCase(Locale.ROOT);
      default -> name;
    };
  }

  private static String snakeCase(String logical) {
    StringBuilder out = new StringBuilder(logical.replace('.', '_'));
    for (int i = 1; i < out.length() - 1; i++) {
      char before = out.charAt(i - 1);
      char current = out.charAt(i);
      char after = out.charAt(i + 1);
      if ((Character.isLowerCase(before) || Character.isDigit(before))
          && Character.isUpperCase(current)
          && (Character.isLowerCase(after) || Character.isDigit(after))) {
        out.insert(i++, '_');
      }
    }
    return out.toString();
  }

  /** How the summary names it: {@code custom(snake,lower,tablePrefix=app_)}. */
  public String describe() {
    List<String> items = new ArrayList<>();
    if (snake) {
      items.add("snake");
    }
    items.add(letterCase);
    if (!tablePrefix.isEmpty()) items.add("tablePrefix=" + tablePrefix);
    if (!tableSuffix.isEmpty()) items.add("tableSuffix=" + tableSuffix);
    if (!columnPrefix.isEmpty()) items.add("columnPrefix=" + columnPrefix);
    if (!columnSuffix.isEmpty()) items.add("columnSuffix=" + columnSuffix);
    if (!tableDelete.isEmpty()) items.add("tableDelete=" + tableDelete);
    if (!columnDelete.isEmpty()) items.add("columnDelete=" + columnDelete);
    if (maxLength > 0) items.add("maxLength=" + maxLength);
    return "custom(" + String.join(",", items) + ")";
  }
}
