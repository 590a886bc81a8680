package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;

/**
 * Applies the clauses of one ALTER TABLE to a table: columns added and dropped, constraints and
 * indexes added, dropped and renamed, and the column-restating clauses, which {@link
 * ColumnAlteration} applies with each dialect's meaning.
 */
final class TableAlteration {

  /**
   * What the statement did: the new table, a new name, or why a clause was not understood; {@code
   * refused}: the database refuses the statement, so none of it applies.
   */
  record Outcome(TableDef table, String renamedTo, String problem, AlterationEffects effects, boolean refused) {
    Outcome(TableDef table, String renamedTo, String problem, AlterationEffects effects) {
      this(table, renamedTo, problem, effects, false);
    }
  }

  private static final Pattern CASCADE = Pattern.compile("(?is).*\\bCASCADE\\s*$");

  /** A leading {@code COLUMN} word, compiled once (String.replaceFirst compiles on each call). */
  private static final Pattern COLUMN_WORD = Pattern.compile("(?i)^COLUMN\\s+");

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
  /** The index names the statement wrote with IF [NOT] EXISTS (MariaDB), lower case. */
  private final Set<String> guardedIndexes;
  private final AlterationEffects effects = new AlterationEffects();

  TableAlteration(Dialect dialect, ConstraintReader constraints, SqlLocation at, Set<String> guardedIndexes) {
    this.dialect = dialect;
    this.constraints = constraints;
    this.at = at;
    this.guardedIndexes = guardedIndexes;
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
          ClauseResult r = dropColumn(table, SqlIdentifier.of(COLUMN_WORD.matcher(column).replaceFirst("")), e);
          if (r.problem() != null) {
            return new Outcome(table, renamedTo, r.problem(), effects);
          }
          table = r.table();
        }
        continue;
      }
      if (op == AlterOperation.UNSPECIFIC && previous == AlterOperation.ADD && e.getOptionalSpecifier() != null) {
        // SQL Server's ADD a INT, b INT: JSqlParser keeps the second definition as text
        Optional<TableDef> added = addFromText(table, e.getOptionalSpecifier());
        if (added.isEmpty()) {
          return new Outcome(table, renamedTo, clause(start, e) + " is not replayed", effects);
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
      ClauseResult result = one(table, e);
      if (result.problem() != null) {
        return new Outcome(table, renamedTo, result.problem(), effects, result.refused());
      }
      table = result.table();
    }
    return new Outcome(table, renamedTo, null, effects);
  }

  private ClauseResult one(TableDef table, AlterExpression e) {
    switch (e.getOperation()) {
      case ADD:
        return add(table, e);
      case DROP:
        return drop(table, e);
      case DROP_PRIMARY_KEY:
        effects.dropped.add(new AlterationEffects.Dropped(table.primaryKey(), true, cascade(e)));
        return ClauseResult.ok(table.withPrimaryKey(List.of(), null));
      case DROP_UNIQUE:
      case DROP_FOREIGN_KEY:
        String name = e.getConstraintName() != null ? e.getConstraintName() : e.getUkName();
        return name == null ? ClauseResult.fail(clause(table, e) + " is not replayed") : dropConstraint(table, name, e);
      case ALTER:
      case MODIFY:
      case CHANGE:
        ClauseResult altered = new ColumnAlteration(dialect, constraints, at).apply(table, e, () -> clause(table, e));
        if (altered.problem() == null && e.getOperation() == AlterOperation.CHANGE && e.getColumnOldName() != null) {
          renamed(e.getColumnOldName(), e.getColDataTypeList().get(0).getColumnName());
        }
        return altered;
      case RENAME:
        if (e.getColumnOldName() != null && e.getColumnName() != null) {
          renamed(e.getColumnOldName(), e.getColumnName());
          return ConstraintEdits.renameColumn(table, dialect, e.getColumnOldName(), e.getColumnName(), at)
              .map(ClauseResult::ok)
              .orElseGet(() -> ClauseResult.fail(clause(table, e) + " names column '" + e.getColumnOldName() + "', which the table does not have"));
        }
        return ClauseResult.fail(clause(table, e) + " is not replayed");
      case RENAME_CONSTRAINT:
      case RENAME_INDEX:
      case RENAME_KEY:
        if (e.getOldIndex() != null && e.getIndex() != null) {
          return ClauseResult.ok(ConstraintEdits.renameConstraint(table, dialect, e.getOldIndex().getName(), e.getIndex().getName()));
        }
        return ClauseResult.fail(clause(table, e) + " is not replayed");
      default:
        return ClauseResult.fail(clause(table, e) + " is not replayed");
    }
  }

  /** {@code DROP [COLUMN] c}, Oracle's {@code DROP (a, b)}, {@code DROP CONSTRAINT}, {@code DROP INDEX}. */
  private ClauseResult drop(TableDef table, AlterExpression e) {
    if (e.getColumnName() != null && e.getConstraintName() == null) {
      return dropColumn(table, SqlIdentifier.of(e.getColumnName()), e);
    }
    if (e.getPkColumns() != null && !e.getPkColumns().isEmpty() && e.getIndex() == null) {
      // Oracle's DROP (a, b)
      TableDef result = table;
      for (String column : e.getPkColumns()) {
        ClauseResult r = dropColumn(result, SqlIdentifier.of(column), e);
        if (r.problem() != null) {
          return r;
        }
        result = r.table();
      }
      return ClauseResult.ok(result);
    }
    if (e.getConstraintName() != null) {
      return dropConstraint(table, e.getConstraintName(), e);
    }
    if (e.getIndex() != null && e.getIndex().getName() != null) {
      String index = SqlIdentifier.of(e.getIndex().getName()).name();
      Optional<TableDef> dropped = ConstraintEdits.dropIndex(table, dialect, index);
      if (dropped.isEmpty() && guarded(index)) {
        return ClauseResult.ok(table); // DROP INDEX IF EXISTS
      }
      return dropped.map(ClauseResult::ok)
          .orElseGet(() -> ClauseResult.fail(clause(table, e) + " names index '" + e.getIndex().getName() + "', which the table does not have"));
    }
    return ClauseResult.fail(clause(table, e) + " is not replayed");
  }

  private void renamed(String from, String to) {
    String old = SqlIdentifier.of(from).key(dialect);
    String neu = SqlIdentifier.of(to).key(dialect);
    if (!old.equals(neu)) {
      effects.renamedColumns.add(new AlterationEffects.Renamed(old, neu));
    }
  }

  private boolean guarded(String indexName) {
    return guardedIndexes.contains(indexName.toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean cascade(AlterExpression e) {
    return CASCADE.matcher(e.toString()).matches();
  }

  private String clause(TableDef table, AlterExpression e) {
    String text = e.toString().strip();
    if (text.length() > 80) {
      text = text.substring(0, 77) + "...";
    }
    return "ALTER TABLE '" + table.name() + "' " + text;
  }

  private ClauseResult add(TableDef table, AlterExpression e) {
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
          return ClauseResult.fail(clause(table, e) + " adds column '" + spec.name().name() + "', which the table already has");
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
    if (e.getIndex() != null && e.getIndex().getName() != null && guarded(SqlIdentifier.of(e.getIndex().getName()).name())
        && (ConstraintEdits.findIndex(result, dialect, SqlIdentifier.of(e.getIndex().getName()).name()).isPresent()
            || result.uniques().stream().anyMatch(u -> ConstraintEdits.same(dialect, u.name(), e.getIndex().getName())))) {
      return ClauseResult.ok(result); // ADD INDEX IF NOT EXISTS of an index the table has
    }
    if (e.getIndex() != null) {
      understood = true;
      Optional<TableDef> added = constraints.add(result, e.getIndex(), at);
      if (added.isEmpty()) {
        return ClauseResult.fail(clause(table, e) + " is not replayed");
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
      return ClauseResult.fail(clause(table, e) + " is not replayed");
    }
    result = result.withColumns(ConstraintEdits.markPrimaryKeyNotNull(result, dialect, at));
    return ClauseResult.ok(result);
  }

  private Optional<TableDef> addFromText(TableDef table, String definitions) {
    TableDef result = table;
    for (String definition : topLevelParts(definitions)) {
      StatementParser.Parsed parsed = new StatementParser(dialect).parse("ALTER TABLE t ADD " + definition);
      if (!parsed.ok() || !(parsed.statement() instanceof Alter alter)) {
        return Optional.empty();
      }
      for (AlterExpression e : alter.getAlterExpressions()) {
        ClauseResult r = add(result, e);
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

  private ClauseResult dropColumn(TableDef table, SqlIdentifier column, AlterExpression e) {
    Optional<ColumnDef> existing = table.column(dialect, column.name(), column.quoted());
    if (existing.isEmpty()) {
      return e.isUsingIfExists()
          ? ClauseResult.ok(table)
          : ClauseResult.fail(clause(table, e) + " names column '" + column.name() + "', which the table does not have");
    }
    List<ColumnDef> columns = new ArrayList<>(table.columns());
    columns.remove(table.indexOf(existing.get())); // by position: no record comparison per column
    String key = column.key(dialect);
    effects.dropped.add(new AlterationEffects.Dropped(List.of(key), false, cascade(e)));
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
    return ClauseResult.ok(result);
  }

  private ClauseResult dropConstraint(TableDef table, String rawName, AlterExpression e) {
    String name = SqlIdentifier.of(rawName).name();
    Optional<TableDef> dropped = ConstraintEdits.dropConstraint(table, dialect, name);
    if (dropped.isPresent()) {
      droppedKeys(table, dropped.get(), cascade(e));
      return ClauseResult.ok(dropped.get());
    }
    if (e.isUsingIfExists() || rawName.toUpperCase().startsWith("DF")) {
      // IF EXISTS, or a SQL Server default constraint (defaults are not kept as constraints)
      return ClauseResult.ok(table);
    }
    return ClauseResult.fail(clause(table, e) + " names constraint '" + name + "', which the table does not have");
  }

  /** Records the primary key or uniques a DROP CONSTRAINT removed, which foreign keys may depend on. */
  private void droppedKeys(TableDef before, TableDef after, boolean cascade) {
    if (!before.primaryKey().isEmpty() && after.primaryKey().isEmpty()) {
      effects.dropped.add(new AlterationEffects.Dropped(before.primaryKey(), true, cascade));
    }
    before.uniques().stream().filter(u -> !after.uniques().contains(u))
        .forEach(u -> effects.dropped.add(new AlterationEffects.Dropped(u.columns(), true, cascade)));
  }

  /** Where MySQL's {@code ADD COLUMN ... FIRST} or {@code AFTER col} puts the column; else last. */
  private int position(TableDef table, AlterExpression.ColumnDataType definition) {
    return ColumnPositions.of(dialect, table, definition.getColumnSpecs() == null ? List.of() : definition.getColumnSpecs());
  }
}
