package io.github.schemadrift.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * Replays migrations, statement by statement, into the schema a fresh database would hold. Each
 * statement is classified: replayed (it changes a table), ignored (data, functions, grants and
 * other statements that do not change table shape) or not understood (reported with its place).
 */
public final class MigrationReplayer {

  /**
   * Statements recognised by their first words as not changing any table's shape. They are not
   * parsed at all: procedural bodies and vendor DML are where JSqlParser fails most, and skipping
   * them keeps the replay fast.
   */
  private static final Pattern IGNORED =
      Pattern.compile(
          "(?is)^(?:insert|update|delete|merge|select|with|grant|revoke|comment|set|reset|do|copy"
              + "|begin|commit|rollback|start|end|analyze|vacuum|lock|call|exec|execute|perform"
              + "|refresh|cluster|reindex|truncate|use|delimiter|declare|savepoint|notify|listen"
              + "|prepare|deallocate|explain|show|values|checkpoint|discard|security|load|import"
              + "|create\\s+(?:or\\s+replace\\s+)?(?:definer\\s*=\\s*\\S+\\s+)?(?:function|procedure|trigger|rule|event|aggregate|operator|language|extension|policy|role|user|publication|subscription|cast|collation|text\\s+search|package|synonym|materialized\\s+view|view|trusted|schema|database|domain|server|foreign\\s+data\\s+wrapper|user\\s+mapping|statistics|conversion|access\\s+method|transform)"
              + "|alter\\s+(?:function|procedure|trigger|rule|event|aggregate|operator|language|extension|policy|role|user|publication|subscription|collation|package|materialized\\s+view|view|schema|database|domain|server|default\\s+privileges|system|session|owner)"
              + "|drop\\s+(?:function|procedure|trigger|rule|event|aggregate|operator|language|extension|policy|role|user|publication|subscription|cast|collation|package|synonym|materialized\\s+view|view|schema|database|domain|server|owned|statistics))\\b");

  private final Dialect dialect;
  private final StatementParser parser;
  private final Map<String, TableDef> tables = new LinkedHashMap<>();
  private final List<SqlProblem> problems = new ArrayList<>();
  private int replayed;
  private int ignored;
  private int notUnderstood;

  public MigrationReplayer(Dialect dialect) {
    this.dialect = dialect;
    this.parser = new StatementParser(dialect);
  }

  /** Reads and replays each migration in order, then returns the schema they build. */
  public static SchemaModel replay(List<MigrationFile> migrations, Dialect dialect) {
    MigrationReplayer replayer = new MigrationReplayer(dialect);
    for (MigrationFile migration : migrations) {
      String script;
      try {
        script = Files.readString(migration.path());
      } catch (IOException | RuntimeException e) {
        replayer.problems.add(
            new SqlProblem(
                "sql-parse",
                new SqlLocation(migration.displayName(), 1),
                0,
                "cannot read migration '" + migration.displayName() + "' as UTF-8: " + e.getMessage(),
                null));
        continue;
      }
      replayer.replayScript(migration.displayName(), script);
    }
    return replayer.toModel(migrations);
  }

  /** Splits one script and replays its statements. */
  public void replayScript(String fileName, String script) {
    FlywayScriptSplitter.SplitResult split = FlywayScriptSplitter.split(script, dialect, fileName);
    for (FlywayScriptSplitter.SplitProblem p : split.problems()) {
      problems.add(
          new SqlProblem(
              "sql-parse", new SqlLocation(fileName, p.line()), p.column(), p.message(), null));
    }
    for (SqlStatementText statement : split.statements()) {
      replayStatement(fileName, statement);
    }
  }

  /** The schema as replayed so far. */
  public SchemaModel toModel(List<MigrationFile> migrations) {
    return new SchemaModel(
        dialect,
        tables,
        migrations,
        problems,
        new SchemaModel.ReplayStats(replayed, ignored, notUnderstood));
  }

  void replayStatement(String fileName, SqlStatementText text) {
    SqlLocation at = new SqlLocation(fileName, text.line());
    String sql = text.sql().strip();
    if (sql.isEmpty() || IGNORED.matcher(sql).lookingAt()) {
      ignored++;
      return;
    }
    StatementParser.Parsed parsed = parser.parse(sql);
    if (!parsed.ok()) {
      notUnderstood++;
      int line = text.line() + parsed.errorLine() - 1;
      int column = parsed.errorLine() == 1 ? text.column() + parsed.errorColumn() - 1 : parsed.errorColumn();
      problems.add(
          new SqlProblem(
              "sql-parse", new SqlLocation(fileName, line), column, parsed.error(), null));
      return;
    }
    Statement statement = parsed.statement();
    if (statement instanceof CreateTable create) {
      createTable(create, at);
    } else if (statement instanceof Alter alter) {
      alterTable(alter, at);
    } else if (statement instanceof Drop drop) {
      drop(drop, at);
    } else if (statement instanceof RenameTableStatement rename) {
      rename.getTableNames().forEach(pair -> renameTable(pair.getKey(), pair.getValue(), at));
      replayed++;
    } else {
      ignored++;
    }
  }

  private void createTable(CreateTable create, SqlLocation at) {
    SqlIdentifier name = SqlIdentifier.of(create.getTable().getName());
    String key = name.key(dialect);
    if (tables.containsKey(key)) {
      if (create.isIfNotExists()) {
        replayed++;
      } else {
        unsupported(at, "table '" + name.name() + "' is created twice; the database would refuse the second CREATE TABLE", key);
      }
      return;
    }
    if (create.getColumnDefinitions() == null || create.getColumnDefinitions().isEmpty()) {
      unsupported(at, "CREATE TABLE '" + name.name() + "' without a column list (AS SELECT or LIKE) is not replayed", key);
      return;
    }
    List<ColumnDef> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    for (ColumnDefinition definition : create.getColumnDefinitions()) {
      ColumnSpec spec = ColumnSpec.read(definition, dialect);
      columns.add(spec.toColumn(at));
      if (spec.primaryKey()) {
        primaryKey.add(spec.name().key(dialect));
      }
    }
    if (create.getIndexes() != null) {
      for (Index index : create.getIndexes()) {
        if ("PRIMARY KEY".equalsIgnoreCase(index.getType())) {
          primaryKey.clear();
          index.getColumnsNames().forEach(c -> primaryKey.add(SqlIdentifier.of(c).key(dialect)));
        }
      }
    }
    columns = markPrimaryKeyNotNull(columns, primaryKey, at);
    String schema = create.getTable().getSchemaName();
    tables.put(key, new TableDef(schema == null ? null : SqlIdentifier.of(schema).name(), name.name(), name.quoted(), columns, primaryKey, at));
    replayed++;
  }

  private List<ColumnDef> markPrimaryKeyNotNull(List<ColumnDef> columns, List<String> primaryKey, SqlLocation at) {
    List<ColumnDef> result = new ArrayList<>(columns.size());
    for (ColumnDef column : columns) {
      boolean inKey = primaryKey.contains(dialect.key(column.name(), column.quoted()));
      result.add(inKey && column.nullable() ? column.withNullable(false, at) : column);
    }
    return result;
  }

  private void alterTable(Alter alter, SqlLocation at) {
    SqlIdentifier name = SqlIdentifier.of(alter.getTable().getName());
    String key = name.key(dialect);
    TableDef table = tables.get(key);
    if (table == null) {
      if (alter.isUseTableIfExists()) {
        replayed++;
      } else {
        unsupported(at, "ALTER TABLE names table '" + name.name() + "', which no earlier migration created", key);
      }
      return;
    }
    for (AlterExpression expression : alter.getAlterExpressions()) {
      AlterResult result = alterOne(tables.get(key), expression, at);
      if (result == null) {
        unsupported(at, "ALTER TABLE '" + name.name() + "' " + expression.getOperation() + " is not replayed", key);
        return;
      }
      if (result.table() != null) {
        tables.put(key, result.table());
      }
      if (result.renamedTo() != null) {
        renameTable(alter.getTable().getName(), result.renamedTo(), at);
        key = SqlIdentifier.of(result.renamedTo()).key(dialect);
      }
    }
    replayed++;
  }

  /** What one ALTER clause did: a new table value, a rename, or nothing that shapes the table. */
  private record AlterResult(TableDef table, String renamedTo) {}

  private AlterResult alterOne(TableDef table, AlterExpression e, SqlLocation at) {
    AlterOperation op = e.getOperation();
    switch (op) {
      case ADD:
        return new AlterResult(add(table, e, at), null);
      case DROP:
        if (e.getColumnName() != null && e.getConstraintName() == null) {
          return new AlterResult(dropColumn(table, SqlIdentifier.of(e.getColumnName())), null);
        }
        return new AlterResult(null, null); // constraints, indexes: not part of the shape yet
      case ALTER:
      case MODIFY:
      case CHANGE:
        return new AlterResult(alterColumns(table, e, op, at), null);
      case RENAME:
        if (e.getColumnOldName() != null && e.getColumnName() != null) {
          return new AlterResult(renameColumn(table, e.getColumnOldName(), e.getColumnName(), at), null);
        }
        return e.getNewTableName() != null ? new AlterResult(null, e.getNewTableName()) : null;
      case RENAME_TABLE:
        return new AlterResult(null, e.getNewTableName());
      default:
        return new AlterResult(null, null);
    }
  }

  private TableDef add(TableDef table, AlterExpression e, SqlLocation at) {
    TableDef result = table;
    if (e.getColDataTypeList() != null) {
      for (AlterExpression.ColumnDataType definition : e.getColDataTypeList()) {
        ColumnSpec spec = ColumnSpec.read(definition, dialect);
        if (result.column(dialect, spec.name().name(), spec.name().quoted()).isPresent()) {
          continue; // ADD COLUMN IF NOT EXISTS, or a duplicate the database would refuse
        }
        List<ColumnDef> columns = new ArrayList<>(result.columns());
        columns.add(spec.toColumn(at));
        result = result.withColumns(columns);
        if (spec.primaryKey()) {
          result = result.withPrimaryKey(List.of(spec.name().key(dialect)));
          result = result.withColumns(markPrimaryKeyNotNull(result.columns(), result.primaryKey(), at));
        }
      }
    }
    if (e.getPkColumns() != null && !e.getPkColumns().isEmpty()) {
      List<String> keys = e.getPkColumns().stream().map(c -> SqlIdentifier.of(c).key(dialect)).toList();
      result = result.withPrimaryKey(keys);
      result = result.withColumns(markPrimaryKeyNotNull(result.columns(), keys, at));
    }
    return result;
  }

  private TableDef dropColumn(TableDef table, SqlIdentifier column) {
    Optional<ColumnDef> existing = table.column(dialect, column.name(), column.quoted());
    if (existing.isEmpty()) {
      return table;
    }
    List<ColumnDef> columns = new ArrayList<>(table.columns());
    columns.remove(existing.get());
    String key = column.key(dialect);
    List<String> pk = table.primaryKey().stream().filter(k -> !k.equals(key)).toList();
    return table.withColumns(columns).withPrimaryKey(pk);
  }

  private TableDef renameColumn(TableDef table, String from, String to, SqlLocation at) {
    SqlIdentifier old = SqlIdentifier.of(from);
    SqlIdentifier neu = SqlIdentifier.of(to);
    Optional<ColumnDef> existing = table.column(dialect, old.name(), old.quoted());
    if (existing.isEmpty()) {
      return table;
    }
    TableDef result = table.replaceColumn(existing.get(), existing.get().withName(neu.name(), neu.quoted(), at));
    String oldKey = old.key(dialect);
    String newKey = neu.key(dialect);
    return result.withPrimaryKey(result.primaryKey().stream().map(k -> k.equals(oldKey) ? newKey : k).toList());
  }

  private TableDef alterColumns(TableDef table, AlterExpression e, AlterOperation op, SqlLocation at) {
    TableDef result = table;
    if (e.getColDataTypeList() != null) {
      for (AlterExpression.ColumnDataType definition : e.getColDataTypeList()) {
        ColumnSpec spec = ColumnSpec.read(definition, dialect);
        String targetName = op == AlterOperation.CHANGE && e.getColumnOldName() != null ? e.getColumnOldName() : spec.name().name();
        SqlIdentifier target = op == AlterOperation.CHANGE && e.getColumnOldName() != null ? SqlIdentifier.of(targetName) : spec.name();
        Optional<ColumnDef> existing = result.column(dialect, target.name(), target.quoted());
        if (existing.isEmpty()) {
          continue;
        }
        ColumnDef column = existing.get();
        ColumnDef replacement;
        if (op == AlterOperation.MODIFY || op == AlterOperation.CHANGE) {
          // MySQL replaces the whole definition: what the clause leaves out is gone.
          replacement = spec.toColumn(at);
        } else if (spec.type() != null) {
          replacement = column.withType(spec.type(), at);
          if (dialect == Dialect.SQLSERVER) {
            // SQL Server's ALTER COLUMN restates nullability; left out, it becomes NULL.
            replacement = replacement.withNullable(!spec.notNull(), at);
          }
        } else {
          replacement = column;
        }
        result = result.replaceColumn(column, replacement);
      }
    }
    if (e.getColumnSetNotNullList() != null) {
      for (AlterExpression.ColumnSetNotNull c : e.getColumnSetNotNullList()) {
        result = update(result, c.getColumnName(), col -> col.withNullable(false, at));
      }
    }
    if (e.getColumnDropNotNullList() != null) {
      for (AlterExpression.ColumnDropNotNull c : e.getColumnDropNotNullList()) {
        result = update(result, c.getColumnName(), col -> col.withNullable(true, at));
      }
    }
    if (e.getColumnSetDefaultList() != null) {
      for (AlterExpression.ColumnSetDefault c : e.getColumnSetDefaultList()) {
        result = update(result, c.getColumnName(), col -> col.withDefault(c.getDefaultValue(), at));
      }
    }
    if (e.getColumnDropDefaultList() != null) {
      for (AlterExpression.ColumnDropDefault c : e.getColumnDropDefaultList()) {
        result = update(result, c.getColumnName(), col -> col.withDefault(null, at));
      }
    }
    return result;
  }

  private TableDef update(TableDef table, String columnName, java.util.function.UnaryOperator<ColumnDef> change) {
    SqlIdentifier id = SqlIdentifier.of(columnName);
    Optional<ColumnDef> existing = table.column(dialect, id.name(), id.quoted());
    return existing.map(c -> table.replaceColumn(c, change.apply(c))).orElse(table);
  }

  private void drop(Drop drop, SqlLocation at) {
    String type = drop.getType() == null ? "" : drop.getType().toUpperCase(Locale.ROOT);
    if (!type.equals("TABLE")) {
      ignored++;
      return;
    }
    List<Table> names = new ArrayList<>();
    names.add(drop.getName());
    for (Table t : names) {
      tables.remove(SqlIdentifier.of(t.getName()).key(dialect));
    }
    replayed++;
  }

  private void renameTable(Table from, Table to, SqlLocation at) {
    renameTable(from.getName(), to.getName(), at);
  }

  private void renameTable(String from, String to, SqlLocation at) {
    SqlIdentifier old = SqlIdentifier.of(stripSchema(from));
    SqlIdentifier neu = SqlIdentifier.of(stripSchema(to));
    TableDef table = tables.remove(old.key(dialect));
    if (table != null) {
      tables.put(neu.key(dialect), table.renamed(neu.name(), neu.quoted()));
    }
  }

  private static String stripSchema(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }

  private void unsupported(SqlLocation at, String message, String tableKey) {
    notUnderstood++;
    problems.add(new SqlProblem("sql-unsupported", at, 0, message, tableKey));
  }
}
