package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import java.nio.file.Path;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * schemadrift beside the processors real projects run with it: Hibernate's metamodel generator
 * writes {@code Foo_} classes in a later round, and Lombok writes getters into the entity. Nothing
 * is checked twice, generated classes are not entities, and the findings are the same as alone.
 */
class OtherProcessorsTest {

  @TempDir Path dir;

  private Path migrations() {
    return Fixtures.migrations(
        dir.resolve("db"),
        Map.of("V1__books.sql", "CREATE TABLE books (\n  id BIGINT PRIMARY KEY,\n  title VARCHAR(255) NOT NULL,\n  isbn VARCHAR(255)\n);\n"));
  }

  @Test
  void generatedMetamodelClassesAreNotEntities() throws Exception {
    Compilation c =
        javac()
            .withProcessors(lombok(), hibernateMetamodel(), new SchemaDriftProcessor())
            .withOptions("-Aschemadrift.migrations=" + migrations(), "-Aschemadrift.severity.nullability=warning")
            .compile(book());
    assertThat(c).succeeded();
    assertThat(c).generatedSourceFile("app.Book_");
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadNoteContaining("[schemadrift:summary] checked 1 entity against 1 migration");
  }

  private static JavaFileObject book() {
    return Fixtures.source(
        "app.Book",
        "package app;",
        "import jakarta.persistence.*;",
        "@lombok.Getter @lombok.Setter",
        "@Entity @Table(name = \"books\")",
        "public class Book {",
        "  @Id private Long id;",
        "  @Column(name = \"title\", nullable = false) private String title;",
        "  @Column(name = \"isbn\", nullable = false) private String isbn;",
        "}");
  }

  private static Processor lombok() throws ReflectiveOperationException {
    return (Processor) Class.forName("lombok.launch.AnnotationProcessorHider$AnnotationProcessor").getDeclaredConstructor().newInstance();
  }

  private static Processor hibernateMetamodel() throws ReflectiveOperationException {
    return (Processor) Class.forName("org.hibernate.processor.HibernateProcessor").getDeclaredConstructor().newInstance();
  }

  @Test
  void findingsAreTheSameWithLombokAndTheMetamodelGeneratorInEitherOrder() throws Exception {
    String expected = "[schemadrift:nullability] column 'books.isbn' is nullable (V1__books.sql:1) but field 'isbn' is declared nullable = false";
    Processor[][] orders = {
      {new SchemaDriftProcessor(), lombok(), hibernateMetamodel()},
      {hibernateMetamodel(), lombok(), new SchemaDriftProcessor()},
    };
    for (Processor[] processors : orders) {
      JavaFileObject source = book();
      Compilation c =
          javac()
              .withProcessors(processors)
              .withOptions("-Aschemadrift.migrations=" + migrations(), "-proc:full")
              .compile(source);
      assertThat(c).hadErrorCount(1);
      assertThat(c).hadErrorContaining(expected).inFile(source).onLineContaining("name = \"isbn\"");
      assertThat(c).hadNoteContaining("[schemadrift:summary] checked 1 entity against 1 migration");
    }
  }
}
