package io.github.schemadrift.migration;

import java.util.List;
import java.util.Locale;

/**
 * Reads JSqlParser's flat list of a column definition's specification words ({@code NOT NULL
 * DEFAULT 0 PRIMARY KEY REFERENCES t (id)}) into the facts {@link ColumnSpec} keeps.
 */
final class ColumnWords {

  private final List<String> specs;
  boolean nullabilityStated;
  boolean defaultStated;
  boolean notNull;
  boolean primaryKey;
  boolean identity;
  boolean generated;
  boolean unique;
  String defaultValue;
  String checkName;
  String checkExpression;
  String references;
  private String pendingConstraintName;

  ColumnWords(List<String> specs, boolean serial) {
    this.specs = specs;
    this.identity = serial;
  }

  void read() {
    for (int i = 0; i < specs.size(); i++) {
      i = word(i, specs.get(i).toUpperCase(Locale.ROOT));
    }
  }

  /** Reads the word at {@code i} (and what belongs to it); returns the index of its last word. */
  private int word(int i, String word) {
    switch (word) {
      case "NOT" -> {
        if (next(i).equalsIgnoreCase("NULL")) {
          notNull = true;
          nullabilityStated = true;
          return i + 1;
        }
      }
      case "NULL" -> {
        notNull = false;
        nullabilityStated = true;
      }
      case "CONSTRAINT" -> {
        if (i + 1 < specs.size()) {
          pendingConstraintName = SqlIdentifier.of(specs.get(i + 1)).name();
          return i + 1;
        }
      }
      case "PRIMARY" -> {
        primaryKey = true;
        notNull = true;
      }
      case "UNIQUE" -> unique = true;
      case "CHECK" -> {
        if (i + 1 < specs.size()) {
          checkExpression = stripParentheses(specs.get(i + 1));
          checkName = pendingConstraintName;
          return i + 1;
        }
      }
      case "AS" -> {
        // MySQL and SQL Server computed columns: AS (expr) [STORED | VIRTUAL | PERSISTED]
        if (next(i).startsWith("(")) {
          generated = true;
          return i + 1;
        }
      }
      case "GENERATED" -> {
        return generated(i);
      }
      case "DEFAULT" -> {
        if (i + 1 < specs.size()) {
          defaultValue = ColumnSpec.defaultOf(specs.get(i + 1));
          defaultStated = true;
          return i + 1;
        }
      }
      case "AUTO_INCREMENT", "AUTOINCREMENT", "IDENTITY" -> identity = true;
      default -> {
        return other(i, word.trim());
      }
    }
    return i;
  }

  private String next(int i) {
    return i + 1 < specs.size() ? specs.get(i + 1) : "";
  }

  /** {@code GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY [(...)]}, or a generated (computed) column. */
  private int generated(int start) {
    int i = start;
    while (i + 1 < specs.size() && !specs.get(i).equalsIgnoreCase("AS")) {
      i++;
    }
    if (next(i).toUpperCase(Locale.ROOT).startsWith("IDENTITY")) {
      identity = true;
      return i + 1;
    }
    if (next(i).startsWith("(")) {
      generated = true;
      return i + 1;
    }
    return i;
  }

  /** SQL Server's {@code IDENTITY(1,1)}, a GENERATED clause kept as one word, REFERENCES. */
  private int other(int start, String upper) {
    int i = start;
    if (upper.startsWith("IDENTITY(") || upper.startsWith("IDENTITY (")) {
      identity = true;
    } else if (upper.startsWith("GENERATED ") && upper.contains(" AS IDENTITY")) {
      identity = true;
    } else if (upper.startsWith("REFERENCES ")) {
      references = specs.get(i);
    } else if (upper.equals("REFERENCES")) {
      StringBuilder clause = new StringBuilder("REFERENCES");
      while (i + 1 < specs.size() && !isColumnKeyword(specs.get(i + 1))) {
        clause.append(' ').append(specs.get(++i));
      }
      references = clause.toString();
    }
    return i;
  }

  private static boolean isColumnKeyword(String word) {
    String upper = word.toUpperCase(Locale.ROOT);
    return upper.equals("NOT") || upper.equals("NULL") || upper.equals("DEFAULT") || upper.equals("CHECK")
        || upper.equals("UNIQUE") || upper.equals("PRIMARY") || upper.equals("CONSTRAINT");
  }

  private static String stripParentheses(String text) {
    String t = text.trim();
    while (t.startsWith("(") && t.endsWith(")") && ColumnSpec.balanced(t.substring(1, t.length() - 1))) {
      t = t.substring(1, t.length() - 1).trim();
    }
    return t;
  }
}
