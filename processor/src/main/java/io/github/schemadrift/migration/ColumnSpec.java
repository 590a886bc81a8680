package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;

/**
 * A column definition from CREATE TABLE or ALTER TABLE, read from JSqlParser's flat list of
 * specification words ({@code NOT NULL DEFAULT 0 PRIMARY KEY}) into facts, inline constraints
 * included.
 *
 * @param name the column name
 * @param type the type, or null when the clause states none (PostgreSQL's {@code SET NOT NULL})
 * @param notNull whether NOT NULL (or PRIMARY KEY) was stated
 * @param primaryKey whether the column is declared PRIMARY KEY inline
 * @param defaultValue the default as written, or null
 * @param identity whether the database generates values
 * @param generated whether the column is computed ({@code GENERATED ALWAYS AS (expr)} or MySQL
 *     {@code AS (expr)})
 * @param unique whether UNIQUE was stated inline
 * @param checkName the name of an inline CHECK, or null
 * @param checkExpression the inline CHECK's expression without its outer parentheses, or null
 * @param references the inline {@code REFERENCES ...} clause as written, or null
 * @param enumValues the values of a MySQL {@code ENUM(...)} type, unquoted
 * @param nullabilityStated whether the clause said NULL or NOT NULL (Oracle's MODIFY changes only
 *     what it states)
 */
record ColumnSpec(
    SqlIdentifier name,
    SqlType type,
    boolean notNull,
    boolean primaryKey,
    String defaultValue,
    boolean identity,
    boolean generated,
    boolean unique,
    String checkName,
    String checkExpression,
    String references,
    List<String> enumValues,
    boolean nullabilityStated) {

  private static final List<String> NOT_TYPES = List.of("null", "not", "default", "constraint", "check");

  static ColumnSpec read(ColumnDefinition definition, Dialect dialect) {
    SqlIdentifier name = SqlIdentifier.of(definition.getColumnName());
    SqlType type =
        definition.getColDataType() == null ? null : SqlType.parse(definition.getColDataType().toString());
    List<String> enumValues = new ArrayList<>();
    if (type != null && (type.base().startsWith("enum") || type.base().startsWith("set"))
        && definition.getColDataType().getArgumentsStringList() != null) {
      for (String argument : definition.getColDataType().getArgumentsStringList()) {
        enumValues.add(unquote(argument));
      }
      type = new SqlType(type.base().startsWith("enum") ? "enum" : "set", null, null, null);
    }
    List<String> specs = definition.getColumnSpecs() == null ? List.of() : definition.getColumnSpecs();
    if (type != null && NOT_TYPES.contains(type.base().split(" ")[0])) {
      // Oracle's MODIFY (x NULL) and MODIFY x DEFAULT 3: JSqlParser reads the first word as a type
      List<String> words = new ArrayList<>(List.of(definition.getColDataType().toString().trim().split("\\s+", 2)));
      words.addAll(specs);
      specs = words;
      type = null;
    }
    boolean nullabilityStated = false;
    boolean notNull = false;
    boolean primaryKey = false;
    boolean identity = type != null && type.isSerial();
    boolean generated = false;
    boolean unique = false;
    String defaultValue = null;
    String checkName = null;
    String checkExpression = null;
    String references = null;
    String pendingConstraintName = null;
    for (int i = 0; i < specs.size(); i++) {
      String word = specs.get(i).toUpperCase(Locale.ROOT);
      switch (word) {
        case "NOT":
          if (i + 1 < specs.size() && specs.get(i + 1).equalsIgnoreCase("NULL")) {
            notNull = true;
            nullabilityStated = true;
            i++;
          }
          break;
        case "NULL":
          notNull = false;
          nullabilityStated = true;
          break;
        case "CONSTRAINT":
          if (i + 1 < specs.size()) {
            pendingConstraintName = SqlIdentifier.of(specs.get(++i)).name();
          }
          break;
        case "PRIMARY":
          primaryKey = true;
          notNull = true;
          break;
        case "UNIQUE":
          unique = true;
          break;
        case "CHECK":
          if (i + 1 < specs.size()) {
            checkExpression = stripParentheses(specs.get(++i));
            checkName = pendingConstraintName;
          }
          break;
        case "AS":
          // MySQL and SQL Server computed columns: AS (expr) [STORED | VIRTUAL | PERSISTED]
          if (i + 1 < specs.size() && specs.get(i + 1).startsWith("(")) {
            generated = true;
            i++;
          }
          break;
        case "GENERATED":
          // GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY [(...)], or a generated (computed) column
          while (i + 1 < specs.size() && !specs.get(i).equalsIgnoreCase("AS")) {
            i++;
          }
          if (i + 1 < specs.size() && specs.get(i + 1).toUpperCase(Locale.ROOT).startsWith("IDENTITY")) {
            identity = true;
            i++;
          } else if (i + 1 < specs.size() && specs.get(i + 1).startsWith("(")) {
            generated = true;
            i++;
          }
          break;
        case "DEFAULT":
          if (i + 1 < specs.size()) {
            defaultValue = defaultOf(specs.get(++i));
          }
          break;
        case "AUTO_INCREMENT":
        case "AUTOINCREMENT":
        case "IDENTITY":
          identity = true;
          break;
        default:
          String upper = word.trim();
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
      }
    }
    if (identity && dialect != Dialect.MYSQL && dialect != Dialect.MARIADB) {
      // serial and identity columns are NOT NULL without saying so (PostgreSQL, H2, Oracle, SQL Server)
      notNull = true;
    }
    return new ColumnSpec(
        name, type, notNull, primaryKey, defaultValue, identity, generated, unique, checkName,
        checkExpression, references, enumValues, nullabilityStated || primaryKey);
  }

  /**
   * The default a {@code DEFAULT} clause leaves: none for {@code DEFAULT NULL} (PostgreSQL and
   * MySQL store no default then; a NULL cast gives inserts no value either), else the expression
   * as written.
   */
  static String defaultOf(String written) {
    if (written == null) {
      return null;
    }
    String t = written.strip();
    while (t.startsWith("(") && t.endsWith(")") && balanced(t.substring(1, t.length() - 1))) {
      t = t.substring(1, t.length() - 1).strip();
    }
    return NULL_DEFAULT.matcher(t).matches() ? null : written;
  }

  /** {@code NULL}, {@code NULL::varchar}, {@code CAST(NULL AS text)}: a default that gives NULL. */
  private static final java.util.regex.Pattern NULL_DEFAULT =
      java.util.regex.Pattern.compile("(?is)null(?:\\s*::.*)?|cast\\s*\\(\\s*null\\s+as\\s+[^)]*\\)");

  private static boolean isColumnKeyword(String word) {
    String upper = word.toUpperCase(Locale.ROOT);
    return upper.equals("NOT") || upper.equals("NULL") || upper.equals("DEFAULT") || upper.equals("CHECK")
        || upper.equals("UNIQUE") || upper.equals("PRIMARY") || upper.equals("CONSTRAINT");
  }

  private static String stripParentheses(String text) {
    String t = text.trim();
    while (t.startsWith("(") && t.endsWith(")") && balanced(t.substring(1, t.length() - 1))) {
      t = t.substring(1, t.length() - 1).trim();
    }
    return t;
  }

  private static boolean balanced(String text) {
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  static String unquote(String literal) {
    String t = literal.trim();
    if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
      return t.substring(1, t.length() - 1).replace("''", "'");
    }
    return t;
  }

  ColumnDef toColumn(SqlLocation at) {
    return new ColumnDef(
        name.name(), name.quoted(), type, !notNull, defaultValue, identity, at, at, enumValues, generated);
  }
}
