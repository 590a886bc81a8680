package io.github.schemadrift.migration;

import io.github.schemadrift.migration.SqlTokens.Token;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a DDL statement has names: which of its tokens stand where a table, column, constraint or
 * index name goes, by the shape of {@code CREATE TABLE}, {@code ALTER TABLE}, {@code CREATE INDEX},
 * {@code DROP TABLE|INDEX|VIEW}, {@code RENAME TABLE} and {@code CREATE VIEW}. A word there is a
 * name whatever else it could be ({@code script}, {@code sample}, {@code key}), which is what lets
 * {@link KeywordQuoting} quote it and {@link ParseSanity} tell a parse that took a keyword for a
 * name. A statement of another shape, or an {@code ALTER TABLE} action it does not know, leaves
 * {@link #understood()} false: nothing may then be concluded from a token not being marked.
 */
final class IdentifierPositions extends NameMarker {

  private static final Set<String> CONSTRAINT_START =
      Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "KEY", "INDEX", "FULLTEXT", "SPATIAL", "EXCLUDE", "PERIOD");

  private static final Set<String> ACTION_HEADS =
      Set.of("ADD", "DROP", "ALTER", "MODIFY", "CHANGE", "RENAME", "SET", "OWNER", "ENABLE", "DISABLE", "VALIDATE",
          "INHERIT", "NO", "CLUSTER", "REPLICA", "ATTACH", "DETACH", "ENGINE", "CONVERT", "AUTO_INCREMENT", "DEFAULT",
          "CHARACTER", "CHARSET", "COLLATE", "COMMENT", "ORDER", "FORCE", "ALGORITHM", "LOCK", "RESET", "OF", "NOT");

  /** Words that are values, never column references, where an expression could hold either. */
  static final Set<String> VALUE_WORDS =
      Set.of("NULL", "TRUE", "FALSE", "DEFAULT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "LOCALTIME",
          "LOCALTIMESTAMP", "CURRENT_USER", "SESSION_USER", "USER", "SYSDATE", "SYSTIMESTAMP", "NOW");

  private final Set<String> columns = new HashSet<>();
  private boolean understood = true;

  private IdentifierPositions(List<Token> tokens) {
    super(tokens, new BitSet());
  }

  /** The name positions of a statement's code tokens (no comments). */
  static IdentifierPositions of(List<Token> tokens) {
    IdentifierPositions p = new IdentifierPositions(tokens);
    p.statement();
    return p;
  }

  /** Whether the token at {@code i} stands where a name goes. */
  boolean isName(int i) {
    return names.get(i);
  }

  /** Whether the statement's shape was known throughout, so that unmarked tokens are no names. */
  boolean understood() {
    return understood;
  }

  private void statement() {
    int i = 0;
    if (word(i, "CREATE")) {
      i = skipWords(i + 1, "OR", "REPLACE", "GLOBAL", "LOCAL", "TEMPORARY", "TEMP", "UNLOGGED", "CACHED", "MEMORY",
          "UNIQUE", "FULLTEXT", "SPATIAL", "CLUSTERED", "NONCLUSTERED", "FORCE", "NOFORCE", "TEXT", "BITMAP");
      if (word(i, "TABLE")) {
        createTable(skipIfExists(i + 1));
      } else if (word(i, "INDEX")) {
        createIndex(skipIfExists(skipWords(i + 1, "CONCURRENTLY")));
      } else if (word(i, "VIEW")) {
        view(skipIfExists(i + 1));
      } else {
        understood = false;
      }
    } else if (word(i, "ALTER") && word(i + 1, "TABLE")) {
      int at = skipIfExists(i + 2);
      // ALTER TABLE ONLY t ADD ..., but ALTER TABLE only ADD ... names a table "only"
      if (word(at, "ONLY") && at + 1 < t.size() && t.get(at + 1).isName()
          && !ACTION_HEADS.contains(t.get(at + 1).upper())) {
        at++;
      }
      alterTable(qualified(at));
    } else if (word(i, "DROP") && (word(i + 1, "TABLE") || word(i + 1, "VIEW") || word(i + 1, "INDEX"))) {
      dropObjects(skipIfExists(skipWords(i + 2, "CONCURRENTLY")));
    } else if (word(i, "RENAME") && word(i + 1, "TABLE")) {
      dropObjects(i + 2);
    } else {
      understood = false;
    }
  }

  private void createTable(int i) {
    int at = qualified(i);
    if (!punct(at, '(')) {
      return;
    }
    int close = close(at);
    forEachElement(at, close, this::tableElement);
    forEachCheck(at, close);
  }

  /** One column definition or table constraint of a CREATE TABLE or ALTER TABLE ADD (...). */
  private void tableElement(int s, int e) {
    if (word(s, "CONSTRAINT")) {
      mark(s + 1);
      constraintBody(s + 2, e);
    } else if (t.get(s).kind() == SqlTokens.Kind.WORD && CONSTRAINT_START.contains(t.get(s).upper())
        && !startsColumn(s)) {
      constraintBody(s, e);
    } else if (word(s, "LIKE")) {
      qualified(s + 1);
    } else {
      columnDefinition(s, e);
    }
  }

  /**
   * Whether a constraint word at {@code s} is in fact a column's name: {@code key varchar(9)} and
   * {@code index int} are columns, {@code KEY ix (a)} and {@code UNIQUE (a)} are not.
   */
  private boolean startsColumn(int s) {
    if (s + 1 >= t.size() || word(s, "CONSTRAINT") || word(s, "CHECK")) {
      return false;
    }
    Token next = t.get(s + 1);
    if (word(s, "PRIMARY") || word(s, "FOREIGN")) {
      return !next.isWord("KEY");
    }
    if (word(s, "PERIOD")) {
      return !next.isWord("FOR");
    }
    if (word(s, "EXCLUDE")) {
      return !next.isWord("USING") && !punct(s + 1, '(');
    }
    return next.kind() == SqlTokens.Kind.WORD && !next.isWord("KEY") && !next.isWord("INDEX")
        && !next.isWord("USING") && !(punct(s + 2, '(') && s + 3 < t.size() && t.get(s + 3).isName());
  }

  private void columnDefinition(int s, int e) {
    if (!mark(s)) {
      return;
    }
    columns.add(t.get(s).bare().toUpperCase(java.util.Locale.ROOT));
    for (int j = s + 1; j < e; j++) {
      if (word(j, "REFERENCES")) {
        j = references(j + 1) - 1;
      } else if (word(j, "CONSTRAINT") || word(j, "AFTER")) {
        mark(j + 1);
      } else if (punct(j, '(')) {
        j = close(j);
      }
    }
  }

  private void constraintBody(int s, int e) {
    for (int j = s; j < e; j++) {
      if (word(j, "CHECK") || word(j, "EXCLUDE") || word(j, "WHERE")) {
        return;
      }
      if (word(j, "REFERENCES")) {
        j = references(j + 1) - 1;
      } else if ((word(j, "KEY") || word(j, "INDEX") || word(j, "UNIQUE")) && j + 2 < e && t.get(j + 1).isName()
          && !word(j + 1, "KEY") && !word(j + 1, "INDEX") && !word(j + 1, "USING") && punct(j + 2, '(')) {
        mark(j + 1);
      } else if (punct(j, '(')) {
        j = columnList(j);
      }
    }
  }

  private int references(int i) {
    int at = qualified(i);
    return punct(at, '(') ? columnList(at) + 1 : at;
  }

  /** {@code (a, b(10) DESC, lower(c))}: each element's leading name, and plain names in expressions. */
  private int columnList(int open) {
    int close = close(open);
    forEachElement(open, close, (s, e) -> {
      if (t.get(s).isName() && !punct(s + 1, '(') && !word(s, "ASC") && !word(s, "DESC")) {
        mark(s);
      } else {
        for (int j = s + 1; j < e; j++) {
          if (t.get(j).kind() == SqlTokens.Kind.WORD && (punct(j - 1, '(') || punct(j - 1, ','))
              && (punct(j + 1, ')') || punct(j + 1, ',')) && !VALUE_WORDS.contains(t.get(j).upper())) {
            mark(j);
          }
        }
      }
    });
    return close;
  }

  /** Inside the CHECK bodies of a CREATE TABLE, the words that are the table's own columns. */
  private void forEachCheck(int open, int close) {
    for (int j = open; j < close; j++) {
      if (word(j, "CHECK") && punct(j + 1, '(')) {
        int end = close(j + 1);
        for (int k = j + 2; k < end; k++) {
          if (t.get(k).kind() == SqlTokens.Kind.WORD && columns.contains(t.get(k).upper()) && !punct(k + 1, '(')) {
            mark(k);
          }
        }
        j = end;
      }
    }
  }

  private void createIndex(int i) {
    int at = i;
    if (!word(at, "ON")) {
      at = qualified(at);
      if (word(at, "USING")) {
        at += 2;
      }
    }
    if (!word(at, "ON")) {
      understood = false;
      return;
    }
    at++;
    if (word(at, "ONLY") && at + 1 < t.size() && t.get(at + 1).isName()) {
      at++;
    }
    at = qualified(at);
    if (word(at, "USING")) {
      at += 2;
    }
    if (punct(at, '(')) {
      at = columnList(at) + 1;
    }
    if (word(at, "INCLUDE") && punct(at + 1, '(')) {
      columnList(at + 1);
    }
  }

  private void dropObjects(int i) {
    for (int j = i; j < t.size(); j++) {
      if (t.get(j).isName() && (j == i || punct(j - 1, ',') || word(j - 1, "TO") || word(j - 1, "ON"))) {
        j = qualified(j) - 1;
      }
    }
  }

  private void view(int i) {
    int at = qualified(i);
    if (punct(at, '(')) {
      at = columnList(at) + 1;
    }
    new ViewNames(t, names).markQuery(at);
  }

  private void alterTable(int i) {
    String previous = null;
    int s = skipWords(i, "WITH", "CHECK", "NOCHECK");
    while (s < t.size()) {
      int e = s;
      while (e < t.size() && !punct(e, ',') && !punct(e, ';')) {
        e = punct(e, '(') ? close(e) + 1 : e + 1;
      }
      previous = action(s, Math.min(e, t.size()), previous);
      s = e + 1;
    }
  }

  /** One ALTER TABLE action in [s, e); returns what a following action without a head continues. */
  private String action(int s, int e, String previous) {
    if (s >= e) {
      return previous;
    }
    String head = t.get(s).kind() == SqlTokens.Kind.WORD ? t.get(s).upper() : "";
    switch (head) {
      case "ADD" -> {
        return add(s + 1, e);
      }
      case "DROP" -> {
        return drop(s + 1, e);
      }
      case "ALTER", "MODIFY", "CHANGE" -> {
        boolean column = word(s + 1, "COLUMN");
        int j = skipIfExists(skipOne(s + 1, "COLUMN"));
        if (head.equals("ALTER") && !column && (word(j, "CONSTRAINT") || word(j, "INDEX"))) {
          mark(j + 1);
        } else if (punct(j, '(')) {
          forEachElement(j, close(j), this::tableElement);
        } else if (head.equals("CHANGE")) {
          mark(j);
          columnDefinition(j + 1, e);
        } else if (head.equals("MODIFY")) {
          columnDefinition(j, e);
        } else {
          mark(j);
        }
        return null;
      }
      case "RENAME" -> {
        rename(s + 1);
        return null;
      }
      default -> {
        if ("ADD".equals(previous) && !ACTION_HEADS.contains(head)) {
          tableElement(s, e);
        } else if ("DROP".equals(previous) && !ACTION_HEADS.contains(head)) {
          mark(s);
        } else if (!ACTION_HEADS.contains(head)) {
          understood = false;
        }
        return previous;
      }
    }
  }

  private String add(int s, int e) {
    int j = s;
    boolean column = word(j, "COLUMN");
    j = skipIfNotExists(skipOne(j, "COLUMN"));
    if (punct(j, '(')) {
      forEachElement(j, close(j), this::tableElement);
    } else if (column) {
      columnDefinition(j, e);
    } else {
      tableElement(j, e);
    }
    return "ADD";
  }

  private String drop(int s, int e) {
    int j = s;
    if (word(j, "CONSTRAINT") || word(j, "INDEX") || word(j, "KEY") || word(j, "CHECK")) {
      mark(skipIfExists(j + 1));
      return null;
    }
    if (word(j, "FOREIGN") && word(j + 1, "KEY")) {
      mark(skipIfExists(j + 2));
      return null;
    }
    if (word(j, "PRIMARY") || word(j, "PARTITION") || word(j, "DEFAULT") || word(j, "SYSTEM")) {
      return null;
    }
    j = skipIfExists(skipOne(j, "COLUMN"));
    if (punct(j, '(')) {
      columnList(j);
    } else {
      mark(j);
    }
    return "DROP";
  }

  private void rename(int j) {
    if (word(j, "TO") || word(j, "AS")) {
      qualified(j + 1);
      return;
    }
    int from = word(j + 1, "TO") ? j : skipOne(j, "COLUMN", "CONSTRAINT", "INDEX", "KEY");
    mark(from);
    if (word(from + 1, "TO")) {
      mark(from + 2);
    }
  }
}
