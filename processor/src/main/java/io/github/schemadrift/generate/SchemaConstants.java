package io.github.schemadrift.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.schemadrift.migration.CheckDef;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.EnumTypeDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.migration.TableDef;
import io.github.schemadrift.migration.ViewDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * The replayed schema as Java source: one class per database schema, a nested class per table and
 * view with {@code String} constants for its name and each column's name, and the allowed values
 * of PostgreSQL enum types, MySQL {@code ENUM} columns and {@code CHECK (c IN (...))} lists. Names
 * are SQL-ready (quoted when the migration quoted them, schema-qualified outside the default
 * schema); each constant's Javadoc names the migration that created or last changed it. Everything
 * is sorted, so equal schemas give equal files.
 */
public final class SchemaConstants {

  private final SchemaModel schema;
  private final String packageName;
  private final ClassName generated;
  private final List<? extends Element> originating;

  /**
   * @param generated the {@code @Generated} annotation the compilation has, or null for none
   * @param originating the elements the files derive from, for incremental builds
   */
  public SchemaConstants(SchemaModel schema, String packageName, ClassName generated, List<? extends Element> originating) {
    this.schema = schema;
    this.packageName = packageName;
    this.generated = generated;
    this.originating = originating;
  }

  /** One file per schema that holds a table, view or enum type, in schema order. */
  public List<JavaFile> files() {
    Map<String, List<Object>> bySchema = new TreeMap<>();
    schema.tables().values().forEach(t -> bySchema.computeIfAbsent(schemaName(t.schema()), k -> new ArrayList<>()).add(t));
    schema.views().values().forEach(v -> bySchema.computeIfAbsent(schemaName(v.schema()), k -> new ArrayList<>()).add(v));
    schema.enumTypes().values().forEach(e -> bySchema.computeIfAbsent(schemaName(e.schema()), k -> new ArrayList<>()).add(e));
    List<JavaFile> files = new ArrayList<>();
    Set<String> classNames = new HashSet<>();
    for (Map.Entry<String, List<Object>> e : bySchema.entrySet()) {
      String className = JavaNames.unique(JavaNames.type(e.getKey(), new HashSet<>()) + "Schema", classNames, "");
      files.add(JavaFile.builder(packageName, schemaClass(className, e.getKey(), e.getValue()))
          .skipJavaLangImports(true).indent("  ").build());
    }
    return files;
  }

  private String schemaName(String key) {
    String name = key != null ? key : schema.defaultSchema();
    return name != null ? name : "database";
  }

  private TypeSpec schemaClass(String className, String schemaName, List<Object> members) {
    TypeSpec.Builder type = TypeSpec.classBuilder(className).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The tables, views and enum types of schema {@code $L} after the migrations, as replayed by schemadrift.\n",
            schemaName)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (generated != null) {
      type.addAnnotation(AnnotationSpec.builder(generated).addMember("value", "$S", "io.github.schemadrift.SchemaDriftProcessor")
          .build());
    }
    originating.stream().filter(Objects::nonNull).forEach(type::addOriginatingElement);
    Set<String> taken = new HashSet<>(Set.of(className));
    members.sort(Comparator.comparing(SchemaConstants::sortKey));
    for (Object member : members) {
      if (member instanceof TableDef table) {
        type.addType(table(table, taken));
      } else if (member instanceof ViewDef view) {
        type.addType(view(view, taken));
      } else if (member instanceof EnumTypeDef enumType) {
        type.addType(values(JavaNames.type(enumType.name(), taken), enumType.values(),
            "The labels of enum type {@code " + enumType.name() + "}", enumType.lastChanged()));
      }
    }
    return type.build();
  }

  private static String sortKey(Object member) {
    String kind = member instanceof TableDef ? "1" : member instanceof ViewDef ? "2" : "3";
    String name = member instanceof TableDef t ? t.name() : member instanceof ViewDef v ? v.name() : ((EnumTypeDef) member).name();
    return name.toLowerCase(Locale.ROOT) + "\0" + kind + "\0" + name;
  }

  private TypeSpec table(TableDef table, Set<String> enclosingNames) {
    String className = JavaNames.type(table.name(), enclosingNames);
    TypeSpec.Builder type = nested(className, "Table {@code " + table.name() + "}, created at " + table.createdAt() + ".\n");
    Set<String> constants = new HashSet<>(Set.of("TABLE"));
    type.addField(constant("TABLE", reference(table.schema(), table.name(), table.quoted()),
        "The table's name as SQL writes it; created at " + table.createdAt() + "."));
    Set<String> nestedNames = new HashSet<>(Set.of(className));
    nestedNames.addAll(enclosingNames);
    List<ColumnDef> columns = new ArrayList<>(table.columns());
    columns.sort(Comparator.comparing((ColumnDef c) -> c.name().toLowerCase(Locale.ROOT)).thenComparing(ColumnDef::name));
    for (ColumnDef column : columns) {
      String name = JavaNames.constant(column.name(), constants);
      type.addField(constant(name, quote(column.name(), column.quoted()),
          "Column {@code " + column.name() + "}: {@code " + describe(column) + "}, last changed at " + column.lastChanged() + "."));
      allowedValues(table, column).ifPresent(v -> type.addType(values(JavaNames.type(column.name() + "_values", nestedNames),
          v.values(), "The values column {@code " + column.name() + "} allows (" + v.source() + ")", v.at())));
    }
    return type.build();
  }

  private TypeSpec view(ViewDef view, Set<String> enclosingNames) {
    String className = JavaNames.type(view.name(), enclosingNames);
    TypeSpec.Builder type = nested(className, "View {@code " + view.name() + "}, created at " + view.createdAt() + ".\n");
    Set<String> constants = new HashSet<>(Set.of("TABLE"));
    type.addField(constant("TABLE", reference(view.schema(), view.name(), view.quoted()),
        "The view's name as SQL writes it; created at " + view.createdAt() + "."));
    List<String> columns = new ArrayList<>(view.columns());
    columns.sort(Comparator.comparing((String c) -> c.toLowerCase(Locale.ROOT)).thenComparing(c -> c));
    for (String column : columns) {
      type.addField(constant(JavaNames.constant(column, constants), column,
          "Column {@code " + column + "} of the view, created at " + view.createdAt() + "."));
    }
    return type.build();
  }

  private record Allowed(List<String> values, String source, SqlLocation at) {}

  private java.util.Optional<Allowed> allowedValues(TableDef table, ColumnDef column) {
    if (!column.enumValues().isEmpty()) {
      return java.util.Optional.of(new Allowed(column.enumValues(), "MySQL ENUM", column.lastChanged()));
    }
    if (column.type() != null) {
      String base = column.type().base();
      String bare = base.substring(base.lastIndexOf('.') + 1).replace("\"", "");
      for (EnumTypeDef e : schema.enumTypes().values()) {
        if (e.name().equalsIgnoreCase(bare) && (e.schema() == null || table.schema() == null || e.schema().equals(table.schema())
            || base.contains("."))) {
          return java.util.Optional.of(new Allowed(e.values(), "enum type " + e.name(), e.lastChanged()));
        }
      }
    }
    String key = schema.dialect().key(column.name(), column.quoted());
    for (CheckDef check : table.checks()) {
      if (!check.allowedValues().isEmpty() && check.column() != null && check.column().equalsIgnoreCase(key)) {
        return java.util.Optional.of(new Allowed(check.allowedValues(), "CHECK " + check.expression(), check.definedAt()));
      }
    }
    return java.util.Optional.empty();
  }

  private TypeSpec values(String className, List<String> values, String what, SqlLocation at) {
    TypeSpec.Builder type = nested(className, what + ", last changed at " + at + ".\n");
    Set<String> constants = new HashSet<>();
    List<String> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    for (String value : sorted) {
      type.addField(constant(JavaNames.constant(value, constants), value, "The value {@code '" + value + "'}."));
    }
    return type.build();
  }

  private static TypeSpec.Builder nested(String name, String javadoc) {
    return TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(javadoc.replace("$", "$$"))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  private static FieldSpec constant(String name, String value, String javadoc) {
    return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("$S", value).addJavadoc("$L\n", javadoc.replace("*/", "*&#47;")).build();
  }

  /** A table's name as a query writes it: quoted as the migration did, qualified outside the default schema. */
  private String reference(String schemaKey, String name, boolean quoted) {
    String table = quote(name, quoted);
    boolean other = schemaKey != null && schema.defaultSchema() != null && !schemaKey.equals(schema.defaultSchema());
    return other ? schemaKey + "." + table : table;
  }

  private String quote(String name, boolean quoted) {
    if (!quoted) {
      return name;
    }
    Dialect d = schema.dialect();
    if (d == Dialect.MYSQL || d == Dialect.MARIADB) {
      return "`" + name + "`";
    }
    return d == Dialect.SQLSERVER ? "[" + name + "]" : "\"" + name + "\"";
  }

  private static String describe(ColumnDef column) {
    String type = column.type() == null ? "unknown type" : column.type().render();
    return type + (column.nullable() ? "" : " NOT NULL");
  }
}
