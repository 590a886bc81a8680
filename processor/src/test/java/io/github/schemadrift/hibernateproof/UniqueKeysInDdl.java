package io.github.schemadrift.hibernateproof;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unique keys in Hibernate's DDL, as {@code table(col,col)} with sorted lower-case columns:
 * inline {@code col type unique}, table-level {@code unique (a, b)} and
 * {@code alter table t add constraint n unique (a, b)}.
 */
final class UniqueKeysInDdl {

  private static final Pattern CREATE = Pattern.compile("(?is)create table (?:if not exists )?(\\S+) \\((.*)\\)");
  private static final Pattern ALTER =
      Pattern.compile("(?is)alter table (?:if exists )?(\\S+) add constraint \\S+ unique \\(([^)]*)\\)");
  private static final Pattern TABLE_UNIQUE = Pattern.compile("(?is)^(?:constraint \\S+ )?unique \\(([^)]*)\\)$");

  private UniqueKeysInDdl() {}

  static Set<String> parse(String ddl) {
    Set<String> keys = new TreeSet<>();
    for (String statement : ddl.split(";")) {
      String s = statement.strip();
      Matcher alter = ALTER.matcher(s);
      if (alter.find()) {
        keys.add(key(alter.group(1), List.of(alter.group(2).split(","))));
        continue;
      }
      Matcher create = CREATE.matcher(s);
      if (!create.find()) {
        continue;
      }
      for (String part : topLevel(create.group(2))) {
        Matcher unique = TABLE_UNIQUE.matcher(part);
        if (unique.find()) {
          keys.add(key(create.group(1), List.of(unique.group(1).split(","))));
        } else if (part.toLowerCase(Locale.ROOT).matches("(?s)\\S+ .*\\bunique\\b.*")
            && !part.toLowerCase(Locale.ROOT).startsWith("primary key")) {
          keys.add(key(create.group(1), List.of(part.split("\\s+")[0])));
        }
      }
    }
    return keys;
  }

  static String key(String table, List<String> columns) {
    List<String> sorted = new ArrayList<>();
    for (String c : columns) {
      sorted.add(unquote(c.strip()).toLowerCase(Locale.ROOT));
    }
    sorted.sort(null);
    return unquote(table).toLowerCase(Locale.ROOT) + "(" + String.join(",", sorted) + ")";
  }

  private static String unquote(String name) {
    String n = name.contains(".") && !name.startsWith("\"") ? name.substring(name.lastIndexOf('.') + 1) : name;
    return n.replace("\"", "").replace("`", "");
  }

  private static List<String> topLevel(String body) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(body.substring(start, i).strip());
        start = i + 1;
      }
    }
    parts.add(body.substring(start).strip());
    return parts;
  }
}
