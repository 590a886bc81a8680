package io.github.schemadrift.liquibase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the lines of changeSets and their changes in a changelog's text. Liquibase's parsed
 * changeSets know their file but not their line, so this looks for the changeSet's id where the
 * changelog's format writes it ({@code id: 12-add-email} in YAML, {@code id="12-add-email"} in XML,
 * {@code "id": "12-add-email"} in JSON, {@code --changeset author:12-add-email} in formatted SQL),
 * then for each change's name after it ({@code - addColumn:}, {@code <addColumn}, {@code "addColumn":}).
 * The search moves forward through the file as changeSets are visited in order; a name it cannot
 * find gives the changeSet's line, and a changeSet it cannot find gives line 1.
 */
final class ChangeLines {

  /** The formats, told by the file's extension. */
  enum Format {
    YAML, XML, JSON, SQL;

    static Format of(String path) {
      String lower = path.toLowerCase(java.util.Locale.ROOT);
      if (lower.endsWith(".xml")) {
        return XML;
      }
      if (lower.endsWith(".json")) {
        return JSON;
      }
      return lower.endsWith(".sql") ? SQL : YAML;
    }
  }

  private final String[] lines;
  private final Format format;
  /** The index of the line the next search starts from. */
  private int cursor;

  ChangeLines(String text, Format format) {
    this.lines = text.split("\r\n|\r|\n", -1);
    this.format = format;
  }

  /** The 1-based line of the changeSet {@code id} by {@code author}, searching from the last one found. */
  int changeSet(String id, String author) {
    Pattern pattern = changeSetPattern(id, author);
    int found = find(pattern, cursor);
    if (found < 0) {
      found = find(pattern, 0);
    }
    if (found < 0) {
      return 1;
    }
    cursor = found + 1;
    return found + 1;
  }

  /**
   * The 1-based lines of a changeSet's changes, by their serialized names, in order, searched
   * after the changeSet's line; a change not found gets the previous change's line.
   */
  int[] changes(int changeSetLine, List<String> names) {
    int[] out = new int[names.size()];
    int from = changeSetLine - 1;
    int last = changeSetLine;
    Map<String, Pattern> patterns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Pattern pattern = patterns.computeIfAbsent(names.get(i), this::changePattern);
      int found = format == Format.SQL ? -1 : find(pattern, from);
      if (found >= 0) {
        last = found + 1;
        from = found + 1;
      } else if (format == Format.SQL && i == 0) {
        last = Math.min(changeSetLine + 1, lines.length);
      }
      out[i] = last;
    }
    if (from > cursor) {
      cursor = from;
    }
    return out;
  }

  private int find(Pattern pattern, int from) {
    for (int i = Math.max(0, from); i < lines.length; i++) {
      if (pattern.matcher(lines[i]).find()) {
        return i;
      }
    }
    return -1;
  }

  private Pattern changeSetPattern(String id, String author) {
    String quotedId = Pattern.quote(id);
    return switch (format) {
      case XML -> Pattern.compile("\\bid\\s*=\\s*([\"'])" + quotedId + "\\1");
      case JSON -> Pattern.compile("\"id\"\\s*:\\s*\"?" + quotedId + "\"?\\s*(,|$|})");
      case SQL -> Pattern.compile("(?i)^\\s*--\\s*changeset\\s+" + (author == null ? "[^:]*" : Pattern.quote(author))
          + ":" + quotedId + "(\\s|$)");
      case YAML -> Pattern.compile("^\\s*(-\\s*)?id\\s*:\\s*([\"']?)" + quotedId + "\\2\\s*(#.*)?$");
    };
  }

  private Pattern changePattern(String name) {
    String quoted = Pattern.quote(name);
    return switch (format) {
      case XML -> Pattern.compile("<(\\w+:)?" + quoted + "[\\s>/]|<(\\w+:)?" + quoted + "$");
      case JSON -> Pattern.compile("\"" + quoted + "\"\\s*:");
      case SQL -> Pattern.compile("(?!)");
      case YAML -> Pattern.compile("^\\s*(-\\s*)?" + quoted + "\\s*:");
    };
  }
}
