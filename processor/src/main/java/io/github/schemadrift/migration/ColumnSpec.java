package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
 * @param defaultStated whether the clause said DEFAULT, {@code DEFAULT NULL} included (Oracle's
 *     {@code MODIFY (x DEFAULT NULL)} clears the default)
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
    boolean nullabilityStated,
    boolean defaultStated) {

  private static final List<String> NOT_TYPES = List.of("null", "not", "default", "constraint", "check");

  /** Runs of white space, compiled once: String.replaceAll and split compile their pattern on each call. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
      List<String> words = new ArrayList<>(List.of(WHITESPACE.split(definition.getColDataType().toString().trim(), 2)));
      words.addAll(specs);
      specs = words;
      type = null;
    }
    ColumnWords words = new ColumnWords(specs, type != null && type.isSerial());
    words.read();
    // serial and identity columns are NOT NULL without saying so (PostgreSQL, H2, Oracle, SQL Server)
    boolean notNull = words.notNull || (words.identity && dialect != Dialect.MYSQL && dialect != Dialect.MARIADB);
    // PostgreSQL: a DEFAULT nextval(...) column is generated, as after ALTER COLUMN SET DEFAULT
    // nextval(...) (ColumnAlteration), but not NOT NULL unless it says so
    boolean identity = words.identity || (dialect == Dialect.POSTGRESQL && ColumnAlteration.drawsFromSequence(words.defaultValue));
    return new ColumnSpec(
        name, type, notNull, words.primaryKey, words.defaultValue, identity, words.generated, words.unique,
        words.checkName, words.checkExpression, words.references, enumValues, words.nullabilityStated || words.primaryKey,
        words.defaultStated);
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

  static boolean balanced(String text) {
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
