package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.create.table.CheckConstraint;
import net.sf.jsqlparser.statement.create.table.DefaultConstraint;
import net.sf.jsqlparser.statement.create.table.ExcludeConstraint;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * Reads JSqlParser's constraint and index objects (table-level ones in CREATE TABLE, ADD CONSTRAINT
 * in ALTER TABLE, inline ones in a column definition) into the replayed table.
 */
final class ConstraintReader {

  private static final Pattern REFERENCES =
      Pattern.compile(
          "(?is)REFERENCES\\s+([^\\s(]+)\\s*(?:\\(([^)]*)\\))?(?:.*?\\bON\\s+DELETE\\s+(SET\\s+NULL|SET\\s+DEFAULT|NO\\s+ACTION|CASCADE|RESTRICT))?.*");

  /** An index part's sort order, and MySQL's prefix length ({@code name(191)}), after the column. */
  private static final Pattern ORDER_SUFFIX = Pattern.compile("(?i)\\s+(ASC|DESC)(\\s+NULLS\\s+(FIRST|LAST))?$");
  private static final Pattern PREFIX_LENGTH = Pattern.compile("(?i)\\s*\\(\\s*\\d+\\s*\\)$");
  private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$#@]*|\"[^\"]+\"|`[^`]+`|\\[[^]]+]");

  /** Runs of white space, compiled once: String.replaceAll and split compile their pattern on each call. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Dialect dialect;
  private final ReferencedSchema referencedSchema;

  /**
   * The schema a foreign key's referenced table lies in, as a dialect key (null: unknown), given
   * the reference's qualifier as written (null when unqualified) and its table name as written.
   */
  @FunctionalInterface
  interface ReferencedSchema {
    String of(String schema, String table);
  }

  ConstraintReader(Dialect dialect) {
    this(dialect, (schema, table) -> schema == null ? null : SqlIdentifier.of(schema).key(dialect));
  }

  ConstraintReader(Dialect dialect, ReferencedSchema referencedSchema) {
    this.dialect = dialect;
    this.referencedSchema = referencedSchema;
  }

  /** A column reference as a dialect key; an index part that is an expression keeps its text. */
  String key(String raw) {
    String t = ORDER_SUFFIX.matcher(raw.trim()).replaceAll("");
    t = PREFIX_LENGTH.matcher(t).replaceAll(""); // MySQL prefix length: name(191)
    if (PLAIN_NAME.matcher(t).matches()) {
      return SqlIdentifier.of(t).key(dialect);
    }
    return t;
  }

  List<String> keys(List<String> raw) {
    return raw == null ? List.of() : raw.stream().map(this::key).toList();
  }

  /**
   * Adds a table-level constraint or index, or returns empty when the element is of a kind this
   * engine does not model.
   */
  Optional<TableDef> add(TableDef table, Index index, SqlLocation at) {
    String name = index.getName() == null || index.getName().isBlank()
        ? indexNameFromText(index) : UnnamedChecks.written(SqlIdentifier.of(index.getName()).name());
    if (index instanceof ForeignKeyIndex fk) {
      String onDelete = fk.getOnDeleteReferenceOption();
      ForeignKeyDef def =
          new ForeignKeyDef(
              name,
              keys(fk.getColumnsNames()),
              SqlIdentifier.of(fk.getTable().getName()).key(dialect),
              keys(fk.getReferencedColumnNames()),
              onDelete == null ? null : WHITESPACE.matcher(onDelete.toUpperCase(Locale.ROOT)).replaceAll(" "),
              at,
              referencedSchema.of(fk.getTable().getSchemaName(), fk.getTable().getName()));
      TableDef result = withForeignKey(table, implicitName(table, def));
      if ((dialect == Dialect.MYSQL || dialect == Dialect.MARIADB) && name != null
          && result.indexes().stream().noneMatch(i -> startsWith(i.columns(), def.columns()))) {
        // InnoDB creates an index named after the constraint when no index covers its columns
        result = withIndex(result, new IndexDef(name, def.columns(), false, at));
      }
      return Optional.of(result);
    }
    if (index instanceof CheckConstraint check) {
      CheckDef def = check(name, check.getExpression(), at);
      return Optional.of(withCheck(table, name != null ? def : ImplicitNames.check(dialect, table, def, null)));
    }
    if (index instanceof DefaultConstraint defaults) {
      // SQL Server: ADD CONSTRAINT DF_x DEFAULT (0) FOR col
      String column = defaults.getColumn() != null ? defaults.getColumn().getColumnName()
          : defaults.getColumnsNames() == null || defaults.getColumnsNames().isEmpty() ? null : defaults.getColumnsNames().get(0);
      if (column == null) {
        return Optional.empty();
      }
      SqlIdentifier id = SqlIdentifier.of(column);
      return table.column(dialect, id.name(), id.quoted())
          .map(c -> table.replaceColumn(c, c.withDefault(ColumnSpec.defaultOf(defaults.getExpression().toString()), at)));
    }
    if (index instanceof ExcludeConstraint) {
      return Optional.of(table);
    }
    String type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT).trim();
    List<String> columns = keys(index.getColumnsNames());
    if (type.equals("PRIMARY KEY")) {
      return Optional.of(table.withPrimaryKey(columns, name));
    }
    if (type.startsWith("UNIQUE")) {
      String unique = name != null ? name
          : dialect == Dialect.POSTGRESQL ? postgresName(table, columns, "key") : ImplicitNames.mySqlIndex(dialect, table, columns);
      return Optional.of(withUnique(table, new UniqueDef(unique, columns, false, at)));
    }
    if (type.isEmpty() || type.equals("KEY") || type.equals("INDEX") || type.startsWith("FULLTEXT") || type.startsWith("SPATIAL")) {
      String indexName = name != null ? name : ImplicitNames.mySqlIndex(dialect, table, columns);
      return Optional.of(withIndex(table, new IndexDef(indexName, columns, false, at)));
    }
    return Optional.empty();
  }

  private static boolean startsWith(List<String> columns, List<String> prefix) {
    return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
  }

  /** Applies a column's inline UNIQUE, CHECK and REFERENCES. */
  TableDef addInline(TableDef table, ColumnSpec spec, SqlLocation at) {
    TableDef result = table;
    String column = spec.name().key(dialect);
    if (spec.unique() && !spec.primaryKey()) {
      // MySQL names the index of an inline UNIQUE after its column, PostgreSQL <table>_<column>_key
      String name = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB ? ImplicitNames.mySqlIndex(dialect, result, List.of(spec.name().name()))
          : dialect == Dialect.POSTGRESQL ? postgresName(result, List.of(column), "key") : null;
      result = withUnique(result, new UniqueDef(name, List.of(column), false, at));
    }
    if (spec.checkExpression() != null) {
      Expression expression = parseExpression(spec.checkExpression());
      CheckDef def = expression != null
          ? check(spec.checkName(), expression, at)
          : new CheckDef(spec.checkName(), spec.checkExpression(), null, List.of(), at);
      result = withCheck(result, def.name() != null ? def : ImplicitNames.check(dialect, result, def, column));
    }
    if (spec.references() != null) {
      Matcher m = REFERENCES.matcher(spec.references());
      if (m.matches()) {
        String referenced = m.group(1);
        int dot = referenced.lastIndexOf('.');
        String tableName = dot < 0 ? referenced : referenced.substring(dot + 1);
        String schemaName = dot < 0 ? null : referenced.substring(0, dot);
        int schemaDot = schemaName == null ? -1 : schemaName.lastIndexOf('.');
        schemaName = schemaDot < 0 ? schemaName : schemaName.substring(schemaDot + 1); // db.schema.table
        List<String> referencedColumns =
            m.group(2) == null ? List.of() : keys(List.of(m.group(2).split(",")));
        String onDelete = m.group(3) == null ? null : WHITESPACE.matcher(m.group(3).toUpperCase(Locale.ROOT)).replaceAll(" ");
        result =
            withForeignKey(
                result,
                implicitName(
                    result,
                    new ForeignKeyDef(
                        null, List.of(column), SqlIdentifier.of(tableName).key(dialect), referencedColumns, onDelete, at,
                        referencedSchema.of(schemaName, tableName))));
      }
    }
    return result;
  }

  /** A check, with its IN-list read when it restricts one column to string literals. */
  CheckDef check(String name, Expression expression, SqlLocation at) {
    String text = expression == null ? "" : expression.toString();
    List<String> values = new ArrayList<>();
    String column = inListColumn(expression, values);
    return new CheckDef(name, text, column, column == null ? List.of() : values, at);
  }

  private String inListColumn(Expression expression, List<String> values) {
    Expression e = unwrap(expression);
    if (e instanceof InExpression in && !in.isNot() && unwrap(in.getLeftExpression()) instanceof Column c) {
      if (in.getRightExpression() instanceof ExpressionList<?> list) {
        for (Object item : list) {
          if (!(unwrap((Expression) item) instanceof StringValue s)) {
            return null;
          }
          values.add(s.getValue().replace("''", "'"));
        }
        return SqlIdentifier.of(c.getColumnName()).key(dialect);
      }
      return null;
    }
    if (e instanceof OrExpression or) {
      List<String> left = new ArrayList<>();
      List<String> right = new ArrayList<>();
      String a = inListColumn(or.getLeftExpression(), left);
      String b = inListColumn(or.getRightExpression(), right);
      if (a != null && a.equals(b)) {
        values.addAll(left);
        values.addAll(right);
        return a;
      }
      return null;
    }
    if (e instanceof EqualsTo eq && unwrap(eq.getLeftExpression()) instanceof Column c
        && unwrap(eq.getRightExpression()) instanceof StringValue s) {
      values.add(s.getValue().replace("''", "'"));
      return SqlIdentifier.of(c.getColumnName()).key(dialect);
    }
    return null;
  }

  /** Strips parentheses and PostgreSQL casts ({@code (status)::text}, {@code 'A'::character varying}). */
  private static Expression unwrap(Expression expression) {
    Expression e = expression;
    while (true) {
      if (e instanceof Parenthesis p) {
        e = p.getExpression();
      } else if (e instanceof ExpressionList<?> list && list.size() == 1 && !(e instanceof net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<?>)) {
        e = (Expression) list.get(0);
      } else if (e instanceof net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<?> list && list.size() == 1) {
        e = (Expression) list.get(0);
      } else if (e instanceof CastExpression cast && cast.getLeftExpression() != null) {
        e = cast.getLeftExpression();
      } else {
        return e;
      }
    }
  }

  static Expression parseExpression(String text) {
    try {
      return CCJSqlParserUtil.newParser(text).Expression();
    } catch (Exception | Error e) {
      if (e instanceof Error && !(e instanceof StackOverflowError) && !e.getClass().getSimpleName().startsWith("TokenMgr")) {
        throw (Error) e;
      }
      return null;
    }
  }

  /**
   * JSqlParser keeps no name for MySQL's {@code UNIQUE KEY name (cols)} and {@code KEY name (cols)}
   * inside CREATE TABLE; the name is read back from the element's text.
   */
  private static String indexNameFromText(Index index) {
    Matcher m = NAMED_KEY.matcher(index.toString());
    return m.lookingAt() ? SqlIdentifier.of(m.group(1)).name() : null;
  }

  private static final Pattern NAMED_KEY =
      Pattern.compile("(?i)(?:UNIQUE\\s+)?(?:KEY|INDEX)\\s+(?!\\()([^\\s(]+)\\s*\\(");

  /**
   * The name the database gives a foreign key that the migration left unnamed, so that a later
   * {@code DROP FOREIGN KEY t_ibfk_1} or {@code DROP CONSTRAINT t_col_fkey} finds it: InnoDB's
   * {@code <table>_ibfk_<n>} and PostgreSQL's {@code <table>_<columns>_fkey}.
   */
  private ForeignKeyDef implicitName(TableDef table, ForeignKeyDef fk) {
    if (fk.name() != null) {
      return fk;
    }
    String name;
    if (dialect == Dialect.MYSQL || dialect == Dialect.MARIADB) {
      Pattern own = Pattern.compile(Pattern.quote(table.name()) + "_ibfk_(\\d+)", Pattern.CASE_INSENSITIVE);
      int next = 1;
      for (ForeignKeyDef existing : table.foreignKeys()) {
        Matcher m = existing.name() == null ? null : own.matcher(existing.name());
        if (m != null && m.matches()) {
          next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
        }
      }
      name = table.name() + "_ibfk_" + next;
    } else if (dialect == Dialect.POSTGRESQL) {
      name = postgresName(table, fk.columns(), "fkey");
    } else {
      return fk;
    }
    return new ForeignKeyDef(name, fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.definedAt(), fk.referencedSchema());
  }

  /** PostgreSQL's implicit constraint name: table, columns and a suffix, cut to 63 bytes. */
  static String postgresName(TableDef table, List<String> columns, String suffix) {
    String name = table.name() + "_" + String.join("_", columns) + "_" + suffix;
    return name.length() <= 63 ? name : name.substring(0, 63);
  }

  static TableDef withForeignKey(TableDef table, ForeignKeyDef fk) {
    List<ForeignKeyDef> list = new ArrayList<>(table.foreignKeys());
    list.add(fk);
    return table.withConstraints(table.uniques(), list, table.checks(), table.indexes());
  }

  static TableDef withUnique(TableDef table, UniqueDef unique) {
    for (UniqueDef existing : table.uniques()) {
      if (existing.columns().equals(unique.columns()) && existing.index() == unique.index()) {
        return table; // PostgreSQL and H2 keep one constraint per column set
      }
    }
    List<UniqueDef> list = new ArrayList<>(table.uniques());
    list.add(unique);
    return table.withConstraints(list, table.foreignKeys(), table.checks(), table.indexes());
  }

  static TableDef withCheck(TableDef table, CheckDef check) {
    List<CheckDef> list = new ArrayList<>(table.checks());
    list.add(check);
    return table.withConstraints(table.uniques(), table.foreignKeys(), list, table.indexes());
  }

  static TableDef withIndex(TableDef table, IndexDef index) {
    List<IndexDef> list = new ArrayList<>(table.indexes());
    list.add(index);
    TableDef result = table.withConstraints(table.uniques(), table.foreignKeys(), table.checks(), list);
    if (index.unique()) {
      List<UniqueDef> uniques = new ArrayList<>(result.uniques());
      uniques.add(new UniqueDef(index.name(), index.columns(), true, index.definedAt()));
      result = result.withConstraints(uniques, result.foreignKeys(), result.checks(), result.indexes());
    }
    return result;
  }
}
