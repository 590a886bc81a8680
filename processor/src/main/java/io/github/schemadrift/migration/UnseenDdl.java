package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DDL that a migration runs where the replay does not look: in an {@code EXECUTE} of procedural
 * code (a PostgreSQL {@code DO} block or function, an Oracle {@code EXECUTE IMMEDIATE} in a
 * block) or in a Java-based migration ({@code statement.execute("ALTER TABLE ...")}). A constant
 * string is DDL the replay can read after all, so it is replayed where it stands; anything built at
 * run time is only named, with its place and the table it seems to touch, so a finding on that
 * table can say that this DDL may explain it.
 */
final class UnseenDdl {

  /**
   * One statement found: its line in the file, its text when it is a constant (else null), the
   * table it names when that can be read (else null), and what holds it, for the note.
   */
  record Found(int line, String constantSql, String table, String where) {}

  /**
   * {@code EXECUTE} or {@code EXECUTE IMMEDIATE}; its argument runs to the end of its statement
   * ({@link #argumentEnd}).
   */
  private static final Pattern EXECUTE = Pattern.compile("(?i)\\bEXEC(?:UTE)?\\s+(?:IMMEDIATE\\s+)?");

  /** A Java call that runs SQL: {@code execute("...")}, {@code update("...")}, {@code addBatch("...")}. */
  private static final Pattern JAVA_CALL =
      Pattern.compile("\\.(?:execute|executeUpdate|executeLargeUpdate|update|addBatch|batchUpdate)\\s*\\(");

  /** The first table a piece of DDL names. */
  private static final Pattern DDL_TABLE =
      Pattern.compile(
          "(?i)\\b(?:ALTER|CREATE|DROP)\\s+(?:GLOBAL\\s+TEMPORARY\\s+|TEMPORARY\\s+|UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?(?:ONLY\\s+)?(?:\\u0001\\s*\\.)?([\\w.\"`\\[\\]]+)"
              + "|(?i)\\bCREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+.*?\\bON\\s+(?:ONLY\\s+)?([\\w.\"`\\[\\]]+)");

  /** Where DDL starts: the statement words that change the schema's shape. */
  private static final Pattern DDL_START =
      Pattern.compile("(?is)^\\s*(?:ALTER|CREATE|DROP|RENAME|COMMENT\\s+ON)\\b.*");

  private UnseenDdl() {}

  /** The rule id under which DDL the replay cannot see is kept with the schema's problems. */
  static final String RULE_ID = SqlProblem.UNSEEN_DDL;

  /**
   * Looks for DDL in the {@code EXECUTE}s of an ignored procedural statement: a constant one is
   * replayed through {@code replay} at its own line, anything else is kept for the notes and for
   * the findings it could explain. Each one is one note with its {@code file:line}.
   */
  static void replayOrNote(
      String file, SqlStatementText statement, List<String> notes, List<SqlProblem> problems,
      java.util.function.Consumer<SqlStatementText> replay) {
    String sql = statement.sql();
    if (!PROCEDURAL.matcher(sql).lookingAt()) {
      return;
    }
    for (Found found : inProcedural(sql, statement.line())) {
      record(file, found, notes, problems, replay);
    }
  }

  /** Replays or notes one statement found in procedural code or a Java-based migration. */
  static void record(
      String file, Found found, List<String> notes, List<SqlProblem> problems,
      java.util.function.Consumer<SqlStatementText> replay) {
    SqlLocation at = new SqlLocation(file, found.line());
    if (found.constantSql() != null) {
      replay.accept(new SqlStatementText(found.constantSql(), found.line(), 1));
      notes.add("DDL in " + found.where() + " at " + at + " was replayed: " + oneLine(found.constantSql()));
      return;
    }
    notes.add("DDL the replay cannot see at " + at + " (" + found.where() + ")" + (found.table() == null
        ? " is not replayed"
        : " may change table '" + found.table() + "'; a missing table or column there is reported as a warning"));
    problems.add(new SqlProblem(RULE_ID, at, 0, found.where(), found.table()));
  }

  private static String oneLine(String sql) {
    String flat = sql.strip().replaceAll("\\s+", " ");
    return flat.length() > 120 ? flat.substring(0, 117) + "..." : flat;
  }

  /** Statements whose bodies run SQL: DO blocks, functions, procedures, triggers and anonymous blocks. */
  private static final Pattern PROCEDURAL =
      Pattern.compile("(?is)^(?:do\\b|begin\\b|declare\\b|create\\s+(?:or\\s+replace\\s+)?(?:function|procedure|trigger)\\b)");

  /** The DDL in the {@code EXECUTE}s of one procedural statement that starts at {@code firstLine}. */
  static List<Found> inProcedural(String statement, int firstLine) {
    List<Found> found = new ArrayList<>();
    if (!SqlTokens.mayContain(statement, "EXEC")) {
      return found; // most bodies run no EXECUTE: no need for the pattern's search at every character
    }
    Matcher m = EXECUTE.matcher(statement);
    int from = 0;
    while (from <= statement.length() && m.find(from)) {
      from = argumentEnd(statement, m.end());
      String argument = statement.substring(m.end(), from).strip();
      int line = firstLine + lineOffset(statement, m.start());
      String constant = constant(argument, '\'');
      if (constant != null) {
        if (DDL_START.matcher(constant).matches()) {
          found.add(new Found(line, constant, table(constant), "EXECUTE of a constant string"));
        }
      } else if (mentionsDdl(argument) || mentionsDdl(statement)) {
        found.add(new Found(line, null, columnTable(literals(argument, '\'')), "EXECUTE of SQL built at run time"));
      }
    }
    return found;
  }

  /** The SQL that a Java-based migration's source passes to execute/update calls. */
  static List<Found> inJavaSource(String source) {
    List<Found> found = new ArrayList<>();
    Matcher m = JAVA_CALL.matcher(source);
    while (m.find()) {
      int close = closingParen(source, m.end() - 1);
      String argument = firstArgument(source.substring(m.end(), close)).strip();
      int line = 1 + lineOffset(source, m.start());
      String constant = javaConstant(argument);
      if (constant != null) {
        if (DDL_START.matcher(constant).matches()) {
          found.add(new Found(line, constant, table(constant), "a constant string in a Java-based migration"));
        }
      } else if (!argument.isEmpty()) {
        found.add(new Found(line, null, columnTable(literals(argument, '"')), "SQL built at run time in a Java-based migration"));
      }
    }
    return found;
  }

  /** The text of a string literal that is the whole argument (its doubled quotes undone), or null. */
  private static String constant(String argument, char quote) {
    String a = argument.strip();
    if (a.length() < 2 || a.charAt(0) != quote || a.charAt(a.length() - 1) != quote) {
      return null;
    }
    String inner = a.substring(1, a.length() - 1);
    String doubled = String.valueOf(quote) + quote;
    if (inner.replace(doubled, "").indexOf(quote) >= 0) {
      return null; // two literals with something between them
    }
    return inner.replace(doubled, String.valueOf(quote));
  }

  /** A Java argument that is one literal, literals joined by {@code +}, or a text block; else null. */
  private static String javaConstant(String argument) {
    if (argument.startsWith("\"\"\"")) {
      int end = argument.lastIndexOf("\"\"\"");
      if (end > 3 && argument.substring(end + 3).isBlank()) {
        String body = argument.substring(3, end);
        int nl = body.indexOf('\n');
        return (nl >= 0 ? body.substring(nl + 1) : body).stripIndent().strip();
      }
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String part : argument.split("\\+")) {
      String p = part.strip();
      if (p.length() < 2 || p.charAt(0) != '"' || p.charAt(p.length() - 1) != '"' || p.substring(1, p.length() - 1).contains("\"")) {
        return null;
      }
      out.append(p, 1, p.length() - 1);
    }
    return out.toString().replace("\\n", "\n").replace("\\t", "\t");
  }

  /**
   * The contents of the {@code quote}-quoted literals in {@code text}, in order, each followed by a
   * marker: what stands between two literals is unknown. A literal takes backslash escapes (not of a
   * line break) and doubled quotes; one left open ends at its last doubled quote, if any. This is
   * what the pattern {@code q((?:[^q\\]|\\.|qq)*)q} finds, read by a loop: that pattern recursed
   * once per character and overflowed the stack on a literal of a few thousand characters.
   */
  static String literals(String text, char quote) {
    StringBuilder out = new StringBuilder();
    int from = text.indexOf(quote);
    while (from >= 0) {
      int end = literalEnd(text, quote, from);
      if (end < 0) {
        from = text.indexOf(quote, from + 1);
        continue;
      }
      out.append(text, from + 1, end).append(" \u0001 ");
      from = text.indexOf(quote, end + 1);
    }
    return out.toString();
  }

  /**
   * Where an {@code EXECUTE}'s argument that starts at {@code start} ends: at the first {@code ;}
   * outside a literal, or at a quote that opens no closed literal. This is what the pattern {@code
   * (?:'(?:[^']|'')*'|[^;'])*} takes, read by a loop for the reason given at {@link #literals}.
   */
  static int argumentEnd(String text, int start) {
    int at = start;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == ';') {
        return at;
      }
      if (c != '\'') {
        at++;
        continue;
      }
      int close = literalEnd(text, '\'', at, false);
      if (close < 0) {
        return at;
      }
      at = close + 1;
    }
    return at;
  }

  private static int literalEnd(String text, char quote, int open) {
    return literalEnd(text, quote, open, true);
  }

  /**
   * Where the literal opened at {@code open} closes, -1 when it never does; with {@code backslash},
   * a backslash escapes the next character unless that is a line break.
   */
  private static int literalEnd(String text, char quote, int open, boolean backslash) {
    int lastPair = -1;
    int at = open + 1;
    while (at < text.length()) {
      char c = text.charAt(at);
      boolean hasNext = at + 1 < text.length();
      if (c == quote && hasNext && text.charAt(at + 1) == quote) {
        lastPair = at;
        at += 2;
      } else if (c == quote) {
        return at;
      } else if (backslash && c == '\\' && hasNext && !lineBreak(text.charAt(at + 1))) {
        at += 2;
      } else if (backslash && c == '\\') {
        break;
      } else {
        at++;
      }
    }
    return lastPair; // backtracked: the last doubled quote's first half closes the literal
  }

  private static boolean lineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean mentionsDdl(String text) {
    return table(literals(text, '\'')) != null;
  }

  /**
   * The table that DDL built at run time names, when that DDL could add or rename a column or
   * create the table: null for DDL whose constant parts show it only adds or drops a constraint or
   * index ({@code 'ALTER TABLE ' || s || '.t ADD CONSTRAINT ' || c || ' UNIQUE (name)'}), which can
   * explain no missing table or column.
   */
  private static String columnTable(String literals) {
    String table = table(literals);
    if (table == null || SHAPES_COLUMNS.matcher(literals).find() || !ONLY_CONSTRAINTS.matcher(literals).find()) {
      return table;
    }
    return null;
  }

  /** DDL that can make a column or table appear. */
  private static final Pattern SHAPES_COLUMNS =
      Pattern.compile("(?i)\\b(?:CREATE\\s+(?:\\w+\\s+)?TABLE|ADD\\s+COLUMN|RENAME|CHANGE|MODIFY)\\b");

  /** DDL whose action is on a constraint or index only. */
  private static final Pattern ONLY_CONSTRAINTS =
      Pattern.compile("(?i)\\b(?:ADD|DROP)\\s+(?:CONSTRAINT|UNIQUE|PRIMARY|FOREIGN|CHECK|INDEX|KEY)\\b");

  /** The table key-less name the DDL names first, quotes and schema kept off, or null. */
  private static String table(String ddl) {
    Matcher m = DDL_TABLE.matcher(ddl);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1) != null ? m.group(1) : m.group(2);
    String bare = SchemaNames.stripSchema(name);
    return bare.isEmpty() || bare.contains("%") ? null : SqlIdentifier.of(bare).name().toLowerCase(Locale.ROOT);
  }

  private static int closingParen(String text, int open) {
    int depth = 0;
    boolean string = false;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
        string = !string;
      } else if (!string && c == '(') {
        depth++;
      } else if (!string && c == ')' && --depth == 0) {
        return i;
      }
    }
    return text.length();
  }

  /** The first argument of a Java argument list: up to the first comma outside strings and brackets. */
  private static String firstArgument(String arguments) {
    int depth = 0;
    boolean string = false;
    for (int i = 0; i < arguments.length(); i++) {
      char c = arguments.charAt(i);
      if (c == '"' && (i == 0 || arguments.charAt(i - 1) != '\\')) {
        string = !string;
      } else if (!string && (c == '(' || c == '{')) {
        depth++;
      } else if (!string && (c == ')' || c == '}')) {
        depth--;
      } else if (!string && depth == 0 && c == ',') {
        return arguments.substring(0, i);
      }
    }
    return arguments;
  }

  private static int lineOffset(String text, int offset) {
    int lines = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
