package io.github.schemadrift.migration;

import java.util.EnumMap;
import java.util.Map;
import net.sf.jsqlparser.statement.alter.AlterOperation;

/**
 * What a clause that restates a column ({@code MODIFY}, {@code CHANGE}, {@code ALTER COLUMN ...
 * TYPE}) does to the column, which differs by dialect: MySQL's MODIFY and CHANGE replace the whole
 * definition, Oracle's MODIFY changes only what it states, SQL Server's ALTER COLUMN restates
 * nullability (left out, it becomes NULL). The choice per dialect is data: {@link Rules}.
 */
enum ColumnRedefinition {
  /** The clause is the whole new definition: what it leaves out is gone (MySQL). */
  WHOLE {
    @Override
    ColumnDef apply(ColumnDef column, ColumnSpec spec, SqlLocation at) {
      return spec.toColumn(at).succeeding(column, at);
    }
  },
  /** Only what the clause states changes (Oracle's MODIFY, H2's ALTER COLUMN with more than a type). */
  STATED {
    @Override
    ColumnDef apply(ColumnDef column, ColumnSpec spec, SqlLocation at) {
      ColumnDef replacement = column;
      if (spec.type() != null) {
        replacement = replacement.withType(spec.type(), at);
      }
      if (spec.nullabilityStated()) {
        replacement = replacement.withNullable(!spec.notNull(), at);
      }
      if (spec.defaultStated()) {
        // DEFAULT NULL clears the default (defaultValue is then null)
        replacement = replacement.withDefault(spec.defaultValue(), at);
      }
      if (spec.identity()) {
        replacement = replacement.withIdentity(true, at);
      }
      return replacement;
    }
  },
  /** A new type; nullability changes only where the clause states it (PostgreSQL's ALTER ... TYPE). */
  TYPE {
    @Override
    ColumnDef apply(ColumnDef column, ColumnSpec spec, SqlLocation at) {
      ColumnDef replacement = typed(column, spec, at);
      return spec.nullabilityStated() ? replacement.withNullable(!spec.notNull(), at) : replacement;
    }
  },
  /** A new type, and nullability restated: left out, the column becomes NULL (SQL Server). */
  TYPE_AND_NULLABILITY {
    @Override
    ColumnDef apply(ColumnDef column, ColumnSpec spec, SqlLocation at) {
      return typed(column, spec, at).withNullable(!spec.notNull(), at);
    }
  };

  abstract ColumnDef apply(ColumnDef column, ColumnSpec spec, SqlLocation at);

  private static ColumnDef typed(ColumnDef column, ColumnSpec spec, SqlLocation at) {
    ColumnDef replacement = column.withType(spec.type(), at);
    if (!spec.enumValues().isEmpty() || !column.enumValues().isEmpty()) {
      replacement = replacement.withEnumValues(spec.enumValues(), at);
    }
    return replacement;
  }

  /**
   * One dialect's meaning of each clause: {@code MODIFY}, {@code CHANGE}, {@code ALTER COLUMN}
   * with a type and more, and {@code ALTER COLUMN c TYPE t} alone.
   */
  record Rules(ColumnRedefinition modify, ColumnRedefinition change, ColumnRedefinition alter, ColumnRedefinition alterTypeOnly) {

    private static final Map<Dialect, Rules> BY_DIALECT = new EnumMap<>(Dialect.class);

    static {
      Rules mySql = new Rules(WHOLE, WHOLE, TYPE, TYPE);
      BY_DIALECT.put(Dialect.MYSQL, mySql);
      BY_DIALECT.put(Dialect.MARIADB, mySql);
      BY_DIALECT.put(Dialect.ORACLE, new Rules(STATED, WHOLE, TYPE, TYPE));
      BY_DIALECT.put(Dialect.SQLSERVER, new Rules(STATED, WHOLE, TYPE_AND_NULLABILITY, TYPE_AND_NULLABILITY));
      BY_DIALECT.put(Dialect.H2, new Rules(STATED, WHOLE, STATED, TYPE));
      BY_DIALECT.put(Dialect.POSTGRESQL, new Rules(STATED, WHOLE, TYPE, TYPE));
    }

    static Rules of(Dialect dialect) {
      return BY_DIALECT.get(dialect);
    }

    /**
     * What {@code op} does to a column; null when it changes nothing (an ALTER COLUMN without a
     * type, whose SET/DROP parts are read separately).
     */
    ColumnRedefinition of(AlterOperation op, ColumnSpec spec, boolean typeOnly) {
      return switch (op) {
        case CHANGE -> change;
        case MODIFY -> modify;
        default -> spec.type() == null ? null : typeOnly ? alterTypeOnly : alter;
      };
    }
  }
}
