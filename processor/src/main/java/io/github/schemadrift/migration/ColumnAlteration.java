package io.github.schemadrift.migration;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.alter.IdentityAlteration;

/**
 * One {@code ALTER COLUMN}, {@code MODIFY} or {@code CHANGE} clause applied to a table: the
 * column restated as its dialect's {@link ColumnRedefinition.Rules} say, and the {@code SET/DROP
 * NOT NULL} and {@code SET/DROP DEFAULT} forms.
 */
final class ColumnAlteration {

  private static final java.util.regex.Pattern TYPE_ONLY = java.util.regex.Pattern.compile("(?is)^\\S+\\s+TYPE\\s.*");

  private final Dialect dialect;
  private final ConstraintReader constraints;
  private final SqlLocation at;
  private final ColumnRedefinition.Rules rules;

  ColumnAlteration(Dialect dialect, ConstraintReader constraints, SqlLocation at) {
    this.dialect = dialect;
    this.constraints = constraints;
    this.at = at;
    this.rules = ColumnRedefinition.Rules.of(dialect);
  }

  /**
   * Applies clause {@code e}; {@code clause} describes it for a message, and is made only for one
   * (printing the clause is a deparse of the statement).
   */
  ClauseResult apply(TableDef table, AlterExpression e, Supplier<String> clause) {
    TableDef result = table;
    boolean understood = false;
    if (e.getColDataTypeList() != null) {
      understood = true;
      for (AlterExpression.ColumnDataType definition : e.getColDataTypeList()) {
        ClauseResult r = redefine(result, e, definition, clause);
        if (r.problem() != null) {
          return r;
        }
        result = r.table();
      }
    }
    Parts parts = alterParts(result, e, clause);
    if (parts.problem() != null) {
      return parts.refused() ? ClauseResult.refuse(parts.problem()) : ClauseResult.fail(parts.problem());
    }
    understood |= parts.any();
    result = parts.table();
    if (!understood) {
      return ClauseResult.fail(clause.get() + " is not replayed");
    }
    return ClauseResult.ok(result.withColumns(ConstraintEdits.markPrimaryKeyNotNull(result, dialect, at)));
  }

  private ClauseResult redefine(
      TableDef table, AlterExpression e, AlterExpression.ColumnDataType definition, Supplier<String> clause) {
    AlterOperation op = e.getOperation();
    ColumnSpec spec = ColumnSpec.read(definition, dialect);
    SqlIdentifier target = op == AlterOperation.CHANGE && e.getColumnOldName() != null
        ? SqlIdentifier.of(e.getColumnOldName()) : spec.name();
    Optional<ColumnDef> existing = table.column(dialect, target.name(), target.quoted());
    if (existing.isEmpty()) {
      return ClauseResult.fail(missing(clause.get(), target.name()));
    }
    ColumnDef column = existing.get();
    if (spec.nullabilityStated() && !spec.notNull() && !spec.primaryKey()) {
      String refusal = nullablePrimaryKey(table, column, clause);
      if (refusal != null) {
        return ClauseResult.refuse(refusal);
      }
    }
    ColumnRedefinition how = rules.of(op, spec, op == AlterOperation.ALTER && isTypeOnly(definition));
    ColumnDef replacement = how == null ? column : how.apply(column, spec, at);
    replacement = identityAlterations(definition, replacement);
    TableDef result = table.replaceColumn(column, replacement);
    List<String> words = definition.getColumnSpecs() == null ? List.of() : definition.getColumnSpecs();
    if ((op == AlterOperation.CHANGE || op == AlterOperation.MODIFY) && ColumnPositions.stated(words)
        && (dialect == Dialect.MYSQL || dialect == Dialect.MARIADB)) {
      result = ColumnPositions.moved(dialect, result, replacement, words);
    }
    if (op == AlterOperation.CHANGE) {
      result = ConstraintEdits.renameKey(result, target.key(dialect), spec.name().key(dialect));
      result = constraints.addInline(result, spec, at);
    }
    if (spec.primaryKey()) {
      result = result.withPrimaryKey(List.of(spec.name().key(dialect)), null);
    }
    return ClauseResult.ok(result);
  }

  /** The table after a clause's SET/DROP parts, whether it had any, or why one failed or is refused. */
  private record Parts(TableDef table, boolean any, String problem, boolean refused) {
    Parts(TableDef table, boolean any, String problem) {
      this(table, any, problem, false);
    }
  }

  /**
   * Why the database refuses to make a primary-key column nullable, or null: PostgreSQL ("column
   * is in a primary key"), H2 ("must not be nullable"), Oracle (ORA-01451, whose documented cause
   * is a NOT NULL that is part of a primary key) and SQL Server (error 5074, the key depends on
   * the column, so ALTER COLUMN fails with 4922) refuse it; MariaDB and MySQL keep the column NOT
   * NULL without a word (as {@link ConstraintEdits#markPrimaryKeyNotNull} does after every clause).
   */
  private String nullablePrimaryKey(TableDef table, ColumnDef column, Supplier<String> clause) {
    if (dialect == Dialect.MYSQL || dialect == Dialect.MARIADB || !table.inPrimaryKey(dialect, column)) {
      return null;
    }
    String why = switch (dialect) {
      case POSTGRESQL -> "PostgreSQL: column is in a primary key";
      case ORACLE -> "Oracle: ORA-01451, column to be modified to NULL cannot be modified to NULL";
      case SQLSERVER -> "SQL Server: error 5074, the primary key is dependent on the column";
      default -> "H2: column must not be nullable";
    };
    return clause.get() + " makes column '" + table.name() + "." + column.name()
        + "' of the primary key nullable; the database refuses it (" + why + ")";
  }

  /** The {@code SET/DROP NOT NULL} and {@code SET/DROP DEFAULT} parts of the clause. */
  private Parts alterParts(TableDef table, AlterExpression e, Supplier<String> clause) {
    TableDef result = table;
    boolean any = false;
    for (var c : nonNull(e.getColumnSetNotNullList())) {
      any = true;
      result = update(result, c.getColumnName(), col -> col.withNullable(false, at)).orElse(null);
      if (result == null) {
        return new Parts(null, true, missing(clause.get(), c.getColumnName()));
      }
    }
    for (var c : nonNull(e.getColumnDropNotNullList())) {
      any = true;
      SqlIdentifier id = SqlIdentifier.of(c.getColumnName());
      Optional<ColumnDef> column = result.column(dialect, id.name(), id.quoted());
      String refusal = column.map(col -> nullablePrimaryKey(table, col, clause)).orElse(null);
      if (refusal != null) {
        return new Parts(null, true, refusal, true);
      }
      result = update(result, c.getColumnName(), col -> col.withNullable(true, at)).orElse(null);
      if (result == null) {
        return new Parts(null, true, missing(clause.get(), c.getColumnName()));
      }
    }
    for (var c : nonNull(e.getColumnSetDefaultList())) {
      any = true;
      String value = ColumnSpec.defaultOf(c.getDefaultValue());
      result = update(result, c.getColumnName(), col -> sequenceDefault(col, serialEnds(col, value).withDefault(value, at), value))
          .orElse(null);
      if (result == null) {
        return new Parts(null, true, missing(clause.get(), c.getColumnName()));
      }
    }
    for (var c : nonNull(e.getColumnDropDefaultList())) {
      any = true;
      result = update(result, c.getColumnName(), col -> sequenceDefault(col, serialEnds(col, null).withDefault(null, at), null))
          .orElse(null);
      if (result == null) {
        return new Parts(null, true, missing(clause.get(), c.getColumnName()));
      }
    }
    return new Parts(result, any, null);
  }

  /**
   * A serial column (PostgreSQL) whose default is replaced by one that does not draw from a
   * sequence stops being generated.
   */
  private ColumnDef serialEnds(ColumnDef column, String newDefault) {
    boolean fromSequence = newDefault != null && newDefault.strip().toLowerCase(java.util.Locale.ROOT).startsWith("nextval(");
    return column.identity() && column.type() != null && column.type().isSerial() && !fromSequence
        ? OwnedSequences.withoutSerialDefault(column, at)
        : column;
  }

  /**
   * PostgreSQL: a column whose default becomes {@code nextval(...)} is generated by the database,
   * as a serial column is (its JDBC driver reports it auto-increment; Liquibase's addAutoIncrement
   * makes one this way); one whose {@code nextval} default goes stops being generated.
   */
  private ColumnDef sequenceDefault(ColumnDef before, ColumnDef after, String newDefault) {
    if (dialect != Dialect.POSTGRESQL) {
      return after;
    }
    if (drawsFromSequence(newDefault)) {
      return after.withIdentity(true, at);
    }
    return drawsFromSequence(before.defaultValue()) && after.identity() ? after.withIdentity(false, at) : after;
  }

  static boolean drawsFromSequence(String defaultValue) {
    return defaultValue != null && defaultValue.strip().toLowerCase(java.util.Locale.ROOT).startsWith("nextval(");
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** PostgreSQL's {@code ALTER COLUMN c ADD GENERATED ... AS IDENTITY} and {@code DROP IDENTITY}. */
  private ColumnDef identityAlterations(AlterExpression.ColumnDataType definition, ColumnDef column) {
    ColumnDef result = column;
    if (definition.getIdentityAlterations() == null) {
      return result;
    }
    for (IdentityAlteration alteration : definition.getIdentityAlterations()) {
      String kind = alteration.getKind().name();
      if (kind.startsWith("ADD")) {
        result = result.withIdentity(true, at);
      } else if (kind.startsWith("DROP")) {
        result = result.withIdentity(false, at);
      }
    }
    return result;
  }

  /** Whether an ALTER COLUMN clause only changes the type ({@code ALTER COLUMN x TYPE t}). */
  private static boolean isTypeOnly(AlterExpression.ColumnDataType definition) {
    return TYPE_ONLY.matcher(definition.toString()).matches();
  }

  private static String missing(String clause, String column) {
    return clause + " names column '" + column + "', which the table does not have";
  }

  private Optional<TableDef> update(TableDef table, String columnName, UnaryOperator<ColumnDef> change) {
    SqlIdentifier id = SqlIdentifier.of(columnName);
    Optional<ColumnDef> existing = table.column(dialect, id.name(), id.quoted());
    return existing.map(c -> table.replaceColumn(c, change.apply(c)));
  }
}
