package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;

/**
 * Applies the clauses of one ALTER TABLE to a table, with each dialect's meaning: MySQL's MODIFY
 * and CHANGE replace the whole column definition, Oracle's MODIFY changes only what it states, and
 * SQL Server's ALTER COLUMN restates nullability (left out, it becomes NULL).
 */
final class TableAlteration {

  /** What the statement did: the new table, a new name, or why a clause was not understood. */
  record Outcome(TableDef table, String renamedTo, String problem) {}

  private static final List<AlterOperation> NO_SHAPE_CHANGE =
      List.of(
          AlterOperation.COMMENT, AlterOperation.COMMENT_WITH_EQUAL_SIGN, AlterOperation.CONVERT,
          AlterOperation.COLLATE, AlterOperation.ALGORITHM, AlterOperation.SET_TABLE_OPTION,
          AlterOperation.ENGINE, AlterOperation.FORCE, AlterOperation.KEY_BLOCK_SIZE, AlterOperation.LOCK,
          AlterOperation.DISCARD_TABLESPACE, AlterOperation.IMPORT_TABLESPACE, AlterOperation.DISABLE_KEYS,
          AlterOperation.ENABLE_KEYS, AlterOperation.ENABLE_ROW_LEVEL_SECURITY,
          AlterOperation.DISABLE_ROW_LEVEL_SECURITY, AlterOperation.FORCE_ROW_LEVEL_SECURITY,
          AlterOperation.NO_FORCE_ROW_LEVEL_SECURITY, AlterOperation.ADD_PARTITION,
          AlterOperation.DROP_PARTITION, AlterOperation.ATTACH_PARTITION, AlterOperation.DETACH_PARTITION,
          AlterOperation.DISCARD_PARTITION, AlterOperation.IMPORT_PARTITION,
          AlterOperation.TRUNCATE_PARTITION, AlterOperation.COALESCE_PARTITION,
          AlterOperation.REORGANIZE_PARTITION, AlterOperation.EXCHANGE_PARTITION,
          AlterOperation.ANALYZE_PARTITION, AlterOperation.CHECK_PARTITION,
          AlterOperation.OPTIMIZE_PARTITION, AlterOperation.REBUILD_PARTITION,
          AlterOperation.REPAIR_PARTITION, AlterOperation.REMOVE_PARTITIONING, AlterOperation.PARTITION_BY);

  private final Dialect dialect;
  private final ConstraintReader constraints;
  private final SqlLocation at;

  TableAlteration(Dialect dialect, ConstraintReader constraints, SqlLocation at) {
    this.dialect = dialect;
    this.constraints = constraints;
    this.at = at;
  }

  Outcome apply(TableDef start, Alter alter) {
    TableDef table = start;
    String renamedTo = null;
    AlterOperation previous = null;
    for (AlterExpression e : alter.getAlterExpressions()) {
      AlterOperation op = e.getOperation();
      if (op == AlterOperation.UNSPECIFIC && previous == AlterOperation.DROP && e.getOptionalSpecifier() != null) {
        // SQL Server's DROP COLUMN a, b
        for (String column : topLevelParts(e.getOptionalSpecifier())) {
          Result r = dropColumn(table, SqlIdentifier.of(column.replaceFirst("(?i)^COLUMN\\s+", "")), e);
          if (r.problem() != null) {
            return new Outcome(table, renamedTo, r.problem());
          }
          table = r.table();
        }
        continue;
      }
      if (op == AlterOperation.UNSPECIFIC && previous == AlterOperation.ADD && e.getOptionalSpecifier() != null) {
        // SQL Server's ADD a INT, b INT: JSqlParser keeps the second definition as text
        Optional<TableDef> added = addFromText(table, e.getOptionalSpecifier());
        if (added.isEmpty()) {
          return new Outcome(table, renamedTo, clause(start, e) + " is not replayed");
        }
        table = added.get();
        continue;
      }
      previous = op;
      if (NO_SHAPE_CHANGE.contains(op)) {
        continue;
      }
      if (op == AlterOperation.RENAME_TABLE
          || (op == AlterOperation.RENAME && e.getColumnOldName() == null && e.getNewTableName() != null)) {
        renamedTo = e.getNewTableName();
        continue;
      }
      Result result = one(table, e);
      if (result.problem() != null) {
        return new Outcome(table, renamedTo, result.problem());
      }
      table = result.table();
    }
    return new Outcome(table, renamedTo, null);
  }

  private record Result(TableDef table, String problem) {
    static Result ok(TableDef table) {
      return new Result(table, null);
    }

    static Result fail(String problem) {
      return new Result(null, problem);
    }
  }

  private Result one(TableDef table, AlterExpression e) {
    switch (e.getOperation()) {
      case ADD:
        return add(table, e);
      case DROP:
        if (e.getColumnName() != null && e.getConstraintName() == null) {
          return dropColumn(table, SqlIdentifier.of(e.getColumnName()), e);
        }
        if (e.getPkColumns() != null && !e.getPkColumns().isEmpty() && e.getIndex() == null) {
          // Oracle's DROP (a, b)
          TableDef result = table;
          for (String column : e.getPkColumns()) {
            Result r = dropColumn(result, SqlIdentifier.of(column), e);
            if (r.problem() != null) {
              return r;
            }
            result = r.table();
          }
          return Result.ok(result);
        }
        if (e.getConstraintName() != null) {
          return dropConstraint(table, e.getConstraintName(), e);
        }
        if (e.getIndex() != null && e.getIndex().getName() != null) {
          Optional<TableDef> dropped = dropIndex(table, dialect, SqlIdentifier.of(e.getIndex().getName()).name());
          return dropped.map(Result::ok)
              .orElseGet(() -> Result.fail(clause(table, e) + " names index '" + e.getIndex().getName() + "', which the table does not have"));
        }
        return Result.fail(clause(table, e) + " is not replayed");
      case DROP_PRIMARY_KEY:
        return Result.ok(table.withPrimaryKey(List.of(), null));
      case DROP_UNIQUE:
      case DROP_FOREIGN_KEY:
        String name = e.getConstraintName() != null ? e.getConstraintName() : e.getUkName();
        return name == null ? Result.fail(clause(table, e) + " is not replayed") : dropConstraint(table, name, e);
      case ALTER:
      case MODIFY:
      case CHANGE:
        return alterColumns(table, e);
      case RENAME:
        if (e.getColumnOldName() != null && e.getColumnName() != null) {
          return renameColumn(table, dialect, e.getColumnOldName(), e.getColumnName(), at)
              .map(Result::ok)
              .orElseGet(() -> Result.fail(clause(table, e) + " names column '" + e.getColumnOldName() + "', which the table does not have"));
        }
        return Result.fail(clause(table, e) + " is not replayed");
      case RENAME_CONSTRAINT:
      case RENAME_INDEX:
      case RENAME_KEY:
        if (e.getOldIndex() != null && e.getIndex() != null) {
          return Result.ok(renameConstraint(table, e.getOldIndex().getName(), e.getIndex().getName()));
        }
        return Result.fail(clause(table, e) + " is not replayed");
      default:
        return Result.fail(clause(table, e) + " is not replayed");
    }
  }

  private String clause(TableDef table, AlterExpression e) {
    String text = e.toString().strip();
    if (text.length() > 80) {
      text = text.substring(0, 77) + "...";
    }
    return "ALTER TABLE '" + table.name() + "' " + text;
  }

  private Result add(TableDef table, AlterExpression e) {
    TableDef result = table;
    boolean understood = false;
    if (e.getColDataTypeList() != null) {
      understood = true;
      for (AlterExpression.ColumnDataType definition : e.getColDataTypeList()) {
        ColumnSpec spec = ColumnSpec.read(definition, dialect);
        if (result.column(dialect, spec.name().name(), spec.name().quoted()).isPresent()) {
          if (e.isUseIfNotExists()) {
            continue;
          }
          return Result.fail(clause(table, e) + " adds column '" + spec.name().name() + "', which the table already has");
        }
        List<ColumnDef> columns = new ArrayList<>(result.columns());
        columns.add(position(result, definition), spec.toColumn(at));
        result = result.withColumns(columns);
        result = constraints.addInline(result, spec, at);
        if (spec.primaryKey()) {
          result = result.withPrimaryKey(List.of(spec.name().key(dialect)), null);
        }
      }
    }
    if (e.getIndex() != null) {
      understood = true;
      Optional<TableDef> added = constraints.add(result, e.getIndex(), at);
      if (added.isEmpty()) {
        return Result.fail(clause(table, e) + " is not replayed");
      }
      result = added.get();
    } else if (e.getPkColumns() != null && !e.getPkColumns().isEmpty()) {
      understood = true;
      result = result.withPrimaryKey(constraints.keys(e.getPkColumns()), e.getConstraintName());
    } else if (e.getUkColumns() != null && !e.getUkColumns().isEmpty()) {
      understood = true;
      result = ConstraintReader.withUnique(result, new UniqueDef(e.getUkName(), constraints.keys(e.getUkColumns()), false, at));
    }
    if (!understood) {
      return Result.fail(clause(table, e) + " is not replayed");
    }
    result = result.withColumns(markPrimaryKeyNotNull(result));
    return Result.ok(result);
  }

  private Optional<TableDef> addFromText(TableDef table, String definitions) {
    TableDef result = table;
    for (String definition : topLevelParts(definitions)) {
      StatementParser.Parsed parsed = new StatementParser(dialect).parse("ALTER TABLE t ADD " + definition);
      if (!parsed.ok() || !(parsed.statement() instanceof Alter alter)) {
        return Optional.empty();
      }
      for (AlterExpression e : alter.getAlterExpressions()) {
        Result r = add(result, e);
        if (r.problem() != null) {
          return Optional.empty();
        }
        result = r.table();
      }
    }
    return Optional.of(result);
  }

  /** Splits at commas outside parentheses and quotes. */
  static List<String> topLevelParts(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        parts.add(text.substring(start, i).trim());
        start = i + 1;
      }
    }
    parts.add(text.substring(start).trim());
    return parts.stream().filter(p -> !p.isEmpty()).toList();
  }

  private List<ColumnDef> markPrimaryKeyNotNull(TableDef table) {
    List<ColumnDef> result = new ArrayList<>();
    for (ColumnDef column : table.columns()) {
      boolean inKey = table.primaryKey().contains(dialect.key(column.name(), column.quoted()));
      result.add(inKey && column.nullable() ? column.withNullable(false, at) : column);
    }
    return result;
  }

  private Result dropColumn(TableDef table, SqlIdentifier column, AlterExpression e) {
    Optional<ColumnDef> existing = table.column(dialect, column.name(), column.quoted());
    if (existing.isEmpty()) {
      return e.isUsingIfExists()
          ? Result.ok(table)
          : Result.fail(clause(table, e) + " names column '" + column.name() + "', which the table does not have");
    }
    List<ColumnDef> columns = new ArrayList<>(table.columns());
    columns.remove(existing.get());
    String key = column.key(dialect);
    List<String> pk = table.primaryKey().contains(key) ? List.of() : table.primaryKey();
    // the database drops the indexes and constraints that involve the column with it
    TableDef result =
        table.withColumns(columns)
            .withPrimaryKey(pk, pk.isEmpty() ? null : table.primaryKeyName())
            .withConstraints(
                table.uniques().stream().filter(u -> !u.columns().contains(key)).toList(),
                table.foreignKeys().stream().filter(f -> !f.columns().contains(key)).toList(),
                table.checks().stream().filter(c -> c.column() == null || !c.column().equals(key)).toList(),
                table.indexes().stream().filter(i -> !i.columns().contains(key)).toList());
    return Result.ok(result);
  }

  private Result dropConstraint(TableDef table, String rawName, AlterExpression e) {
    String name = SqlIdentifier.of(rawName).name();
    Optional<TableDef> dropped = dropConstraint(table, name);
    if (dropped.isPresent()) {
      return Result.ok(dropped.get());
    }
    if (e.isUsingIfExists() || rawName.toUpperCase().startsWith("DF")) {
      // IF EXISTS, or a SQL Server default constraint (defaults are not kept as constraints)
      return Result.ok(table);
    }
    return Result.fail(clause(table, e) + " names constraint '" + name + "', which the table does not have");
  }

  private Optional<TableDef> dropConstraint(TableDef table, String name) {
    if (same(table.primaryKeyName(), name) || same(defaultName(table, "pkey", table.primaryKey()), name)) {
      return Optional.of(table.withPrimaryKey(List.of(), null));
    }
    List<UniqueDef> uniques = new ArrayList<>(table.uniques());
    if (uniques.removeIf(u -> same(u.name(), name) || (u.name() == null && same(defaultName(table, "key", u.columns()), name)))) {
      List<IndexDef> indexes = table.indexes().stream().filter(i -> !same(i.name(), name)).toList();
      return Optional.of(table.withConstraints(uniques, table.foreignKeys(), table.checks(), indexes));
    }
    List<ForeignKeyDef> fks = new ArrayList<>(table.foreignKeys());
    if (fks.removeIf(f -> same(f.name(), name) || (f.name() == null && same(defaultName(table, "fkey", f.columns()), name)))) {
      return Optional.of(table.withConstraints(table.uniques(), fks, table.checks(), table.indexes()));
    }
    List<CheckDef> checks = new ArrayList<>(table.checks());
    if (checks.removeIf(c -> same(c.name(), name)
        || (c.name() == null && c.column() != null && same(defaultName(table, "check", List.of(c.column())), name)))) {
      return Optional.of(table.withConstraints(table.uniques(), table.foreignKeys(), checks, table.indexes()));
    }
    return dropIndex(table, dialect, name);
  }

  /** PostgreSQL's name for an unnamed constraint: {@code table_col_key}, {@code table_pkey}. */
  private static String defaultName(TableDef table, String suffix, List<String> columns) {
    if (suffix.equals("pkey")) {
      return table.name() + "_pkey";
    }
    return table.name() + "_" + String.join("_", columns) + "_" + suffix;
  }

  private boolean same(String a, String b) {
    return a != null && b != null && dialect.key(a, false).equalsIgnoreCase(dialect.key(b, false));
  }

  static Optional<IndexDef> findIndex(TableDef table, Dialect dialect, String name) {
    for (IndexDef index : table.indexes()) {
      if (index.name() != null && index.name().equalsIgnoreCase(name)) {
        return Optional.of(index);
      }
    }
    return Optional.empty();
  }

  /** The table without the named index (and the unique it backs), or empty when it has none. */
  static Optional<TableDef> dropIndex(TableDef table, Dialect dialect, String name) {
    boolean found = false;
    List<IndexDef> indexes = new ArrayList<>();
    for (IndexDef index : table.indexes()) {
      if (index.name() != null && index.name().equalsIgnoreCase(name)) {
        found = true;
      } else {
        indexes.add(index);
      }
    }
    List<UniqueDef> uniques = new ArrayList<>();
    for (UniqueDef unique : table.uniques()) {
      if (unique.name() != null && unique.name().equalsIgnoreCase(name)) {
        found = true; // MySQL: a UNIQUE KEY is dropped with DROP INDEX
      } else {
        uniques.add(unique);
      }
    }
    return found
        ? Optional.of(table.withConstraints(uniques, table.foreignKeys(), table.checks(), indexes))
        : Optional.empty();
  }

  private TableDef renameConstraint(TableDef table, String from, String to) {
    String old = SqlIdentifier.of(from.trim()).name();
    String neu = SqlIdentifier.of(to.trim()).name();
    return table.withConstraints(
        table.uniques().stream().map(u -> same(u.name(), old) ? new UniqueDef(neu, u.columns(), u.index(), u.definedAt()) : u).toList(),
        table.foreignKeys().stream().map(f -> same(f.name(), old) ? new ForeignKeyDef(neu, f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.definedAt(), f.referencedSchema()) : f).toList(),
        table.checks().stream().map(c -> same(c.name(), old) ? new CheckDef(neu, c.expression(), c.column(), c.allowedValues(), c.definedAt()) : c).toList(),
        table.indexes().stream().map(i -> same(i.name(), old) ? new IndexDef(neu, i.columns(), i.unique(), i.definedAt()) : i).toList());
  }

  static Optional<TableDef> renameColumn(TableDef table, Dialect dialect, String from, String to, SqlLocation at) {
    SqlIdentifier old = SqlIdentifier.of(from);
    SqlIdentifier neu = SqlIdentifier.of(to);
    Optional<ColumnDef> existing = table.column(dialect, old.name(), old.quoted());
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    TableDef result = table.replaceColumn(existing.get(), existing.get().withName(neu.name(), neu.quoted(), at));
    return Optional.of(renameKey(result, old.key(dialect), neu.key(dialect)));
  }

  /** Follows a column rename through the primary key and every constraint and index. */
  private static TableDef renameKey(TableDef table, String oldKey, String newKey) {
    UnaryOperator<List<String>> r = list -> list.stream().map(k -> k.equals(oldKey) ? newKey : k).toList();
    TableDef result = table.withPrimaryKey(r.apply(table.primaryKey()), table.primaryKeyName());
    return result.withConstraints(
        result.uniques().stream().map(u -> new UniqueDef(u.name(), r.apply(u.columns()), u.index(), u.definedAt())).toList(),
        result.foreignKeys().stream().map(f -> new ForeignKeyDef(f.name(), r.apply(f.columns()), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.definedAt(), f.referencedSchema())).toList(),
        result.checks().stream().map(c -> oldKey.equals(c.column()) ? new CheckDef(c.name(), c.expression(), newKey, c.allowedValues(), c.definedAt()) : c).toList(),
        result.indexes().stream().map(i -> new IndexDef(i.name(), r.apply(i.columns()), i.unique(), i.definedAt())).toList());
  }

  /** Where MySQL's {@code ADD COLUMN ... FIRST} or {@code AFTER col} puts the column; else last. */
  private int position(TableDef table, AlterExpression.ColumnDataType definition) {
    List<String> specs = definition.getColumnSpecs() == null ? List.of() : definition.getColumnSpecs();
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).equalsIgnoreCase("FIRST")) {
        return 0;
      }
      if (specs.get(i).equalsIgnoreCase("AFTER") && i + 1 < specs.size()) {
        SqlIdentifier after = SqlIdentifier.of(specs.get(i + 1));
        Optional<ColumnDef> anchor = table.column(dialect, after.name(), after.quoted());
        if (anchor.isPresent()) {
          return table.columns().indexOf(anchor.get()) + 1;
        }
      }
    }
    return table.columns().size();
  }

  /** PostgreSQL's {@code ALTER COLUMN c ADD GENERATED ... AS IDENTITY} and {@code DROP IDENTITY}. */
  private ColumnDef identityAlterations(AlterExpression.ColumnDataType definition, ColumnDef column) {
    ColumnDef result = column;
    if (definition.getIdentityAlterations() == null) {
      return result;
    }
    for (net.sf.jsqlparser.statement.alter.IdentityAlteration alteration : definition.getIdentityAlterations()) {
      String kind = alteration.getKind().name();
      if (kind.startsWith("ADD")) {
        result = result.withIdentity(true, at);
      } else if (kind.startsWith("DROP")) {
        result = result.withIdentity(false, at);
      }
    }
    return result;
  }

  private Result alterColumns(TableDef table, AlterExpression e) {
    AlterOperation op = e.getOperation();
    TableDef result = table;
    boolean understood = false;
    if (e.getColDataTypeList() != null) {
      understood = true;
      for (AlterExpression.ColumnDataType definition : e.getColDataTypeList()) {
        ColumnSpec spec = ColumnSpec.read(definition, dialect);
        SqlIdentifier target = op == AlterOperation.CHANGE && e.getColumnOldName() != null ? SqlIdentifier.of(e.getColumnOldName()) : spec.name();
        Optional<ColumnDef> existing = result.column(dialect, target.name(), target.quoted());
        if (existing.isEmpty()) {
          return Result.fail(clause(table, e) + " names column '" + target.name() + "', which the table does not have");
        }
        ColumnDef column = existing.get();
        ColumnDef replacement;
        boolean mysql = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
        if (op == AlterOperation.CHANGE || (op == AlterOperation.MODIFY && mysql)) {
          // MySQL replaces the whole definition: what the clause leaves out is gone.
          replacement = spec.toColumn(at).succeeding(column, dialect, at);
        } else if (op == AlterOperation.MODIFY || (op == AlterOperation.ALTER && dialect == Dialect.H2 && spec.type() != null && !isTypeOnly(definition))) {
          // Oracle changes only what the clause states
          replacement = column;
          if (spec.type() != null) {
            replacement = replacement.withType(spec.type(), at);
          }
          if (spec.nullabilityStated()) {
            replacement = replacement.withNullable(!spec.notNull(), at);
          }
          if (spec.defaultValue() != null) {
            replacement = replacement.withDefault(spec.defaultValue(), at);
          }
          if (spec.identity()) {
            replacement = replacement.withIdentity(true, at);
          }
        } else if (spec.type() != null) {
          replacement = column.withType(spec.type(), at);
          if (!spec.enumValues().isEmpty() || !column.enumValues().isEmpty()) {
            replacement = replacement.withEnumValues(spec.enumValues(), at);
          }
          if (dialect == Dialect.SQLSERVER) {
            // SQL Server's ALTER COLUMN restates nullability; left out, it becomes NULL.
            replacement = replacement.withNullable(!spec.notNull(), at);
          } else if (spec.nullabilityStated()) {
            replacement = replacement.withNullable(!spec.notNull(), at);
          }
        } else {
          replacement = column;
        }
        replacement = identityAlterations(definition, replacement);
        result = result.replaceColumn(column, replacement);
        if (op == AlterOperation.CHANGE) {
          result = renameKey(result, target.key(dialect), spec.name().key(dialect));
          result = constraints.addInline(result, spec, at);
        }
        if (spec.primaryKey()) {
          result = result.withPrimaryKey(List.of(spec.name().key(dialect)), null);
        }
      }
    }
    if (e.getColumnSetNotNullList() != null) {
      for (AlterExpression.ColumnSetNotNull c : e.getColumnSetNotNullList()) {
        understood = true;
        Optional<TableDef> r = update(result, c.getColumnName(), col -> col.withNullable(false, at));
        if (r.isEmpty()) {
          return missing(table, e, c.getColumnName());
        }
        result = r.get();
      }
    }
    if (e.getColumnDropNotNullList() != null) {
      for (AlterExpression.ColumnDropNotNull c : e.getColumnDropNotNullList()) {
        understood = true;
        Optional<TableDef> r = update(result, c.getColumnName(), col -> col.withNullable(true, at));
        if (r.isEmpty()) {
          return missing(table, e, c.getColumnName());
        }
        result = r.get();
      }
    }
    if (e.getColumnSetDefaultList() != null) {
      for (AlterExpression.ColumnSetDefault c : e.getColumnSetDefaultList()) {
        understood = true;
        Optional<TableDef> r = update(result, c.getColumnName(), col -> col.withDefault(c.getDefaultValue(), at));
        if (r.isEmpty()) {
          return missing(table, e, c.getColumnName());
        }
        result = r.get();
      }
    }
    if (e.getColumnDropDefaultList() != null) {
      for (AlterExpression.ColumnDropDefault c : e.getColumnDropDefaultList()) {
        understood = true;
        Optional<TableDef> r = update(result, c.getColumnName(), col -> col.withDefault(null, at));
        if (r.isEmpty()) {
          return missing(table, e, c.getColumnName());
        }
        result = r.get();
      }
    }
    if (!understood) {
      return Result.fail(clause(table, e) + " is not replayed");
    }
    return Result.ok(result.withColumns(markPrimaryKeyNotNull(result)));
  }

  /** Whether an H2 ALTER COLUMN clause only changes the type ({@code ALTER COLUMN x TYPE t}). */
  private static boolean isTypeOnly(AlterExpression.ColumnDataType definition) {
    return definition.toString().matches("(?is)^\\S+\\s+TYPE\\s.*");
  }

  private Result missing(TableDef table, AlterExpression e, String column) {
    return Result.fail(clause(table, e) + " names column '" + column + "', which the table does not have");
  }

  private Optional<TableDef> update(TableDef table, String columnName, UnaryOperator<ColumnDef> change) {
    SqlIdentifier id = SqlIdentifier.of(columnName);
    Optional<ColumnDef> existing = table.column(dialect, id.name(), id.quoted());
    return existing.map(c -> table.replaceColumn(c, change.apply(c)));
  }
}
