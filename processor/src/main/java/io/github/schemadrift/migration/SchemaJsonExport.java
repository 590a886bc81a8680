package io.github.schemadrift.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the replayed schema as deterministic JSON (the {@code schemadrift.schemaExport} option):
 * relations sorted by key, columns in table order, two-space indentation, and for every column the
 * {@code file:line} of the statement that last changed it. A small hand-written writer keeps the
 * processor free of a JSON dependency.
 */
public final class SchemaJsonExport {

  private final StringBuilder out = new StringBuilder();
  private int depth;
  private boolean first = true;

  private SchemaJsonExport() {}

  /** Writes the schema to a file, creating its parent folders. */
  public static void write(SchemaModel schema, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, toJson(schema), StandardCharsets.UTF_8);
  }

  public static String toJson(SchemaModel schema) {
    SchemaJsonExport w = new SchemaJsonExport();
    w.open('{');
    w.field("dialect", schema.dialect().optionValue());
    w.key("tables");
    w.open('{');
    for (Map.Entry<String, TableDef> e : new TreeMap<>(schema.tables()).entrySet()) {
      w.key(e.getKey());
      w.table(e.getValue());
    }
    w.close('}');
    w.views(schema);
    w.sequences(schema);
    w.enumTypes(schema);
    w.key("stats");
    w.open('{');
    w.number("replayed", (long) schema.stats().replayed());
    w.number("ignored", (long) schema.stats().ignored());
    w.number("notUnderstood", (long) schema.stats().notUnderstood());
    w.close('}');
    w.close('}');
    w.out.append('\n');
    return w.out.toString();
  }

  private void table(TableDef t) {
    open('{');
    field("schema", t.schema());
    field("name", t.name());
    field("createdAt", String.valueOf(t.createdAt()));
    key("columns");
    open('[');
    for (ColumnDef c : t.columns()) {
      column(c);
    }
    close(']');
    strings("primaryKey", t.primaryKey());
    key("uniques");
    open('[');
    for (UniqueDef u : t.uniques()) {
      element();
      open('{');
      field("name", u.name());
      strings("columns", u.columns());
      bool("index", u.index());
      close('}');
    }
    close(']');
    keysChecksAndIndexes(t);
    close('}');
  }

  private void views(SchemaModel schema) {
    key("views");
    open('{');
    for (Map.Entry<String, ViewDef> e : new TreeMap<>(schema.views()).entrySet()) {
      ViewDef v = e.getValue();
      key(e.getKey());
      open('{');
      field("schema", v.schema());
      field("name", v.name());
      strings("columns", v.columns());
      field("createdAt", String.valueOf(v.createdAt()));
      close('}');
    }
    close('}');
  }

  private void sequences(SchemaModel schema) {
    key("sequences");
    open('{');
    for (Map.Entry<String, SequenceDef> e : new TreeMap<>(schema.sequences()).entrySet()) {
      SequenceDef s = e.getValue();
      key(e.getKey());
      open('{');
      field("schema", s.schema());
      field("name", s.name());
      number("start", s.start());
      number("increment", s.increment());
      field("lastChanged", String.valueOf(s.lastChanged()));
      close('}');
    }
    close('}');
  }

  private void enumTypes(SchemaModel schema) {
    key("enumTypes");
    open('{');
    for (Map.Entry<String, EnumTypeDef> e : new TreeMap<>(schema.enumTypes()).entrySet()) {
      EnumTypeDef t = e.getValue();
      key(e.getKey());
      open('{');
      field("schema", t.schema());
      field("name", t.name());
      strings("values", t.values());
      field("lastChanged", String.valueOf(t.lastChanged()));
      close('}');
    }
    close('}');
  }

  private void column(ColumnDef c) {
    element();
    open('{');
    field("name", c.name());
    field("type", c.type() == null ? null : c.type().renderExact());
    bool("nullable", c.nullable());
    field("default", c.defaultValue());
    bool("identity", c.identity());
    if (c.generated()) {
      bool("generated", true);
    }
    if (!c.enumValues().isEmpty()) {
      strings("enumValues", c.enumValues());
    }
    field("lastChanged", String.valueOf(c.lastChanged()));
    close('}');
  }

  /** The foreign keys, checks and indexes of a table. */
  private void keysChecksAndIndexes(TableDef t) {
    key("foreignKeys");
    open('[');
    for (ForeignKeyDef f : t.foreignKeys()) {
      element();
      open('{');
      field("name", f.name());
      strings("columns", f.columns());
      field("referencedTable", f.referencedTable());
      strings("referencedColumns", f.referencedColumns());
      field("onDelete", f.onDelete());
      close('}');
    }
    close(']');
    key("checks");
    open('[');
    for (CheckDef c : t.checks()) {
      element();
      open('{');
      field("name", c.name());
      field("expression", c.expression());
      if (c.column() != null) {
        field("column", c.column());
        strings("allowedValues", c.allowedValues());
      }
      close('}');
    }
    close(']');
    key("indexes");
    open('[');
    for (IndexDef i : t.indexes()) {
      element();
      open('{');
      field("name", i.name());
      strings("columns", i.columns());
      bool("unique", i.unique());
      close('}');
    }
    close(']');
  }

  private void open(char bracket) {
    out.append(bracket);
    depth++;
    first = true;
  }

  private void close(char bracket) {
    depth--;
    if (!first) {
      newline();
    }
    out.append(bracket);
    first = false;
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(depth));
  }

  private void element() {
    if (!first) {
      out.append(',');
    }
    newline();
    first = true;
  }

  private void key(String name) {
    if (!first) {
      out.append(',');
    }
    newline();
    string(name);
    out.append(": ");
    first = true;
  }

  private void field(String name, String value) {
    key(name);
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    first = false;
  }

  private void bool(String name, boolean value) {
    key(name);
    out.append(value);
    first = false;
  }

  private void number(String name, Long value) {
    key(name);
    out.append(value == null ? "null" : value.toString());
    first = false;
  }

  private void strings(String name, List<String> values) {
    key(name);
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      string(values.get(i));
    }
    out.append(']');
    first = false;
  }

  private void string(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
