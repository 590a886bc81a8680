package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.ColumnType;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.CheckDef;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.EnumTypeDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An enum constant the column does not accept. For {@code STRING} storage, the allowed names come
 * from a PostgreSQL enum type (the column's type), a MySQL {@code ENUM(...)} or a
 * {@code CHECK (column IN (...))}; for {@code ORDINAL} storage, the highest ordinal must fit a
 * {@code CHECK} bound ({@code BETWEEN}, {@code <=}, {@code <}, an {@code IN} list of numbers) and a
 * {@code tinyint}. Storing such a constant fails, so each is an error on the field. Checks with
 * {@code OR}, converters and enums that store an {@code @EnumeratedValue} field are not judged.
 */
public final class EnumValuesRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("enum-values", "the column does not accept every constant of the enum", Severity.ERROR);

  /** A column reference as JSqlParser prints it: optionally qualified and quoted. */
  private static final String COLUMN = "(?:[\\w\"`\\[\\]]+\\.)?[\"`\\[]?(\\w+)[\"`\\]]?";
  private static final Pattern BETWEEN =
      Pattern.compile("(?i)^\\(?\\s*" + COLUMN + "\\s+BETWEEN\\s+(-?\\d+)\\s+AND\\s+(-?\\d+)\\s*\\)?$");
  private static final Pattern UPPER = Pattern.compile("(?i)" + COLUMN + "\\s*(<=|<)\\s*(-?\\d+)");
  private static final Pattern IN_NUMBERS =
      Pattern.compile("(?i)^\\(?\\s*" + COLUMN + "\\s+IN\\s*\\(([-\\d\\s,]+)\\)\\s*\\)?$");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {}

  @Override
  public void checkAll(List<EntityModel> entities, SchemaModel schema, Consumer<Finding> findings) {
    Set<String> seen = new HashSet<>();
    Dialect dialect = schema.dialect();
    for (ResolvedEntities.Entity resolved : ResolvedEntities.of(entities, schema).inOrder()) {
      EntityModel entity = resolved.model();
      for (ResolvedEntities.Table resolvedTable : resolved.tables()) {
        TableMapping mapped = resolvedTable.mapped();
        if (mapped.kind() == TableMapping.Kind.FOREIGN || mapped.kind() == TableMapping.Kind.GENERATOR) {
          continue;
        }
        Optional<TableDef> found = resolvedTable.found();
        if (found.isEmpty()) {
          continue;
        }
        List<ColumnMapping> mappings = mapped.columns();
        for (int i : resolvedTable.enumColumns()) {
          ColumnMapping mapping = mappings.get(i);
          ColumnType type = mapping.type();
          if (type.enumValueField() || type.converter() != null || type.enumConstants().isEmpty()) {
            continue;
          }
          Optional<ColumnDef> column = Optional.ofNullable(resolvedTable.column(i));
          if (column.isEmpty() || !seen.add(dialect.key(mapped.name(), mapped.quoted()) + "." + mapping.columnName() + "#" + type.javaType())) {
            continue;
          }
          String subject = entity.qualifiedName() + "#" + mapping.attributePath();
          if (type.enumStorage() == ColumnType.EnumStorage.STRING) {
            names(found.get(), column.get(), mapping, schema, subject, findings);
          } else {
            ordinals(found.get(), column.get(), mapping, dialect, subject, findings);
          }
        }
      }
    }
  }

  private static void names(
      TableDef table, ColumnDef column, ColumnMapping mapping, SchemaModel schema, String subject, Consumer<Finding> findings) {
    Dialect dialect = schema.dialect();
    boolean ignoreCase = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB || dialect == Dialect.SQLSERVER;
    List<String> constants = mapping.type().enumConstants();
    if (dialect == Dialect.POSTGRESQL && column.type() != null) {
      Optional<EnumTypeDef> enumType = enumType(schema, table, column.type().base());
      enumType.ifPresent(t -> {
        List<String> missing = missing(constants, t.values(), false);
        if (!missing.isEmpty()) {
          String fix = FixSql.addEnumValues(t.name(), missing);
          report(table, column, mapping, missing, "enum type '" + t.name() + "'", t.lastChanged(), subject, fix, findings);
        }
      });
    }
    if (!column.enumValues().isEmpty()) {
      List<String> missing = missing(constants, column.enumValues(), true);
      if (!missing.isEmpty()) {
        List<String> all = new ArrayList<>(column.enumValues());
        all.addAll(missing);
        String fix = FixSql.modifyEnumColumn(table, column, all);
        report(table, column, mapping, missing, "ENUM(" + quoted(column.enumValues()) + ")", column.lastChanged(), subject, fix, findings);
      }
    }
    String key = dialect.key(column.name(), column.quoted());
    for (CheckDef check : table.checks()) {
      if (check.allowedValues().isEmpty() || check.column() == null || !check.column().equalsIgnoreCase(key)) {
        continue;
      }
      List<String> missing = missing(constants, check.allowedValues(), ignoreCase);
      if (!missing.isEmpty()) {
        List<String> all = new ArrayList<>(check.allowedValues());
        all.addAll(missing);
        String fix = FixSql.replaceCheck(dialect, table, check.name(), column.name() + " IN (" + quoted(all) + ")");
        report(table, column, mapping, missing, "CHECK (" + check.expression() + ")", check.definedAt(), subject, fix, findings);
      }
    }
  }

  /**
   * The enum type a column's type names: in the type's own schema when it is qualified, else in
   * the table's schema (where types created beside it land), else the default schema's, else the
   * only one of the name; failing that, the first of the name whatever its case.
   */
  private static Optional<EnumTypeDef> enumType(SchemaModel schema, TableDef table, String base) {
    int dot = base.lastIndexOf('.');
    String bareWritten = base.substring(dot + 1);
    boolean quoted = bareWritten.startsWith("\"") && bareWritten.endsWith("\"") && bareWritten.length() > 1;
    String bare = bareWritten.replace("\"", "");
    Optional<EnumTypeDef> found = dot < 0
        ? schema.enumTypeIn(table.schema(), bare, quoted)
        : schema.enumType(base.substring(0, dot), bare, quoted);
    return found.or(() -> schema.enumTypes().values().stream().filter(t -> t.name().equalsIgnoreCase(bare)).findFirst());
  }

  private static void ordinals(
      TableDef table, ColumnDef column, ColumnMapping mapping, Dialect dialect, String subject, Consumer<Finding> findings) {
    int highest = mapping.type().enumConstants().size() - 1;
    for (CheckDef check : table.checks()) {
      OptionalLong max = upperBound(check.expression(), column.name());
      if (max.isPresent() && max.getAsLong() < highest) {
        String fix = FixSql.replaceCheck(dialect, table, check.name(), column.name() + " BETWEEN 0 AND " + highest);
        findings.accept(new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(),
            ColumnMessages.enumOrdinalsNotAllowed(table, column, mapping, highest, max.getAsLong(), "CHECK (" + check.expression() + ")",
                check.definedAt(), fix),
            mapping.attribute(), check.definedAt(), subject, fix));
      }
    }
    if (column.type() != null && column.type().base().startsWith("tinyint")) {
      boolean unsigned = column.type().base().contains("unsigned") || dialect == Dialect.SQLSERVER;
      long max = unsigned ? 255 : 127;
      if (highest > max) {
        String fix = FixSql.changeType(dialect, table, column, "smallint");
        findings.accept(new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(),
            ColumnMessages.enumOrdinalsNotAllowed(table, column, mapping, highest, max, "type '" + column.type().render() + "'",
                column.lastChanged(), fix),
            mapping.attribute(), column.lastChanged(), subject, fix));
      }
    }
  }

  /** The highest value a check lets the column hold, when the check is a plain bound on it. */
  static OptionalLong upperBound(String expression, String column) {
    String e = expression.trim();
    if (e.toUpperCase(Locale.ROOT).contains(" OR ")) {
      return OptionalLong.empty();
    }
    Matcher between = BETWEEN.matcher(e);
    if (between.matches()) {
      return between.group(1).equalsIgnoreCase(column) ? OptionalLong.of(Long.parseLong(between.group(3))) : OptionalLong.empty();
    }
    Matcher in = IN_NUMBERS.matcher(e);
    if (in.matches()) {
      if (!in.group(1).equalsIgnoreCase(column)) {
        return OptionalLong.empty();
      }
      Set<Long> values = new HashSet<>();
      for (String v : in.group(2).split(",")) {
        values.add(Long.parseLong(v.trim()));
      }
      long max = -1;
      while (values.contains(max + 1)) {
        max++;
      }
      return OptionalLong.of(max);
    }
    OptionalLong bound = OptionalLong.empty();
    Matcher upper = UPPER.matcher(e);
    while (upper.find()) {
      if (upper.group(1).equalsIgnoreCase(column)) {
        long v = Long.parseLong(upper.group(3)) - (upper.group(2).equals("<") ? 1 : 0);
        bound = OptionalLong.of(bound.isPresent() ? Math.min(bound.getAsLong(), v) : v);
      }
    }
    return bound;
  }

  private static List<String> missing(List<String> constants, List<String> allowed, boolean ignoreCase) {
    Set<String> set = allowed.stream().map(a -> ignoreCase ? a.toLowerCase(Locale.ROOT) : a).collect(Collectors.toSet());
    return constants.stream().filter(c -> !set.contains(ignoreCase ? c.toLowerCase(Locale.ROOT) : c)).toList();
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
  }

  private static void report(
      TableDef table, ColumnDef column, ColumnMapping mapping, List<String> missing, String allowedBy, SqlLocation changed,
      String subject, String fix, Consumer<Finding> findings) {
    findings.accept(new Finding(DESCRIPTOR, DESCRIPTOR.defaultSeverity(),
        ColumnMessages.enumValuesNotAllowed(table, column, mapping, missing, allowedBy, changed, fix), mapping.attribute(), changed,
        subject, fix));
  }
}
