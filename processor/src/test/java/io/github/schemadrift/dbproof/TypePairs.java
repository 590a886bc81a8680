package io.github.schemadrift.dbproof;

import javax.tools.JavaFileObject;
import io.github.schemadrift.migration.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The (Java type, column type) pairs of issue 16's gap 9: one entity per Java type, whose table
 * has one column of each type the dialect offers, named {@code c_<type>}. The same source is
 * compiled through schemadrift and run through Hibernate's validate, so both judge the same pairs.
 */
public final class TypePairs {

  /** A Java attribute type: a label for the table, the field's declaration, the entity's name. */
  public record JavaSide(String label, String declaration, String entity) {
    public String table() {
      return "p_" + entity.toLowerCase(Locale.ROOT);
    }
  }

  public static final List<JavaSide> JAVA = List.of(
      new JavaSide("Long", "Long", "Long"),
      new JavaSide("long", "long", "PrimitiveLong"),
      new JavaSide("Integer", "Integer", "Integer"),
      new JavaSide("int", "int", "PrimitiveInt"),
      new JavaSide("Short", "Short", "Short"),
      new JavaSide("short", "short", "PrimitiveShort"),
      new JavaSide("Byte", "Byte", "Byte"),
      new JavaSide("byte", "byte", "PrimitiveByte"),
      new JavaSide("BigInteger", "java.math.BigInteger", "BigInteger"),
      new JavaSide("BigDecimal", "java.math.BigDecimal", "BigDecimal"),
      new JavaSide("Double", "Double", "Double"),
      new JavaSide("double", "double", "PrimitiveDouble"),
      new JavaSide("Float", "Float", "Float"),
      new JavaSide("float", "float", "PrimitiveFloat"),
      new JavaSide("Boolean", "Boolean", "Boolean"),
      new JavaSide("boolean", "boolean", "PrimitiveBoolean"),
      new JavaSide("String", "String", "String"),
      new JavaSide("Character", "Character", "Character"),
      new JavaSide("char", "char", "PrimitiveChar"),
      new JavaSide("UUID", "java.util.UUID", "Uuid"),
      new JavaSide("LocalDate", "java.time.LocalDate", "LocalDate"),
      new JavaSide("LocalTime", "java.time.LocalTime", "LocalTime"),
      new JavaSide("LocalDateTime", "java.time.LocalDateTime", "LocalDateTime"),
      new JavaSide("Instant", "java.time.Instant", "Instant"),
      new JavaSide("OffsetDateTime", "java.time.OffsetDateTime", "OffsetDateTime"),
      new JavaSide("ZonedDateTime", "java.time.ZonedDateTime", "ZonedDateTime"),
      new JavaSide("Duration", "java.time.Duration", "Duration"),
      new JavaSide("byte[]", "byte[]", "Bytes"),
      new JavaSide("enum, ORDINAL", "@Enumerated(EnumType.ORDINAL) Level", "EnumOrdinal"),
      new JavaSide("enum, STRING", "@Enumerated(EnumType.STRING) Level", "EnumString"));

  private static final List<String> NUMBERS_PG_H2 = List.of(
      "smallint", "integer", "bigint", "numeric(5,0)", "numeric(10,0)", "numeric(19,0)", "numeric(38,0)",
      "numeric(38,2)", "real", "double precision", "float(53)");

  public static final Map<Dialect, List<String>> COLUMNS = Map.of(
      Dialect.POSTGRESQL, concat(NUMBERS_PG_H2, List.of(
          "boolean", "bit(1)", "char(1)", "char(36)", "varchar(36)", "varchar(255)", "text", "bytea", "uuid",
          "date", "time(6)", "time(6) with time zone", "timestamp(6)", "timestamp(6) with time zone",
          "interval second(6)", "json", "jsonb")),
      Dialect.H2, concat(List.of("tinyint"), NUMBERS_PG_H2, List.of(
          "decfloat", "boolean", "char(1)", "char(36)", "varchar(36)", "varchar(255)", "text", "clob", "binary(16)",
          "varbinary(255)", "blob", "uuid", "date", "time(6)", "time(6) with time zone", "timestamp(6)",
          "timestamp(6) with time zone",
          "interval second(9)", "json", "enum('LOW','MID','HIGH')")),
      Dialect.MARIADB, List.of(
          "tinyint", "tinyint(1)", "bit(1)", "smallint", "mediumint", "int", "bigint", "decimal(5,0)",
          "decimal(10,0)", "decimal(19,0)", "decimal(38,0)", "decimal(38,2)", "float", "double", "real", "char(1)",
          "char(36)", "varchar(36)", "varchar(255)", "tinytext", "text", "longtext", "binary(16)", "varbinary(255)",
          "blob", "longblob",
          "uuid", "date", "time(6)", "datetime(6)", "timestamp(6)", "json", "enum('LOW','MID','HIGH')"));

  private TypePairs() {}

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }

  /** The column (and field) name for a column type: {@code numeric(19,0)} is {@code c_numeric_19_0}. */
  public static String column(String type) {
    return "c_" + type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }

  /** The migration that creates every pair's column on the dialect. */
  public static String ddl(Dialect dialect) {
    StringBuilder ddl = new StringBuilder();
    for (JavaSide java : JAVA) {
      ddl.append("create table ").append(java.table()).append(" (id bigint not null");
      for (String type : COLUMNS.get(dialect)) {
        ddl.append(", ").append(column(type)).append(' ').append(type);
      }
      ddl.append(", primary key (id));\n");
    }
    return ddl.toString();
  }

  /** One entity per Java type, plus the enum the enum attributes use. */
  public static List<JavaFileObject> sources(Dialect dialect) {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(com.google.testing.compile.JavaFileObjects.forSourceString(
        "pairs.Level", "package pairs;\npublic enum Level { LOW, MID, HIGH }\n"));
    for (JavaSide java : JAVA) {
      StringBuilder source = new StringBuilder("package pairs;\n\nimport jakarta.persistence.*;\n\n")
          .append("@Entity\n@Table(name = \"").append(java.table()).append("\")\n")
          .append("public class P").append(java.entity()).append(" {\n  @Id Long id;\n");
      for (String type : COLUMNS.get(dialect)) {
        source.append("  ").append(java.declaration()).append(' ').append(column(type)).append(";\n");
      }
      sources.add(com.google.testing.compile.JavaFileObjects.forSourceString(
          "pairs.P" + java.entity(), source.append("}\n").toString()));
    }
    return sources;
  }
}
