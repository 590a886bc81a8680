package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.sf.jsqlparser.schema.Table;

/**
 * Where names resolve during the replay: the home schema each migration starts in, the search
 * path, the schemas known to exist, and the look-up of a table, view, sequence or type by a
 * qualified or unqualified name.
 */
final class SchemaNames {

  private final Dialect dialect;
  private final ReplayState state;
  /** The dialect key of the schema each migration starts in, or null when unknown. */
  private String homeSchema;
  /** The schemas unqualified names are looked up in, in order; new tables go into the first that exists. */
  private List<String> searchPath = new ArrayList<>();
  /** The schemas known to exist: the home schema, Flyway's {@code schemas} and those created. */
  final Set<String> knownSchemas = new LinkedHashSet<>();
  /** The table a CREATE TABLE is building, which its own foreign keys may reference. */
  TableDef creating;

  SchemaNames(Dialect dialect, ReplayState state) {
    this.dialect = dialect;
    this.state = state;
  }

  /** Starts over in {@code schema} (null: the dialect's own default), with {@code schemas} known to exist. */
  void startIn(String schema, List<String> schemas) {
    String start = schema == null || schema.isBlank() ? dialect.defaultSchema() : schema;
    homeSchema = start == null ? null : SqlIdentifier.of(start).key(dialect);
    knownSchemas.clear();
    if (homeSchema != null) {
      knownSchemas.add(homeSchema);
    }
    schemas.stream().filter(n -> !n.isBlank()).forEach(n -> knownSchemas.add(SqlIdentifier.of(n).key(dialect)));
    resetSearchPath();
  }

  void resetSearchPath() {
    searchPath = new ArrayList<>();
    if (homeSchema != null) {
      searchPath.add(homeSchema);
    }
  }

  void searchPath(List<String> path) {
    searchPath = path;
  }

  String homeSchema() {
    return homeSchema;
  }

  /** The map key of an object named {@code nameKey} in {@code schema} (dialect keys). */
  String mapKey(String schema, String nameKey) {
    return SchemaModel.tableKey(homeSchema, schema, nameKey);
  }

  /** The schema an unqualified CREATE puts its table in: the first search-path entry that exists. */
  String creationSchema() {
    return searchPath.stream()
        .filter(s -> knownSchemas.contains(s) || state.tables.values().stream().anyMatch(t -> s.equals(t.schema())))
        .findFirst()
        .orElse(searchPath.isEmpty() ? null : searchPath.get(0));
  }

  /** The schema a CREATE puts a name in: its qualifier, else the first search-path entry that exists. */
  String schemaOrCreation(String qualifiedName) {
    String qualifier = schemaKeyOf(qualifiedName);
    return qualifier != null ? qualifier : creationSchema();
  }

  /** The map key of the existing table a parsed name resolves to, or null. */
  String find(Table table) {
    return find(qualified(table));
  }

  static String qualified(Table table) {
    return table.getSchemaName() == null ? table.getName() : table.getSchemaName() + "." + table.getName();
  }

  /**
   * The map key of the existing table a name, qualified or not, resolves to, or null. A qualified
   * name is looked up in its schema; an unqualified one through the search path. When that finds
   * none, the only table of the name is taken, unless the name is qualified with a schema the
   * migrations or Flyway's settings declare (then only a table whose schema the replay could not
   * know): a replay that knows less than the database (a schema set outside the files read) must
   * not report statements the database runs.
   */
  String find(String qualifiedName) {
    return find(state.tables, TableDef::schema, t -> dialect.key(t.name(), t.quoted()), qualifiedName);
  }

  /** As {@link #find(String)}, for a view. */
  String findView(String qualifiedName) {
    return find(state.views, ViewDef::schema, v -> dialect.key(v.name(), v.quoted()), qualifiedName);
  }

  /** As {@link #find(String)}, for an enum type. */
  String findType(String qualifiedName) {
    return find(state.enumTypes, EnumTypeDef::schema, t -> dialect.key(t.name(), t.quoted()), qualifiedName);
  }

  /** As {@link #find(String)}, for a sequence. */
  String findSequence(String qualifiedName) {
    return find(state.sequences, SequenceDef::schema, q -> dialect.key(q.name(), q.quoted()), qualifiedName);
  }

  private <T> String find(
      Map<String, T> objects, Function<T, String> schemaOf, Function<T, String> nameKeyOf, String qualifiedName) {
    String nameKey = key(qualifiedName);
    String schema = schemaKeyOf(qualifiedName);
    List<String> schemas = schema != null ? List.of(schema) : searchPath;
    for (String s : schemas) {
      String k = mapKey(s, nameKey);
      if (objects.containsKey(k)) {
        return k;
      }
    }
    if (schemas.isEmpty() && objects.containsKey(nameKey)) {
      return nameKey;
    }
    String only = null;
    for (Map.Entry<String, T> e : objects.entrySet()) {
      T t = e.getValue();
      if (nameKeyOf.apply(t).equals(nameKey)
          && (schema == null || schemaOf.apply(t) == null || !knownSchemas.contains(schema))) {
        if (only != null) {
          return null;
        }
        only = e.getKey();
      }
    }
    return only;
  }

  /**
   * The schema a foreign key's referenced table lies in: for a qualified reference, its schema
   * when the migrations or Flyway's settings declare it (else the table the name falls back to,
   * as for any qualified name); for an unqualified one, the table being created when it names
   * itself, else the table the name resolves to, else where a new table would be created.
   */
  String referencedSchema(String schema, String table) {
    String nameKey = key(table);
    boolean self = creating != null && dialect.key(creating.name(), creating.quoted()).equals(nameKey);
    if (schema != null) {
      String qualifier = schemaKey(schema);
      if (knownSchemas.contains(qualifier) || (self && qualifier.equals(creating.schema()))) {
        return qualifier;
      }
      String found = find(schema + "." + table);
      return found != null ? state.tables.get(found).schema() : qualifier;
    }
    if (self) {
      return creating.schema();
    }
    String found = find(table);
    return found != null ? state.tables.get(found).schema() : creationSchema();
  }

  /** The dialect key of a dotted name's last part. */
  String key(String qualifiedName) {
    return SqlIdentifier.of(stripSchema(qualifiedName)).key(dialect);
  }

  String schemaKey(String schemaName) {
    return SqlIdentifier.of(stripSchema(schemaName)).key(dialect);
  }

  /** The dialect key of a dotted name's schema part, or null when it has none. */
  String schemaKeyOf(String qualifiedName) {
    int dot = lastDotOutsideQuotes(qualifiedName);
    return dot < 0 ? null : schemaKey(qualifiedName.substring(0, dot));
  }

  /** The dialect keys of a comma-separated list of names. */
  List<String> splitNames(String list) {
    List<String> names = new ArrayList<>();
    for (String part : list.split(",")) {
      names.add(SqlIdentifier.of(part.trim()).key(dialect));
    }
    return names;
  }

  /** The last part of a dotted name, dots inside quotes kept. */
  static String stripSchema(String name) {
    int dot = lastDotOutsideQuotes(name);
    return dot < 0 ? name.trim() : name.substring(dot + 1).trim();
  }

  private static int lastDotOutsideQuotes(String name) {
    char quote = 0;
    int last = -1;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (quote != 0) {
        if (c == quote || (quote == '[' && c == ']')) {
          quote = 0;
        }
      } else if (c == '"' || c == '`' || c == '[') {
        quote = c;
      } else if (c == '.') {
        last = i;
      }
    }
    return last;
  }
}
