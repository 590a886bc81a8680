package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema family: statements that change where names resolve ({@code SET search_path}, {@code
 * SET SCHEMA}, {@code USE}, {@code CREATE SCHEMA}) and statements that change a whole schema or
 * move an object between schemas ({@code DROP SCHEMA}, {@code ALTER SCHEMA ... RENAME TO}, SQL
 * Server's {@code TRANSFER}, PostgreSQL's {@code ALTER ... SET SCHEMA}). JSqlParser reads none of
 * them reliably, so they are recognised by their words.
 */
final class SchemaStatementReplay {

  /** {@code SET search_path TO a, b} (PostgreSQL), with {@code SET SESSION}/{@code SET LOCAL}. */
  private static final Pattern SEARCH_PATH =
      Pattern.compile("(?is)^set\\s+(?:session\\s+|local\\s+)?search_path\\s*(?:to|=)\\s*(.+?)\\s*;*\\s*$");

  /** {@code SET SCHEMA x} (H2, PostgreSQL) and Oracle's {@code ALTER SESSION SET CURRENT_SCHEMA = x}. */
  private static final Pattern SET_SCHEMA =
      Pattern.compile("(?is)^(?:set\\s+schema\\s+|alter\\s+session\\s+set\\s+current_schema\\s*=\\s*)(\\S+?)\\s*;*\\s*$");

  /** {@code USE db} (MySQL, MariaDB). */
  private static final Pattern USE = Pattern.compile("(?is)^use\\s+(\\S+?)\\s*;*\\s*$");

  /** {@code CREATE SCHEMA [IF NOT EXISTS] x} and {@code CREATE SCHEMA AUTHORIZATION x}. */
  private static final Pattern CREATE_SCHEMA =
      Pattern.compile("(?is)^create\\s+schema\\s+(?:if\\s+not\\s+exists\\s+)?(?:authorization\\s+)?(\"[^\"]+\"|`[^`]+`|\\[[^\\]]+]|[^\\s;]+)");

  /** {@code DROP SCHEMA [IF EXISTS] a, b [CASCADE | RESTRICT]}; MySQL's {@code DROP DATABASE} too. */
  private static final Pattern DROP_SCHEMA =
      Pattern.compile("(?is)^drop\\s+(schema|database)\\s+(?:if\\s+exists\\s+)?(.+?)(?:\\s+(cascade|restrict))?\\s*;*\\s*$");

  /** {@code ALTER SCHEMA a RENAME TO b} (PostgreSQL, H2). */
  private static final Pattern RENAME_SCHEMA =
      Pattern.compile("(?is)^alter\\s+schema\\s+(\\S+)\\s+rename\\s+to\\s+(\\S+?)\\s*;*\\s*$");

  /** SQL Server's {@code ALTER SCHEMA s TRANSFER [OBJECT::]dbo.t}. */
  private static final Pattern TRANSFER =
      Pattern.compile("(?is)^alter\\s+schema\\s+(\\S+)\\s+transfer\\s+(?:object\\s*::\\s*)?(\\S+?)\\s*;*\\s*$");

  /** PostgreSQL's {@code ALTER TABLE|VIEW|SEQUENCE|TYPE x SET SCHEMA s}. */
  private static final Pattern SET_OBJECT_SCHEMA =
      Pattern.compile(
          "(?is)^alter\\s+(table|view|sequence|type)\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?(\\S+)\\s+set\\s+schema\\s+(\\S+?)\\s*;*\\s*$");

  private final Dialect dialect;
  private final ReplayState state;
  private final SchemaNames names;
  private final boolean mySql;

  SchemaStatementReplay(Dialect dialect, ReplayState state, SchemaNames names) {
    this.dialect = dialect;
    this.state = state;
    this.names = names;
    this.mySql = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
  }

  /** Replays {@code ALTER TABLE|VIEW|SEQUENCE|TYPE x SET SCHEMA s}; false for any other statement. */
  boolean replayObjectMove(String statement, SqlLocation at) {
    if (!statement.regionMatches(true, 0, "ALTER", 0, 5) || !SqlTokens.mayContain(statement, "SCHEMA")) {
      return false; // most statements: no need for the pattern's backtracking over the object name
    }
    Matcher move = SET_OBJECT_SCHEMA.matcher(statement);
    if (!move.matches()) {
      return false;
    }
    setObjectSchema(move.group(1).toUpperCase(Locale.ROOT), move.group(2), move.group(3), at);
    return true;
  }

  /**
   * Follows a statement that changes where unqualified names resolve: {@code SET search_path},
   * {@code SET SCHEMA}, {@code ALTER SESSION SET CURRENT_SCHEMA}, {@code USE db}; and records
   * {@code CREATE SCHEMA}. Each still counts as ignored: none changes a table.
   */
  void changeSchema(String statement) {
    Matcher m = SEARCH_PATH.matcher(statement);
    if (m.matches()) {
      setSearchPath(m.group(1));
      return;
    }
    m = SET_SCHEMA.matcher(statement);
    if (m.matches() && !mySql) {
      String name = m.group(1);
      if (name.startsWith("'") && name.endsWith("'") && name.length() >= 2) {
        name = name.substring(1, name.length() - 1);
      }
      names.searchPath(new ArrayList<>(List.of(SqlIdentifier.of(name).key(dialect))));
      return;
    }
    m = USE.matcher(statement);
    if (m.matches() && mySql) {
      String db = SqlIdentifier.of(m.group(1)).key(dialect);
      names.knownSchemas.add(db);
      names.searchPath(new ArrayList<>(List.of(db)));
      return;
    }
    m = CREATE_SCHEMA.matcher(statement);
    if (m.lookingAt()) {
      names.knownSchemas.add(SqlIdentifier.of(m.group(1)).key(dialect));
    }
  }

  private void setSearchPath(String entries) {
    List<String> path = new ArrayList<>();
    for (String entry : entries.split(",")) {
      String e = entry.strip();
      if (e.startsWith("'") && e.endsWith("'") && e.length() >= 2) {
        e = e.substring(1, e.length() - 1).strip();
      }
      if (e.equalsIgnoreCase("default")) {
        names.resetSearchPath();
        return;
      }
      if (!e.isEmpty() && !e.equals("\"$user\"") && !e.equals("$user")) {
        path.add(SqlIdentifier.of(e).key(dialect));
      }
    }
    names.searchPath(path);
  }

  /**
   * Replays a statement that changes a whole schema: {@code DROP SCHEMA} (with {@code CASCADE}
   * its tables, views, sequences and types go too; MySQL's {@code DROP SCHEMA}/{@code DROP
   * DATABASE} always drops them), {@code ALTER SCHEMA a RENAME TO b} and SQL Server's
   * {@code ALTER SCHEMA s TRANSFER t}. Returns false for any other statement.
   */
  boolean replaySchemaStatement(String statement, SqlLocation at) {
    Matcher m = DROP_SCHEMA.matcher(statement);
    if (m.matches() && (mySql || m.group(1).equalsIgnoreCase("schema"))) {
      dropSchemas(m.group(2), mySql || (m.group(3) != null && m.group(3).equalsIgnoreCase("cascade")), at);
      return true;
    }
    m = RENAME_SCHEMA.matcher(statement);
    if (m.matches()) {
      renameSchema(SqlIdentifier.of(m.group(1)).key(dialect), SqlIdentifier.of(m.group(2)).key(dialect));
      state.replayed();
      return true;
    }
    m = TRANSFER.matcher(statement);
    if (m.matches()) {
      setObjectSchema("TABLE", m.group(2), m.group(1), at);
      return true;
    }
    return false;
  }

  private void dropSchemas(String list, boolean cascade, SqlLocation at) {
    for (String name : list.split(",")) {
      String schema = SqlIdentifier.of(name.strip()).key(dialect);
      List<String> held = objectsIn(schema);
      if (!cascade && !held.isEmpty()) {
        state.unsupported(at, "DROP SCHEMA names schema '" + schema + "', which still holds " + held.get(0)
            + "; the database refuses it without CASCADE", null);
        return;
      }
      state.tables.values().removeIf(t -> schema.equals(t.schema()));
      state.views.values().removeIf(v -> schema.equals(v.schema()));
      state.sequences.values().removeIf(q -> schema.equals(q.schema()));
      state.enumTypes.values().removeIf(t -> schema.equals(t.schema()));
      names.knownSchemas.remove(schema);
    }
    state.replayed();
  }

  /** What a schema still holds, described for a message ({@code table 'orders'}), in creation order. */
  private List<String> objectsIn(String schema) {
    List<String> held = new ArrayList<>();
    state.tables.values().stream().filter(t -> schema.equals(t.schema())).forEach(t -> held.add("table '" + t.name() + "'"));
    state.views.values().stream().filter(v -> schema.equals(v.schema())).forEach(v -> held.add("view '" + v.name() + "'"));
    state.sequences.values().stream().filter(q -> schema.equals(q.schema())).forEach(q -> held.add("sequence '" + q.name() + "'"));
    state.enumTypes.values().stream().filter(t -> schema.equals(t.schema())).forEach(t -> held.add("type '" + t.name() + "'"));
    return held;
  }

  /** Moves everything in schema {@code from} to schema {@code to} (dialect keys). */
  private void renameSchema(String from, String to) {
    for (TableDef table : List.copyOf(state.tables.values())) {
      if (from.equals(table.schema())) {
        String nameKey = dialect.key(table.name(), table.quoted());
        state.tables.remove(names.mapKey(from, nameKey));
        state.tables.put(names.mapKey(to, nameKey), table.renamed(to, table.name(), table.quoted()));
      }
    }
    for (TableDef table : List.copyOf(state.tables.values())) {
      if (to.equals(table.schema())) {
        String nameKey = dialect.key(table.name(), table.quoted());
        state.retargetForeignKeys(from, nameKey, to, nameKey);
      }
    }
    rekey(state.views, ViewDef::schema, v -> dialect.key(v.name(), v.quoted()), from, to, v -> v.inSchema(to));
    rekey(state.sequences, SequenceDef::schema, q -> dialect.key(q.name(), q.quoted()), from, to, q -> q.inSchema(to));
    rekey(state.enumTypes, EnumTypeDef::schema, t -> dialect.key(t.name(), t.quoted()), from, to, t -> t.inSchema(to));
    if (names.knownSchemas.remove(from)) {
      names.knownSchemas.add(to);
    }
  }

  private <T> void rekey(
      Map<String, T> objects, Function<T, String> schemaOf, Function<T, String> nameKeyOf,
      String from, String to, UnaryOperator<T> moved) {
    for (T object : List.copyOf(objects.values())) {
      if (from.equals(schemaOf.apply(object))) {
        objects.remove(names.mapKey(from, nameKeyOf.apply(object)));
        objects.put(names.mapKey(to, nameKeyOf.apply(object)), moved.apply(object));
      }
    }
  }

  /** {@code ALTER TABLE|VIEW|SEQUENCE|TYPE x SET SCHEMA s} (and SQL Server's TRANSFER): moves one object. */
  private void setObjectSchema(String kind, String name, String schemaName, SqlLocation at) {
    String to = names.schemaKey(schemaName);
    switch (kind) {
      case "TABLE" -> {
        if (!moveTable(name, to, at)) {
          return;
        }
      }
      case "VIEW" -> {
        if (!moveOne(state.views, names.findView(name), v -> v.inSchema(to), v -> dialect.key(v.name(), v.quoted()), to)) {
          notMoved("view", name, at);
        }
      }
      // a sequence behind an identity column is not recorded, so an unknown one is normal
      case "SEQUENCE" -> moveOne(state.sequences, names.findSequence(name), q -> q.inSchema(to),
          q -> dialect.key(q.name(), q.quoted()), to);
      default -> {
        if (!moveOne(state.enumTypes, names.findType(name), t -> t.inSchema(to), t -> dialect.key(t.name(), t.quoted()), to)) {
          notMoved("type", name, at);
        }
      }
    }
    state.replayed();
  }

  private boolean moveTable(String name, String to, SqlLocation at) {
    String found = names.find(name);
    TableDef table = found == null ? null : state.tables.remove(found);
    if (table == null) {
      state.unsupported(at, "ALTER TABLE ... SET SCHEMA names table '" + SqlIdentifier.of(SchemaNames.stripSchema(name)).name()
          + "', which no earlier migration created", names.key(name));
      return false;
    }
    String nameKey = dialect.key(table.name(), table.quoted());
    state.tables.put(names.mapKey(to, nameKey), table.renamed(to, table.name(), table.quoted()));
    state.retargetForeignKeys(table.schema(), nameKey, to, nameKey);
    return true;
  }

  /** Moves the object under {@code key} into schema {@code to}; false when there is none. */
  private <T> boolean moveOne(
      Map<String, T> objects, String key, UnaryOperator<T> moved, Function<T, String> nameKeyOf, String to) {
    T object = key == null ? null : objects.remove(key);
    if (object != null) {
      objects.put(names.mapKey(to, nameKeyOf.apply(object)), moved.apply(object));
    }
    return object != null;
  }

  /** A view or type that a {@code SET SCHEMA} names but no earlier migration created: said, not skipped. */
  private void notMoved(String kind, String name, SqlLocation at) {
    state.notes.add("ALTER " + kind.toUpperCase(Locale.ROOT) + " ... SET SCHEMA at " + at + " names " + kind + " '"
        + SqlIdentifier.of(SchemaNames.stripSchema(name)).name() + "', which no earlier migration created, so nothing was moved;"
        + " entities that map it are checked against where the migrations left it");
  }
}
