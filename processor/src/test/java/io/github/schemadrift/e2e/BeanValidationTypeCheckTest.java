package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, gap 3: Bean Validation's number constraints must not hide the type check. They are
 * type-use annotations, so javac prints a primitive field's type as
 * {@code @jakarta.validation.constraints.Min(0L) int}; read as a type name, that is no type the
 * rule knows, and a numeric field over a {@code text} column went unreported. Every shape: on a
 * field and a getter, wrapper and primitive, in an embeddable, {@code @Digits}, {@code @Positive},
 * jakarta and javax.
 */
class BeanValidationTypeCheckTest {

  @TempDir Path dir;

  /** javax.validation is not on the test class path: the annotation as its jar declares it. */
  private static final JavaFileObject JAVAX_MIN = Fixtures.source("javax.validation.constraints.Min",
      "package javax.validation.constraints;",
      "import java.lang.annotation.*;",
      "@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,",
      "    ElementType.PARAMETER, ElementType.TYPE_USE})",
      "@Retention(RetentionPolicy.RUNTIME)",
      "public @interface Min { long value(); }");

  private Path migrations(String starsType) {
    return Fixtures.migrations(dir.resolve("db"), Map.of("V1__ratings.sql",
        "CREATE TABLE ratings (id BIGINT PRIMARY KEY, stars " + starsType + ", points " + starsType + ");\n"));
  }

  private static JavaFileObject fieldEntity(String starsField) {
    return Fixtures.source("app.Rating",
        "package app;",
        "import jakarta.persistence.*;",
        "import jakarta.validation.constraints.*;",
        "@Entity @Table(name = \"ratings\")",
        "public class Rating {",
        "  @Id private Long id;",
        starsField,
        "  private Integer points;",
        "}");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "  @Min(0) @Max(10) private int stars;",
      "  @Min(0) @Max(10) private Integer stars;",
      "  @Positive private long stars;",
      "  @Digits(integer = 3, fraction = 0) private short stars;",
      "  @PositiveOrZero @DecimalMax(\"10\") private java.math.BigDecimal stars;",
      "  @javax.validation.constraints.Min(0) private int stars;",
      "  @Min(0) @Column(name = \"stars\") private int stars;"})
  void aConstrainedNumberOverATextColumnIsAnError(String field) {
    JavaFileObject source = fieldEntity(field);
    Compilation c = Fixtures.compile(migrations("TEXT"), List.of("-Aschemadrift.severity.nullability=off"), source, JAVAX_MIN);
    assertThat(c).hadErrorCount(2); // stars, and the unconstrained points beside it
    assertThat(c).hadErrorContaining("[schemadrift:type] column 'ratings.stars' has type 'text'").inFile(source)
        .onLineContaining(" stars;");
    assertThat(c).hadErrorContaining("[schemadrift:type] column 'ratings.points' has type 'text'");
  }

  @Test
  void onAGetterWithPropertyAccess() {
    JavaFileObject source = Fixtures.source("app.Rating",
        "package app;",
        "import jakarta.persistence.*;",
        "import jakarta.validation.constraints.*;",
        "@Entity @Table(name = \"ratings\")",
        "public class Rating {",
        "  private Long id;",
        "  private int stars;",
        "  @Id public Long getId() { return id; }",
        "  public void setId(Long id) { this.id = id; }",
        "  @Min(1) @Max(5) public int getStars() { return stars; }",
        "  public void setStars(int stars) { this.stars = stars; }",
        "  @Transient public Integer getPoints() { return null; }",
        "}");
    Compilation c = Fixtures.compile(migrations("TEXT"), List.of("-Aschemadrift.severity.nullability=off"), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:type] column 'ratings.stars' has type 'text'").inFile(source)
        .onLineContaining("getStars()");
  }

  @Test
  void inAnEmbeddable() {
    JavaFileObject score = Fixtures.source("app.Score",
        "package app;",
        "import jakarta.persistence.*;",
        "import jakarta.validation.constraints.*;",
        "@Embeddable",
        "public class Score {",
        "  @Digits(integer = 2, fraction = 0) @Positive private int stars;",
        "  @Max(100) private int points;",
        "}");
    JavaFileObject rating = Fixtures.source("app.Rating",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"ratings\")",
        "public class Rating {",
        "  @Id private Long id;",
        "  @Embedded private Score score;",
        "}");
    Compilation c = Fixtures.compile(migrations("TEXT"), List.of("-Aschemadrift.severity.nullability=off"), rating, score);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[schemadrift:type] column 'ratings.stars' has type 'text'");
    assertThat(c).hadErrorContaining("[schemadrift:type] column 'ratings.points' has type 'text'");
  }

  @Test
  void constrainedNumbersOverNumberColumnsAreClean() {
    Compilation c = Fixtures.compile(migrations("INTEGER"), List.of("-Aschemadrift.severity.nullability=off"),
        fieldEntity("  @Min(0) @Max(10) private int stars;"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void suppressed() {
    Compilation c = Fixtures.compile(migrations("TEXT"), List.of("-Aschemadrift.severity.nullability=off"),
        fieldEntity("  @SuppressWarnings(\"schemadrift:type\") @Min(0) @Max(10) private int stars;"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("column 'ratings.points'");
  }
}
