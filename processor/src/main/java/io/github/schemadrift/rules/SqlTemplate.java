package io.github.schemadrift.rules;

/**
 * Native SQL as written in an annotation, made parseable: the placeholders Spring Data and
 * Hibernate replace before the database sees the text become what the database would see, or a
 * JDBC parameter. Strings, quoted names and comments are copied as they are.
 *
 * <ul>
 *   <li>Spring Data: {@code :#{...}} and {@code ?#{...}} become {@code ?}; {@code #{#entityName}}
 *       becomes the repository's entity name (or {@link #UNKNOWN_TABLE}); {@code %:name%} and
 *       {@code %?1%} of a {@code LIKE} lose their {@code %}.
 *   <li>Hibernate: {@code {h-schema}}, {@code {h-catalog}} and {@code {h-domain}} disappear (no
 *       default schema: the name is then unqualified, as the rules look it up); {@code {alias}}
 *       becomes {@link #ALIAS}; {@code {b.*}} becomes {@code b.*}; a property reference
 *       {@code {b.title}} (a Java name, not a column) becomes {@code NULL}.
 * </ul>
 */
public final class SqlTemplate {

  /** The table name that stands for one the query names only at run time. */
  static final String UNKNOWN_TABLE = "sd_unknown_table_";

  /** The alias Hibernate gives the entity's table in a fragment, written {@code {alias}}. */
  static final String ALIAS = "sd_alias_";

  private final String sql;
  private final String entityName;
  private final StringBuilder out = new StringBuilder();
  private int i;

  private SqlTemplate(String sql, String entityName) {
    this.sql = sql;
    this.entityName = entityName;
  }

  /** The text with every placeholder replaced; {@code entityName} may be null when unknown. */
  public static String rewrite(String sql, String entityName) {
    SqlTemplate template = new SqlTemplate(sql, entityName);
    template.run();
    return template.out.toString();
  }

  private void run() {
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        copyQuoted(c);
      } else if (c == '-' && next(1) == '-') {
        copyUntil("\n");
      } else if (c == '/' && next(1) == '*') {
        copyUntil("*/");
      } else if ((c == ':' || c == '?') && next(1) == '#' && next(2) == '{') {
        i = closingBrace(i + 2) + 1;
        out.append('?');
        dropPercentAfterParameter();
      } else if (c == '#' && next(1) == '{') {
        int end = closingBrace(i + 1);
        String inner = sql.substring(i + 2, Math.max(i + 2, end)).trim();
        out.append(inner.equals("#entityName") ? (entityName != null ? entityName : UNKNOWN_TABLE) : "?");
        i = end + 1;
      } else if (c == '{') {
        hibernatePlaceholder();
      } else if (c == '%' && parameterAt(i + 1)) {
        i++; // Spring Data's LIKE %:name%
      } else if (c == ':' && next(1) == ':') {
        out.append("::");
        i += 2;
      } else if ((c == ':' && Character.isJavaIdentifierStart(next(1))) || c == '?') {
        copyParameter();
      } else {
        out.append(c);
        i++;
      }
    }
  }

  private char next(int ahead) {
    return i + ahead < sql.length() ? sql.charAt(i + ahead) : '\0';
  }

  private boolean parameterAt(int at) {
    if (at >= sql.length()) {
      return false;
    }
    char c = sql.charAt(at);
    char after = at + 1 < sql.length() ? sql.charAt(at + 1) : '\0';
    return c == '?' || (c == ':' && Character.isJavaIdentifierStart(after));
  }

  private void copyParameter() {
    out.append(sql.charAt(i++));
    while (i < sql.length() && Character.isJavaIdentifierPart(sql.charAt(i))) {
      out.append(sql.charAt(i++));
    }
    dropPercentAfterParameter();
  }

  /** Spring Data's LIKE suffix: {@code :name%} binds {@code value + "%"}. */
  private void dropPercentAfterParameter() {
    if (i < sql.length() && sql.charAt(i) == '%') {
      i++;
    }
  }

  private void hibernatePlaceholder() {
    int end = sql.indexOf('}', i);
    if (end < 0) {
      out.append(sql.charAt(i++));
      return;
    }
    String inner = sql.substring(i + 1, end).trim();
    String replacement;
    if (inner.equals("h-schema") || inner.equals("h-catalog") || inner.equals("h-domain")) {
      replacement = "";
    } else if (inner.equals("alias")) {
      replacement = ALIAS;
    } else if (inner.endsWith(".*") || inner.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      replacement = inner;
    } else if (inner.matches("[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_.]*")) {
      replacement = "NULL";
    } else {
      out.append(sql.charAt(i++)); // JDBC escapes such as {call ...} or {ts '...'} are left to the parser
      return;
    }
    out.append(replacement);
    i = end + 1;
  }

  private int closingBrace(int open) {
    int depth = 0;
    for (int at = open; at < sql.length(); at++) {
      char c = sql.charAt(at);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return at;
      }
    }
    return sql.length() - 1;
  }

  private void copyQuoted(char quote) {
    out.append(sql.charAt(i++));
    while (i < sql.length()) {
      char c = sql.charAt(i++);
      out.append(c);
      if (c == quote) {
        if (i < sql.length() && sql.charAt(i) == quote) {
          out.append(sql.charAt(i++));
        } else {
          return;
        }
      }
    }
  }

  private void copyUntil(String end) {
    int stop = sql.indexOf(end, i + 2);
    int to = stop < 0 ? sql.length() : stop + end.length();
    out.append(sql, i, to);
    i = to;
  }
}
