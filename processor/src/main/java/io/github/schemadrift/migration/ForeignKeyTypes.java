package io.github.schemadrift.migration;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the database can build a foreign key between two column types, as PostgreSQL and
 * MariaDB decide it (both proven on the real servers by {@code dbproof/*-items/item22-*}):
 *
 * <ul>
 *   <li>PostgreSQL needs an equality operator, directly or through an implicit cast from the
 *       referencing type: text types go together, date and timestamps go together, and numbers
 *       widen only upward (integer to numeric to floating point); anything else is refused with
 *       42804 "foreign key constraint ... cannot be implemented".
 *   <li>MariaDB (InnoDB, and MySQL, whose manual states the same rules) needs integers of the same
 *       size and sign, floating point of the same size, decimals with decimals, char and varchar
 *       together (not TEXT), datetime and timestamp together (not date); anything else fails with
 *       errno 150 "Foreign key constraint is incorrectly formed".
 * </ul>
 *
 * Oracle (ORA-02267) and SQL Server (error 1778) are modelled from their manuals only, no server
 * being at hand, and only where the types surely differ (see {@link #ORACLE}, {@link #SQLSERVER}).
 * A type this class does not know is accepted, so that the replay never refuses what the
 * database runs. H2 compares any two types.
 */
final class ForeignKeyTypes {

  private static final Map<String, String> POSTGRES = families(Map.of(
      "int", Set.of("smallint", "int2", "integer", "int", "int4", "bigint", "int8", "serial", "serial4", "bigserial",
          "serial8", "smallserial", "serial2"),
      "numeric", Set.of("numeric", "decimal", "dec"),
      "float", Set.of("real", "float4", "double precision", "float8", "float"),
      "text", Set.of("varchar", "character varying", "char", "character", "bpchar", "text", "char varying"),
      "time", Set.of("date", "timestamp", "timestamp without time zone", "timestamp with time zone", "timestamptz"),
      "uuid", Set.of("uuid"),
      "bool", Set.of("boolean", "bool")));

  /** PostgreSQL's implicit casts between number families: a referencing type may only widen. */
  private static final List<String> POSTGRES_WIDENING = List.of("int", "numeric", "float");

  private static final Map<String, String> MARIADB = families(Map.of(
      "int1", Set.of("tinyint", "bool", "boolean"),
      "int2", Set.of("smallint"),
      "int3", Set.of("mediumint"),
      "int4", Set.of("int", "integer"),
      "int8", Set.of("bigint"),
      "decimal", Set.of("decimal", "numeric", "dec", "fixed"),
      "float4", Set.of("float"),
      "float8", Set.of("double", "double precision", "real"),
      "string", Set.of("char", "varchar", "character", "character varying", "nchar", "nvarchar", "national char",
          "national varchar"),
      "text", Set.of("tinytext", "text", "mediumtext", "longtext")));

  private static final Map<String, String> MARIADB_TIME = families(Map.of(
      "date", Set.of("date"), "datetime", Set.of("datetime", "timestamp")));

  /**
   * Oracle's type families (ORA-02267: the data type of the referencing column is incompatible
   * with the referenced one): numbers, character types and date-times do not mix. Date and
   * timestamp are one family here, and the national character types are left out (so accepted):
   * only what the manual surely refuses is refused.
   */
  private static final Map<String, String> ORACLE = families(Map.of(
      "number", Set.of("number", "numeric", "decimal", "dec", "integer", "int", "smallint", "float", "real", "double precision"),
      "char", Set.of("varchar2", "varchar", "char", "character", "character varying"),
      "time", Set.of("date", "timestamp", "timestamp with time zone", "timestamp with local time zone")));

  /**
   * SQL Server's (error 1778: the referenced column is not the same data type as the referencing
   * one): every integer size and bit on its own, decimal with numeric, char with varchar and binary
   * with varbinary (the exceptions the manual lists), the national character types, the floats
   * and the date-times each a family.
   */
  private static final Map<String, String> SQLSERVER = families(Map.ofEntries(
      Map.entry("tinyint", Set.of("tinyint")), Map.entry("smallint", Set.of("smallint")),
      Map.entry("int", Set.of("int", "integer")), Map.entry("bigint", Set.of("bigint")), Map.entry("bit", Set.of("bit")),
      Map.entry("decimal", Set.of("decimal", "numeric", "dec")), Map.entry("float", Set.of("float", "real", "double precision")),
      Map.entry("char", Set.of("char", "varchar", "character", "character varying")),
      Map.entry("nchar", Set.of("nchar", "nvarchar", "national character", "national character varying")),
      Map.entry("binary", Set.of("binary", "varbinary")), Map.entry("uniqueidentifier", Set.of("uniqueidentifier")),
      Map.entry("date", Set.of("date")), Map.entry("datetime", Set.of("datetime", "datetime2", "smalldatetime")),
      Map.entry("datetimeoffset", Set.of("datetimeoffset")), Map.entry("time", Set.of("time"))));

  /** Runs of white space, compiled once: String.replaceAll and split compile their pattern on each call. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private ForeignKeyTypes() {}

  private static Map<String, String> families(Map<String, Set<String>> byFamily) {
    Map<String, String> out = new java.util.HashMap<>();
    byFamily.forEach((family, names) -> names.forEach(n -> out.put(n, family)));
    return Map.copyOf(out);
  }

  /** Whether {@code dialect}'s foreign-key types are modelled here. */
  static boolean applies(Dialect dialect) {
    return dialect != Dialect.H2;
  }

  /** Whether the database refuses a foreign key from a {@code referencing} column to a {@code referenced} one. */
  static boolean incompatible(Dialect dialect, SqlType referencing, SqlType referenced) {
    if (referencing == null || referenced == null || !applies(dialect)) {
      return false;
    }
    return switch (dialect) {
      case POSTGRESQL -> postgres(referencing, referenced);
      case ORACLE -> differ(ORACLE, referencing, referenced);
      case SQLSERVER -> differ(SQLSERVER, referencing, referenced);
      default -> mariaDb(referencing, referenced);
    };
  }

  /** Whether both types are known in {@code families} and lie in different ones. */
  private static boolean differ(Map<String, String> families, SqlType from, SqlType to) {
    String a = families.get(from.base().toLowerCase(Locale.ROOT));
    String b = families.get(to.base().toLowerCase(Locale.ROOT));
    return a != null && b != null && !a.equals(b);
  }

  private static boolean postgres(SqlType from, SqlType to) {
    String a = POSTGRES.get(from.base());
    String b = POSTGRES.get(to.base());
    if (a == null || b == null || a.equals(b)) {
      return false;
    }
    int wa = POSTGRES_WIDENING.indexOf(a);
    int wb = POSTGRES_WIDENING.indexOf(b);
    return wa < 0 || wb < 0 || wa > wb;
  }

  private static boolean mariaDb(SqlType from, SqlType to) {
    Optional<String> a = mariaDbFamily(from);
    Optional<String> b = mariaDbFamily(to);
    return a.isPresent() && b.isPresent() && !a.get().equals(b.get());
  }

  /** The family of a MariaDB type, with the sign of an integer or float: {@code int4 unsigned}. */
  private static Optional<String> mariaDbFamily(SqlType type) {
    String base = type.base().toLowerCase(Locale.ROOT);
    boolean unsigned = base.contains("unsigned");
    String bare = base.replace("unsigned", "").replace("signed", "").replace("zerofill", "").trim();
    bare = WHITESPACE.matcher(bare).replaceAll(" ");
    String family = MARIADB.getOrDefault(bare, MARIADB_TIME.get(bare));
    if (family == null) {
      return Optional.empty();
    }
    boolean signed = family.startsWith("int") || family.startsWith("float");
    return Optional.of(signed && unsigned ? family + " unsigned" : family);
  }

  /**
   * Why the database refuses a foreign key of {@code table} as it stands after a statement
   * ({@code before}: the same table before it, null for a new one): the first key that is new, or
   * whose own columns changed type, between incompatible types, or a key of another table whose
   * referenced column here changed to an incompatible type (looked for only when a column of the
   * table appeared, went or changed type); else null. {@code state} holds the
   * other tables (and {@code before}, not yet replaced). A key written without referenced columns
   * is checked only when it is new: the database fixed it to the primary key of that moment, which
   * the replay does not keep.
   */
  static String refusal(Dialect dialect, ReplayState state, TableDef before, TableDef table) {
    if (!applies(dialect)) {
      return null;
    }
    for (ForeignKeyDef fk : table.foreignKeys()) {
      ForeignKeyDef old = before == null ? null : sameKey(before, fk);
      boolean check = old == null
          || (!fk.referencedColumns().isEmpty() && !sameTypes(dialect, before, old.columns(), table, fk.columns()));
      TableDef target = check ? referenced(dialect, state, table, fk) : null;
      String refusal = target == null ? null : check(dialect, table, fk, target);
      if (refusal != null) {
        return refusal;
      }
    }
    if (before == null || sameColumnTypes(dialect, before, table)) {
      return null;
    }
    String nameKey = dialect.key(table.name(), table.quoted());
    for (Map.Entry<String, TableDef> referencing : state.tables.referencing(nameKey)) {
      TableDef other = referencing.getValue();
      for (ForeignKeyDef fk : other.foreignKeys()) {
        // the cheap tests first: a deep equals of every other table made this quadratic
        boolean check = !fk.referencedColumns().isEmpty()
            && ReplayState.references(fk, table.schema(), nameKey)
            && !other.equals(before)
            && !sameTypes(dialect, before, fk.referencedColumns(), table, fk.referencedColumns());
        String refusal = check ? check(dialect, other, fk, table) : null;
        if (refusal != null) {
          return refusal;
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code after} has the columns of {@code before}, no more, each of the same type: then no
   * referenced column changed, and the keys of other tables need no look (the replay of every
   * table in the schema after each statement made a long migration set quadratic).
   */
  private static boolean sameColumnTypes(Dialect dialect, TableDef before, TableDef after) {
    if (before.columns() == after.columns()) {
      return true;
    }
    if (before.columns().size() != after.columns().size()) {
      return false;
    }
    Map<String, SqlType> types = new java.util.HashMap<>();
    for (ColumnDef c : before.columns()) {
      types.put(dialect.key(c.name(), c.quoted()), c.type());
    }
    for (ColumnDef c : after.columns()) {
      String key = dialect.key(c.name(), c.quoted());
      if (!types.containsKey(key) || !java.util.Objects.equals(types.remove(key), c.type())) {
        return false;
      }
    }
    return types.isEmpty();
  }

  /** The key of {@code before} that {@code fk} continues: the one added by the same statement under the same name. */
  private static ForeignKeyDef sameKey(TableDef before, ForeignKeyDef fk) {
    for (ForeignKeyDef f : before.foreignKeys()) {
      if (java.util.Objects.equals(f.definedAt(), fk.definedAt()) && java.util.Objects.equals(f.name(), fk.name())
          && f.columns().size() == fk.columns().size()) {
        return f;
      }
    }
    return null;
  }

  /** Why the database refuses foreign key {@code fk} of {@code table} to {@code target}, or null. */
  private static String check(Dialect dialect, TableDef table, ForeignKeyDef fk, TableDef target) {
    List<String> targetColumns = fk.referencedColumns().isEmpty() ? target.primaryKey() : fk.referencedColumns();
    for (int i = 0; i < Math.min(fk.columns().size(), targetColumns.size()); i++) {
      ColumnDef from = column(dialect, table, fk.columns().get(i));
      ColumnDef to = column(dialect, target, targetColumns.get(i));
      if (from != null && to != null && incompatible(dialect, from.type(), to.type())) {
        return "foreign key " + (fk.name() == null ? "" : "'" + fk.name() + "' ") + "from '" + table.name() + "." + from.name()
            + "' (" + from.type().render() + ") to '" + target.name() + "." + to.name() + "' (" + to.type().render()
            + ") joins incompatible types; the database refuses it (" + reason(dialect) + ")";
      }
    }
    return null;
  }

  private static String reason(Dialect dialect) {
    return switch (dialect) {
      case POSTGRESQL -> "PostgreSQL: foreign key constraint cannot be implemented";
      case ORACLE -> "Oracle: ORA-02267, column type incompatible with referenced column type";
      case SQLSERVER -> "SQL Server: error 1778, the referenced column is not the same data type as the referencing column";
      default -> "MariaDB/MySQL: errno 150, foreign key constraint is incorrectly formed";
    };
  }

  /** Whether columns {@code was} of {@code before} have the types of columns {@code now} of {@code after}, one by one. */
  private static boolean sameTypes(Dialect dialect, TableDef before, List<String> was, TableDef after, List<String> now) {
    for (int i = 0; i < was.size(); i++) {
      ColumnDef a = column(dialect, before, was.get(i));
      ColumnDef b = column(dialect, after, now.get(i));
      if (a == null || b == null || !java.util.Objects.equals(a.type(), b.type())) {
        return false;
      }
    }
    return true;
  }

  private static TableDef referenced(Dialect dialect, ReplayState state, TableDef table, ForeignKeyDef fk) {
    if (ReplayState.references(fk, table.schema(), dialect.key(table.name(), table.quoted()))) {
      return table;
    }
    return state.tables.firstNamed(fk.referencedTable(),
        t -> ReplayState.references(fk, t.schema(), dialect.key(t.name(), t.quoted())));
  }

  private static ColumnDef column(Dialect dialect, TableDef table, String key) {
    for (ColumnDef c : table.columns()) {
      if (dialect.hasKey(c.name(), c.quoted(), key)) {
        return c;
      }
    }
    return null;
  }
}
