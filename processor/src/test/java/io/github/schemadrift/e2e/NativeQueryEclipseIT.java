package io.github.schemadrift.e2e;

import static io.github.schemadrift.e2e.NativeQuerySources.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.batch.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The native-query rule through the Eclipse compiler with the shaded jar, in both JPA namespaces:
 * a repository's native {@code @Query}, a {@code @NamedNativeQuery} with its result mapping and
 * Hibernate's fragments report at the same lines as under javac, and a suppressed one stays quiet.
 */
class NativeQueryEclipseIT {

  @TempDir Path dir;

  private Path write(JavaFileObject source) throws Exception {
    String name = source.getName().replaceFirst("^/", "");
    Path file = dir.resolve("src").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source.getCharContent(true));
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void findingsLandOnTheAnnotationLines(String ns) throws Exception {
    Path db = migrations(dir);
    Path book = write(book(ns,
        "@" + ns + ".persistence.NamedNativeQuery(name = \"Book.cheap\", query = \"SELECT id, title FROM book WHERE price < 10\","
            + " resultSetMapping = \"cheap\")\n"
            + "@SqlResultSetMapping(name = \"cheap\", columns = {@ColumnResult(name = \"id\"),\n"
            + "    @ColumnResult(name = \"name\")})\n"
            + "@SQLRestriction(\"removed = false\")",
        "  @Formula(\"(SELECT count(*) FROM book_tag t WHERE t.bookid = id)\") private long tagCount;",
        "  @SuppressWarnings(\"schemadrift:native-query\") @Formula(\"upper(titel)\") private String upperTitle;"));
    Path author = write(author(ns));
    Path repository = write(repository(
        "  @Query(value = \"SELECT b.id, b.price FROM book b\",", "      nativeQuery = true)", "  List<Object[]> prices();",
        "  @Query(value = \"SELECT title FROM book b JOIN author a ON a.id = b.author_id\", nativeQuery = true)",
        "  List<String> clean();"));
    List<Path> sources = new ArrayList<>(List.of(book, author, repository));
    for (JavaFileObject stub : List.of(SPRING_QUERY, SPRING_REPOSITORY, HIBERNATE_WHERE)) {
      sources.add(write(stub));
    }

    String output = runEcj(db, sources, ns);
    List<EclipseCompilerIT.EcjDiagnostic> errors = EclipseCompilerIT.parse(output).stream()
        .filter(d -> d.kind().equals("ERROR")).toList();

    assertThat(errors).as(output).hasSize(5);
    assertThat(errors).as(output).allSatisfy(d -> assertThat(d.message()).startsWith("[schemadrift:native-query]"));
    assertLine(errors, output, "column 'price' in the SQL of @NamedNativeQuery 'Book.cheap'", book, "NamedNativeQuery(name");
    assertLine(errors, output, "column 'name' of @SqlResultSetMapping 'cheap'", book, "@ColumnResult(name = \"name\")");
    assertLine(errors, output, "column 'removed' in the SQL of @SQLRestriction on 'Book'", book, "removed = false");
    assertLine(errors, output, "column 't.bookid' in the SQL of @Formula", book, "t.bookid");
    assertLine(errors, output, "column 'b.price' in the SQL of @Query on method 'BookRepository.prices'", repository,
        "SELECT b.id, b.price");
  }

  /** The schema constants are written in a round ECJ still compiles, and code that uses them compiles. */
  @ParameterizedTest
  @ValueSource(strings = {"jakarta"})
  void generatedConstantsCompileUnderEcj(String ns) throws Exception {
    Path db = migrations(dir);
    Path dao = write(Fixtures.source("app.BookDao", "package app;", "import app.db.PublicSchema.Book;", "public class BookDao {",
        "  public static final String SQL = \"SELECT \" + Book.TITLE + \" FROM \" + Book.TABLE;", "}"));
    String output = runEcj(db, List.of(dao), ns, "-Aschemadrift.generate=app.db");
    assertThat(EclipseCompilerIT.parse(output).stream().filter(d -> d.kind().equals("ERROR")).toList()).as(output).isEmpty();
    assertThat(dir.resolve("classes/app/db/PublicSchema$Book.class")).as(output).exists();
    assertThat(dir.resolve("classes/app/BookDao.class")).as(output).exists();
  }

  private static void assertLine(List<EclipseCompilerIT.EcjDiagnostic> errors, String output, String text, Path file, String line)
      throws Exception {
    int expected = EclipseCompilerIT.lineContaining(file, line);
    assertThat(errors).as(output).anySatisfy(d -> {
      assertThat(d.message()).contains(text);
      assertThat(d.file()).isEqualTo(file.toString());
      assertThat(d.line()).isEqualTo(expected);
    });
  }

  /** ECJ in a JVM of its own, with the persistence API of the namespace and Hibernate's annotations on the class path. */
  private String runEcj(Path migrations, List<Path> sources, String ns, String... options) throws Exception {
    Path log = dir.resolve("ecj.log");
    String classPath = String.join(java.io.File.pathSeparator,
        EclipseCompilerIT.jarOf(ns.equals("jakarta") ? jakarta.persistence.Entity.class : javax.persistence.Entity.class),
        EclipseCompilerIT.jarOf(org.hibernate.annotations.Formula.class));
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp", EclipseCompilerIT.jarOf(Main.class),
        Main.class.getName(), "-17", "-proceedOnError", "-d", dir.resolve("classes").toString(), "-cp", classPath,
        "-processorpath", EclipseCompilerIT.shadedJar().toString(), "-Aschemadrift.migrations=" + migrations,
        "-Aschemadrift.dialect=postgresql", "-s", dir.resolve("generated").toString()));
    command.addAll(List.of(options));
    sources.forEach(s -> command.add(s.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("ECJ did not finish");
    }
    return Files.readString(log);
  }
}
