package io.github.schemadrift.rules;

import static io.github.schemadrift.rules.Messages.simpleName;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.migration.TableDef;
import java.util.List;

/**
 * The messages of the rules about a column's shape: nullability, type, length, precision and
 * enum-values.
 * Part of the one message catalogue ({@link Messages} and its family classes): javac wording, subject
 * first, identifiers quoted, the migration as {@code file:line}, then the fix on either side; no
 * trailing period.
 */
public final class ColumnMessages {

  private ColumnMessages() {}

  public static String nullableButDeclaredNotNull(TableDef table, ColumnDef column, ColumnMapping mapping, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' is nullable (" + column.nullabilityChanged()
        + ") but field '" + mapping.attributePath() + "' is declared nullable = false; " + ColumnEdit.nullable(mapping, true, "make it")
        + " or add a migration: "
        + fixSql;
  }

  public static String nullableButPrimitive(TableDef table, ColumnDef column, ColumnMapping mapping, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' is nullable (" + column.nullabilityChanged()
        + ") but field '" + mapping.attributePath() + "' has primitive type '" + Messages.plainType(mapping.javaType())
        + "', which cannot hold NULL; use the wrapper type or add a migration: " + fixSql;
  }

  public static String nullableButId(TableDef table, ColumnDef column, ColumnMapping mapping, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' is nullable (" + column.nullabilityChanged()
        + ") but field '" + mapping.attributePath() + "' is the entity's @Id; add a migration: " + fixSql;
  }

  public static String notNullButDeclaredNullable(TableDef table, ColumnDef column, ColumnMapping mapping, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' is NOT NULL (" + column.nullabilityChanged()
        + ") but field '" + mapping.attributePath() + "' is declared nullable = true; " + ColumnEdit.nullable(mapping, false, "make it")
        + " or add a migration: "
        + fixSql;
  }

  public static String notNullButUndeclared(TableDef table, ColumnDef column, ColumnMapping mapping, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' is NOT NULL (" + column.nullabilityChanged()
        + ") but field '" + mapping.attributePath() + "' does not say so; " + ColumnEdit.nullable(mapping, false, "add")
        + " or add a migration: "
        + fixSql;
  }

  public static String typeMismatch(
      TableDef table, ColumnDef column, ColumnMapping mapping, String preferred, boolean lossy, boolean sameKind,
      String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' has type '" + column.type().render() + "' ("
        + column.lastChanged() + ") but field '" + mapping.attributePath() + "' is '" + Messages.plainType(mapping.javaType())
        + "', which Hibernate maps to " + preferred
        + (lossy ? "; values lose digits or their time zone"
            : sameKind ? "; Hibernate's schema validation rejects it (hbm2ddl.auto=validate fails)" : "; reads and writes fail")
        + ": change the field's type or add a migration: " + fixSql;
  }

  public static String columnTooNarrow(
      TableDef table, ColumnDef column, ColumnMapping mapping, int required, String source, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' has type '" + column.type().render() + "' ("
        + column.lastChanged() + ") but field '" + mapping.attributePath() + "' allows " + required
        + " characters (" + source + "); longer values are rejected or cut: shorten the mapping or add a migration: " + fixSql;
  }

  public static String numericTooNarrow(
      TableDef table, ColumnDef column, ColumnMapping mapping, int precision, int scale, boolean rounds, String fixSql) {
    return "column '" + table.name() + "." + column.name() + "' has type '" + column.type().render() + "' ("
        + column.lastChanged() + ") but field '" + mapping.attributePath() + "' is declared precision = " + precision
        + ", scale = " + scale + (rounds ? "; digits after the point are rounded away" : "; large values are rejected")
        + ": change the declaration or add a migration: " + fixSql;
  }

  public static String enumValuesNotAllowed(
      TableDef table, ColumnDef column, ColumnMapping mapping, List<String> missing, String allowedBy, SqlLocation changed, String fixSql) {
    String type = simpleName(mapping.type().javaType());
    return "enum '" + type + "' of field '" + mapping.attributePath() + "' has constant" + (missing.size() > 1 ? "s " : " ")
        + missing.stream().map(m -> "'" + m + "'").collect(java.util.stream.Collectors.joining(", "))
        + " that column '" + table.name() + "." + column.name() + "' does not allow (" + allowedBy + ", last changed at "
        + changed + "), so storing " + (missing.size() > 1 ? "them" : "it") + " fails; "
        + (fixSql != null ? "remove the constant or add a migration: " + fixSql : "remove the constant or widen the allowed values in a migration");
  }

  public static String enumOrdinalsNotAllowed(
      TableDef table, ColumnDef column, ColumnMapping mapping, int highest, long allowedMax, String allowedBy, SqlLocation changed, String fixSql) {
    String type = simpleName(mapping.type().javaType());
    return "enum '" + type + "' of field '" + mapping.attributePath() + "' is stored as its ordinal, up to " + highest
        + ", but column '" + table.name() + "." + column.name() + "' allows at most " + allowedMax + " (" + allowedBy
        + ", " + changed + "), so storing the last constants fails; "
        + (fixSql != null ? "store it with @Enumerated(EnumType.STRING) or add a migration: " + fixSql
            : "store it with @Enumerated(EnumType.STRING) or widen the column in a migration");
  }
}
