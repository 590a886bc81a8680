package io.github.schemadrift.migration;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.util.deparser.ExpressionDeParser;

/**
 * The names databases give constraints and indexes a migration leaves unnamed, so that a later
 * statement that names them ({@code DROP CONSTRAINT t_c_check}, {@code DROP INDEX code ON t})
 * finds them.
 *
 * <ul>
 *   <li>CHECK: PostgreSQL {@code <table>_<column>_check} when the expression reads one column
 *       (inline or not), {@code <table>_check} otherwise, numbered {@code 1, 2, ...} when taken;
 *       MySQL {@code <table>_chk_<n>}; MariaDB names a column's check after the column and a
 *       table's unnamed check {@code CONSTRAINT_<n>}.
 *   <li>MySQL/MariaDB index of {@code UNIQUE (code)}, {@code KEY (code)}: its first column's name,
 *       then {@code code_2}, {@code code_3}, ... when taken.
 * </ul>
 */
final class ImplicitNames {

  private ImplicitNames() {}

  /** {@code check} named as the dialect names an unnamed check ({@code column}: a column's own check). */
  static CheckDef check(Dialect dialect, TableDef table, CheckDef check, String column) {
    String name = switch (dialect) {
      case POSTGRESQL -> postgresCheck(table, check);
      case MYSQL -> table.name() + "_chk_" + next(table, Pattern.quote(table.name()) + "_chk_(\\d+)");
      case MARIADB -> column != null ? column : "CONSTRAINT_" + next(table, "CONSTRAINT_(\\d+)");
      default -> null;
    };
    return name == null ? check : new CheckDef(name, check.expression(), check.column(), check.allowedValues(), check.definedAt());
  }

  /** PostgreSQL names a check after the one column its expression reads, inline or not. */
  private static String postgresCheck(TableDef table, CheckDef check) {
    String only = check.column() != null ? check.column() : singleColumn(check.expression());
    String base = only == null ? table.name() + "_check" : ConstraintReader.postgresName(table, List.of(only), "check");
    String name = base;
    for (int n = 1; taken(table, name); n++) {
      name = base + n;
    }
    return name;
  }

  /** The one column an expression reads, lower case, or null when it reads none or several. */
  private static String singleColumn(String expression) {
    Expression parsed = ConstraintReader.parseExpression(expression);
    if (parsed == null) {
      return null;
    }
    java.util.Set<String> columns = new java.util.LinkedHashSet<>();
    parsed.accept(new ExpressionDeParser() {
      @Override
      public <S> StringBuilder visit(Column column, S context) {
        columns.add(SqlIdentifier.of(column.getColumnName()).key(Dialect.POSTGRESQL));
        return super.visit(column, context);
      }
    }, null);
    return columns.size() == 1 ? columns.iterator().next() : null;
  }

  private static boolean taken(TableDef table, String name) {
    return table.checks().stream().anyMatch(c -> name.equalsIgnoreCase(c.name()))
        || table.uniques().stream().anyMatch(u -> name.equalsIgnoreCase(u.name()))
        || table.foreignKeys().stream().anyMatch(f -> name.equalsIgnoreCase(f.name()));
  }

  /** One more than the highest number a check name of the pattern carries, or 1. */
  private static int next(TableDef table, String numbered) {
    Pattern own = Pattern.compile(numbered, Pattern.CASE_INSENSITIVE);
    int next = 1;
    for (CheckDef existing : table.checks()) {
      Matcher m = existing.name() == null ? null : own.matcher(existing.name());
      if (m != null && m.matches()) {
        next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
      }
    }
    return next;
  }

  /** MySQL's name for an unnamed index on {@code columns}: the first one's, numbered when taken. */
  static String mySqlIndex(Dialect dialect, TableDef table, List<String> columns) {
    if ((dialect != Dialect.MYSQL && dialect != Dialect.MARIADB) || columns.isEmpty()) {
      return null;
    }
    String base = SqlIdentifier.of(columns.get(0)).name();
    String name = base;
    for (int n = 2; indexTaken(table, name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  private static boolean indexTaken(TableDef table, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return table.indexes().stream().anyMatch(i -> i.name() != null && i.name().toLowerCase(Locale.ROOT).equals(lower))
        || table.uniques().stream().anyMatch(u -> u.name() != null && u.name().toLowerCase(Locale.ROOT).equals(lower));
  }
}
