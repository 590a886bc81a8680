package io.github.schemadrift.hibernateproof;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables, columns and sequences of a Hibernate-generated DDL script, read from its fixed
 * one-statement-per-line layout ({@code hibernate.format_sql=false}). Test-only: it reads what
 * Hibernate writes, nothing more.
 */
final class DdlSchema {

  /** One column as the DDL declares it; {@code length}, {@code precision}, {@code scale} null when the type has none. */
  record Column(String name, String type, boolean nullable, Integer length, Integer precision, Integer scale) {}

  record Table(String schema, String name, Map<String, Column> columns) {}

  record Sequence(String name, long start, long increment) {}

  final Map<String, Table> tables = new LinkedHashMap<>();
  final Map<String, Sequence> sequences = new LinkedHashMap<>();

  private static final Pattern CREATE_TABLE = Pattern.compile("(?is)^create table (\\S+|\"[^\"]+\"|\\S+\\.\"[^\"]+\") \\((.*)\\)$");
  private static final Pattern CREATE_SEQUENCE =
      Pattern.compile("(?i)^create sequence (\\S+) start with (-?\\d+) increment by (-?\\d+)$");
  private static final Pattern SIZED = Pattern.compile("(?i)^(varchar|char|character varying|character|varbinary|binary)\\((\\d+)\\)$");
  private static final Pattern NUMERIC = Pattern.compile("(?i)^(numeric|decimal)\\((\\d+)(?:,(\\d+))?\\)$");
  private static final List<String> STOP = List.of("not", "null", "default", "generated", "unique", "check", "primary");

  static DdlSchema parse(String script) {
    DdlSchema schema = new DdlSchema();
    for (String raw : script.split(";\\s*(\\R|$)")) {
      String statement = raw.strip();
      Matcher table = CREATE_TABLE.matcher(statement);
      Matcher sequence = CREATE_SEQUENCE.matcher(statement);
      if (table.matches()) {
        schema.table(table.group(1), table.group(2));
      } else if (sequence.matches()) {
        schema.sequences.put(sequence.group(1),
            new Sequence(sequence.group(1), Long.parseLong(sequence.group(2)), Long.parseLong(sequence.group(3))));
      }
    }
    return schema;
  }

  private void table(String qualified, String body) {
    String schemaName = null;
    String name = qualified;
    int dot = qualified.startsWith("\"") ? -1 : qualified.indexOf('.');
    if (dot > 0) {
      schemaName = qualified.substring(0, dot);
      name = qualified.substring(dot + 1);
    }
    List<String> parts = splitTopLevel(body);
    List<String> primaryKey = new ArrayList<>();
    Map<String, String[]> defs = new LinkedHashMap<>();
    for (String part : parts) {
      String p = part.strip();
      String lower = p.toLowerCase(Locale.ROOT);
      if (lower.startsWith("primary key")) {
        for (String c : p.substring(p.indexOf('(') + 1, p.lastIndexOf(')')).split(",")) {
          primaryKey.add(unquote(c.strip()));
        }
      } else if (lower.matches("(?s)(unique|check|constraint)\\b.*")) { // not a column named checksum
        continue;
      } else {
        defs.put(columnName(p), new String[] {p});
      }
    }
    Map<String, Column> columns = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> e : defs.entrySet()) {
      columns.put(e.getKey(), column(e.getKey(), e.getValue()[0], primaryKey.contains(e.getKey())));
    }
    tables.put(unquote(name), new Table(schemaName, unquote(name), columns));
  }

  private static String columnName(String def) {
    if (def.startsWith("\"")) {
      return def.substring(1, def.indexOf('"', 1));
    }
    return def.split("\\s+", 2)[0];
  }

  private static Column column(String name, String def, boolean inPrimaryKey) {
    String rest = def.startsWith("\"") ? def.substring(def.indexOf('"', 1) + 1).strip() : def.split("\\s+", 2)[1];
    StringBuilder type = new StringBuilder();
    int depth = 0;
    String[] tokens = rest.split("(?=[\\s(),])|(?<=[\\s(),])");
    int i = 0;
    for (; i < tokens.length; i++) {
      String t = tokens[i];
      if (depth == 0 && STOP.contains(t.toLowerCase(Locale.ROOT))) {
        break;
      }
      depth += t.equals("(") ? 1 : t.equals(")") ? -1 : 0;
      type.append(t);
    }
    String tail = String.join("", java.util.Arrays.asList(tokens).subList(i, tokens.length)).toLowerCase(Locale.ROOT);
    String typeText = type.toString().strip().replace(" (", "(");
    boolean notNull = inPrimaryKey || tail.contains("not null") || tail.startsWith("generated") || tail.contains(" generated ");
    Integer length = null;
    Integer precision = null;
    Integer scale = null;
    Matcher sized = SIZED.matcher(typeText);
    Matcher numeric = NUMERIC.matcher(typeText);
    if (sized.matches()) {
      length = Integer.parseInt(sized.group(2));
    } else if (numeric.matches()) {
      precision = Integer.parseInt(numeric.group(2));
      scale = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
    }
    return new Column(name, typeText, !notNull, length, precision, scale);
  }

  private static List<String> splitTopLevel(String body) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean inQuote = false;
    char quote = 0;
    StringBuilder current = new StringBuilder();
    for (char c : body.toCharArray()) {
      if (inQuote) {
        inQuote = c != quote;
      } else if (c == '\'' || c == '"') {
        inQuote = true;
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    parts.add(current.toString());
    return parts;
  }

  static String unquote(String name) {
    return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
  }
}
