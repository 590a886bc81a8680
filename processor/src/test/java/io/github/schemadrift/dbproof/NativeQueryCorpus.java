package io.github.schemadrift.dbproof;

import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import io.github.schemadrift.nativesql.NativeSql;
import io.github.schemadrift.rules.Finding;
import io.github.schemadrift.rules.NativeQueryRule;
import io.github.schemadrift.rules.SqlTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The native-query corpus: its migrations, its queries (one a line in {@code queries.sql}), how to
 * run one on a real database, and how to break one of its names.
 */
final class NativeQueryCorpus {

  /** The entity name Spring Data would put for {@code #{#entityName}} in the corpus' repository. */
  static final String ENTITY_NAME = "customer";

  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):[A-Za-z_]\\w*|\\?\\d*");

  final Dialect dialect;
  final Path migrations;
  final List<String> queries;
  final SchemaModel schema;

  NativeQueryCorpus(String name, Dialect dialect) throws Exception {
    Path root = Paths.get(NativeQueryCorpus.class.getClassLoader().getResource("nativequery/" + name).toURI());
    this.dialect = dialect;
    this.migrations = root.resolve("db");
    this.queries = Files.readAllLines(root.resolve("queries.sql")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    this.schema = MigrationReplayer.replay(MigrationDiscovery.discover(List.of(migrations)).migrations(), dialect);
  }

  /** The rule's findings for one query. */
  List<Finding> check(String sql, String subject) {
    List<Finding> findings = new ArrayList<>();
    NativeSql nativeSql =
        new NativeSql(NativeSql.Kind.STATEMENT, sql, List.of(), ENTITY_NAME, subject, SourcePosition.NONE, subject, List.of());
    new NativeQueryRule().checkSql(List.of(nativeSql), schema, "test", findings::add);
    return findings;
  }

  /**
   * Runs a query as the database would receive it (placeholders as Spring Data and Hibernate
   * replace them, parameters bound to NULL) in a transaction that is rolled back. Returns the
   * SQLState of the failure, or null when it ran. A failure of class 23 (a NULL in a NOT NULL
   * column) or 22 (data) means the statement's names resolved.
   */
  static String execute(Connection db, String sql) throws SQLException {
    String text = withNullParameters(SqlTemplate.rewrite(sql, ENTITY_NAME));
    db.setAutoCommit(false);
    try (Statement statement = db.createStatement()) {
      statement.execute(text);
      return null;
    } catch (SQLException e) {
      return e.getSQLState() + " " + e.getMessage();
    } finally {
      db.rollback();
    }
  }

  /** Whether a failure says a name is unknown or the text is invalid (SQLState class 42). */
  static boolean nameOrSyntaxError(String failure) {
    return failure != null && failure.startsWith("42");
  }

  static String withNullParameters(String sql) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'') {
        int end = sql.indexOf('\'', i + 1);
        end = end < 0 ? sql.length() - 1 : end;
        out.append(sql, i, end + 1);
        i = end + 1;
        continue;
      }
      Matcher m = PARAMETER.matcher(sql).region(i, sql.length());
      if (m.lookingAt() && (i == 0 || sql.charAt(i - 1) != ':')) {
        out.append("NULL");
        i = m.end();
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Every column name of the schema, lower-cased. */
  Set<String> columnNames() {
    Set<String> names = new TreeSet<>();
    for (TableDef table : schema.tables().values()) {
      for (ColumnDef column : table.columns()) {
        names.add(column.name().toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  Set<String> tableNames() {
    Set<String> names = new TreeSet<>();
    schema.tables().values().forEach(t -> names.add(t.name().toLowerCase(Locale.ROOT)));
    return names;
  }

  /** A mutation: the query with one name broken, and the broken name. */
  record Mutation(String sql, String brokenName) {}

  /**
   * The query with the first word (outside strings, not a parameter, not a function call) that is
   * one of {@code names} given a {@code _x} suffix, or null when it has none.
   */
  static Mutation breakFirst(String sql, Set<String> names, int skip) {
    int seen = 0;
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int end = sql.indexOf(c, i + 1);
        i = end < 0 ? sql.length() : end + 1;
        continue;
      }
      Matcher m = WORD.matcher(sql).region(i, sql.length());
      if (Character.isLetter(c) || c == '_') {
        m.lookingAt();
        String word = m.group();
        int end = m.end();
        boolean parameter = i > 0 && (sql.charAt(i - 1) == ':' || sql.charAt(i - 1) == '#');
        boolean call = end < sql.length() && sql.charAt(end) == '(';
        if (!parameter && !call && names.contains(word.toLowerCase(Locale.ROOT)) && seen++ == skip) {
          return new Mutation(sql.substring(0, end) + "_x" + sql.substring(end), word + "_x");
        }
        i = end;
        continue;
      }
      i++;
    }
    return null;
  }
}
