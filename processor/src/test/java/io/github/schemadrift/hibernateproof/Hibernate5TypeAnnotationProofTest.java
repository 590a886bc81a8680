package io.github.schemadrift.hibernateproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hibernate 5's {@code @Type(type = "...")}, judged by 5.6: the entity of
 * {@code src/test/resources/hibernate5/typed} (it compiles only against Hibernate 5), whose DDL
 * from 5.6 must compile clean through the processor.
 */
class Hibernate5TypeAnnotationProofTest {

  static final String PACKAGE = "io.github.schemadrift.hibernateproof.typed5";

  @TempDir Path dir;

  static Path source() {
    Path file = Paths.get("src/test/resources/hibernate5/typed/Typed.java");
    return Files.isRegularFile(file) ? file.toAbsolutePath() : Paths.get("processor").resolve(file).toAbsolutePath();
  }

  static String ddl(Hibernate5Ddl.Dialect dialect) {
    return Hibernate5Ddl.forSources(PACKAGE, List.of(source()), List.of(PACKAGE + ".Typed")).generate(dialect, Map.of());
  }

  @ParameterizedTest
  @EnumSource(value = Hibernate5Ddl.Dialect.class, names = {"H2", "POSTGRESQL", "MARIADB"})
  void hibernate5TypeNamesCompileClean(Hibernate5Ddl.Dialect dialect) throws IOException {
    assertThat(findings(ddl(dialect), dialect)).as("findings on 5.6's own DDL").isEmpty();
  }

  Compilation compile(String ddl, Hibernate5Ddl.Dialect dialect) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), ddl);
    List<JavaFileObject> sources = List.of(JavaFileObjects.forResource(source().toUri().toURL()));
    Compilation compilation = javac().withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=" + dialect.option, "-Aschemadrift.naming=jpa")
        .withClasspath(Hibernate5Ddl.classPath()).compile(sources);
    return compilation;
  }

  List<String> findings(String ddl, Hibernate5Ddl.Dialect dialect) throws IOException {
    return Hibernate5ProofTest.findings(compile(ddl, dialect));
  }

  /** The named types are judged, not skipped: a column of another type under each is one error at the field. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "active char(1), active boolean, active",
    "textRef varchar(255), textRef uuid, textRef",
    "counted int4, counted boolean, counted",
    "binaryRef bytea, binaryRef uuid, binaryRef",
    "body text, body int4, body"
  })
  void aColumnOfAnotherTypeIsReported(String from, String to, String field) throws IOException {
    String ddl = ddl(Hibernate5Ddl.Dialect.POSTGRESQL);
    assertThat(ddl).contains(from);
    Compilation compilation = compile(ddl.replace(from, to), Hibernate5Ddl.Dialect.POSTGRESQL);
    assertThat(Hibernate5ProofTest.findings(compilation)).hasSize(1);
    assertThat(compilation.errors()).singleElement().satisfies(e ->
        assertThat(e.getMessage(null)).startsWith("[schemadrift:type]").contains("'" + field + "'"));
  }

  /** A user type's name: nothing says its column type, so no {@code type} finding, whatever the column. */
  @org.junit.jupiter.api.Test
  void aUserTypeIsNotJudged() throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), "create table Doc (id bigint not null, data jsonb, primary key (id));");
    JavaFileObject doc = JavaFileObjects.forSourceString("typed5.Doc", String.join("\n",
        "package typed5;",
        "@javax.persistence.Entity public class Doc {",
        "  @javax.persistence.Id Long id;",
        "  @org.hibernate.annotations.Type(type = \"jsonb\") String data;",
        "}"));
    Compilation compilation = javac().withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=postgresql", "-Aschemadrift.naming=jpa")
        .withClasspath(Hibernate5Ddl.classPath()).compile(doc);
    assertThat(Hibernate5ProofTest.findings(compilation)).isEmpty();
  }
}
