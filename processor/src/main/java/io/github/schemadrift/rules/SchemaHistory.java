package io.github.schemadrift.rules;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.FlywayScriptSplitter;
import io.github.schemadrift.migration.MigrationFile;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.migration.SqlStatementText;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which migration dropped or renamed a table or column a native query still names. The replayed
 * schema keeps only what exists, so the migrations are read again, only when a name is missing:
 * their {@code DROP}, {@code RENAME} and MySQL {@code CHANGE} statements, by pattern. A name no
 * such statement touched gets no story.
 */
final class SchemaHistory {

  private static final String IDENT = "(\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\]|[\\w$]+(?:\\.[\\w$]+)*)";
  private static final Pattern ALTER = Pattern.compile("(?is)^\\s*ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?" + IDENT);
  private static final Pattern RENAME_COLUMN =
      Pattern.compile("(?is)\\bRENAME\\s+(?:COLUMN\\s+)?" + IDENT + "\\s+TO\\s+" + IDENT);
  private static final Pattern CHANGE_COLUMN = Pattern.compile("(?is)\\bCHANGE\\s+(?:COLUMN\\s+)?" + IDENT + "\\s+" + IDENT);
  private static final Pattern DROP_COLUMN =
      Pattern.compile("(?is)\\bDROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?" + IDENT);
  private static final Pattern RENAME_TABLE_TO = Pattern.compile("(?is)\\bRENAME\\s+TO\\s+" + IDENT);
  private static final Pattern RENAME_TABLE =
      Pattern.compile("(?is)^\\s*RENAME\\s+TABLE\\s+" + IDENT + "\\s+TO\\s+" + IDENT);
  private static final Pattern DROP_TABLE = Pattern.compile("(?is)^\\s*DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?" + IDENT);
  private static final Set<String> NOT_COLUMNS =
      Set.of("constraint", "primary", "index", "foreign", "key", "check", "default", "not", "unique", "partition",
          "identity", "expression", "column", "to", "if", "system");

  /** One change that took a name away: a drop (newName null) or a rename. */
  private record Change(boolean table, String tableName, String name, String newName, SqlLocation at) {}

  private final SchemaModel schema;
  private List<Change> changes;

  private SchemaHistory(SchemaModel schema) {
    this.schema = schema;
  }

  static SchemaHistory of(SchemaModel schema) {
    return new SchemaHistory(schema);
  }

  /** What happened to the missing name, in message words, if a migration dropped or renamed it. */
  Optional<String> fate(NameProblem problem) {
    Dialect dialect = schema.dialect();
    String wanted = dialect.key(problem.name(), false);
    boolean table = problem.kind() == NameProblem.Kind.TABLE;
    String tableName = problem.table() == null ? null : dialect.key(problem.table().name(), problem.table().quoted());
    Change last = null;
    for (Change change : changes()) {
      if (change.table() == table && dialect.key(change.name(), false).equals(wanted)
          && (table || tableName == null || dialect.key(lastPart(change.tableName()), false).equals(tableName))) {
        last = change;
      }
    }
    if (last == null) {
      return Optional.empty();
    }
    String kind = table ? "table" : "column";
    return Optional.of(last.newName() == null
        ? NativeQueryMessages.dropped(kind, last.name(), last.at().toString())
        : NativeQueryMessages.renamed(kind, last.name(), last.newName(), last.at().toString()));
  }

  private List<Change> changes() {
    if (changes == null) {
      changes = new ArrayList<>();
      for (MigrationFile migration : schema.migrations()) {
        read(migration);
      }
    }
    return changes;
  }

  private void read(MigrationFile migration) {
    String text;
    try {
      text = Files.readString(migration.path());
    } catch (IOException | RuntimeException e) {
      return; // the replay read it; a file gone since only loses the story
    }
    for (SqlStatementText statement : FlywayScriptSplitter.split(text, schema.dialect(), migration.displayName()).statements()) {
      statement(statement.sql(), new SqlLocation(migration.displayName(), statement.line()));
    }
  }

  private void statement(String sql, SqlLocation at) {
    Matcher m = DROP_TABLE.matcher(sql);
    if (m.find()) {
      changes.add(new Change(true, null, lastPart(unquote(m.group(1))), null, at));
      return;
    }
    m = RENAME_TABLE.matcher(sql);
    if (m.find()) {
      changes.add(new Change(true, null, lastPart(unquote(m.group(1))), lastPart(unquote(m.group(2))), at));
      return;
    }
    m = ALTER.matcher(sql);
    if (!m.find()) {
      return;
    }
    String table = unquote(m.group(1));
    String rest = sql.substring(m.end());
    Matcher toTable = RENAME_TABLE_TO.matcher(rest);
    if (toTable.find()) {
      changes.add(new Change(true, null, lastPart(table), lastPart(unquote(toTable.group(1))), at));
    }
    for (Matcher r = RENAME_COLUMN.matcher(rest); r.find(); ) {
      if (!r.group(1).equalsIgnoreCase("to")) {
        changes.add(new Change(false, table, unquote(r.group(1)), unquote(r.group(2)), at));
      }
    }
    for (Matcher c = CHANGE_COLUMN.matcher(rest); c.find(); ) {
      if (!unquote(c.group(1)).equalsIgnoreCase(unquote(c.group(2)))) {
        changes.add(new Change(false, table, unquote(c.group(1)), unquote(c.group(2)), at));
      }
    }
    for (Matcher d = DROP_COLUMN.matcher(rest); d.find(); ) {
      String name = unquote(d.group(1));
      if (!NOT_COLUMNS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        changes.add(new Change(false, table, name, null, at));
      }
    }
  }

  private static String unquote(String name) {
    SqlName parsed = SqlName.of(name);
    return parsed == null ? name : parsed.text();
  }

  private static String lastPart(String name) {
    if (name == null) {
      return "";
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }
}
