package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Converter(autoApply = true)}: an attribute of the converter's entity-side type is stored
 * as its database-side type, so the type rule judges the converted type, unless the attribute
 * disables the conversion.
 */
class AutoApplyConverterTest {

  @TempDir Path dir;

  private Path db() {
    return Fixtures.migrations(dir.resolve("db"), Map.of("V1__items.sql",
        "CREATE TABLE items (\n  id BIGINT PRIMARY KEY,\n  flag VARCHAR(255),\n  level VARCHAR(255)\n);\n"));
  }

  private static JavaFileObject converters(boolean autoApply) {
    return Fixtures.source("app.Converters", "package app;", "import jakarta.persistence.*;",
        "enum Level { LOW, HIGH }",
        "@Converter(autoApply = " + autoApply + ")",
        "class YesNo implements AttributeConverter<Boolean, String> {",
        "  public String convertToDatabaseColumn(Boolean b) { return b == null ? null : b ? \"Y\" : \"N\"; }",
        "  public Boolean convertToEntityAttribute(String s) { return s == null ? null : \"Y\".equals(s); }",
        "}",
        "abstract class NamedConverter<E extends Enum<E>> implements AttributeConverter<E, String> {",
        "  public String convertToDatabaseColumn(E e) { return e == null ? null : e.name(); }",
        "}",
        "@Converter(autoApply = " + autoApply + ")",
        "class LevelConverter extends NamedConverter<Level> {",
        "  public Level convertToEntityAttribute(String s) { return s == null ? null : Level.valueOf(s); }",
        "}");
  }

  private static JavaFileObject item(String... fields) {
    String[] head = {"package app;", "import jakarta.persistence.*;", "@Entity @Table(name = \"items\")", "public class Item {",
      "  @Id private Long id;"};
    String[] all = new String[head.length + fields.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(fields, 0, all, head.length, fields.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app.Item", all);
  }

  private static final String[] FIELDS = {"  private Boolean flag;", "  private Level level;"};

  @Test
  void autoAppliedConvertersGiveTheDatabaseType() {
    assertThat(Fixtures.compile(db(), item(FIELDS), converters(true))).succeededWithoutWarnings();
  }

  @Test
  void withoutAutoApplyTheAttributeTypeIsJudged() {
    Compilation c = Fixtures.compile(db(), item(FIELDS), converters(false));
    assertThat(c).hadErrorContaining("[schemadrift:type] column 'items.flag' has type 'varchar(255)'");
    assertThat(c).hadErrorContaining("[schemadrift:type] column 'items.level' has type 'varchar(255)'");
  }

  @Test
  void disableConversionAndEnumeratedOptOut() {
    JavaFileObject source = item("  @Convert(disableConversion = true) private Boolean flag;",
        "  @Enumerated(EnumType.ORDINAL) private Level level;");
    Compilation c = Fixtures.compile(db(), source, converters(true));
    assertThat(c).hadErrorContaining("[schemadrift:type] column 'items.flag'").inFile(source).onLineContaining("Boolean flag");
    assertThat(c).hadErrorContaining("[schemadrift:type] column 'items.level'").inFile(source).onLineContaining("Level level");
  }
}
