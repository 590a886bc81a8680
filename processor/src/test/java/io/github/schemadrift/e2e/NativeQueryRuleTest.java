package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.schemadrift.e2e.NativeQuerySources.*;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.rules.NativeQueryMessages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native-query rule end to end on Spring Data's native {@code @Query}: positive, negative, suppressed, severity. */
class NativeQueryRuleTest {

  @TempDir Path dir;

  private Compilation compile(List<String> options, JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(List.of(SPRING_QUERY, SPRING_REPOSITORY, HIBERNATE_WHERE));
    all.addAll(Arrays.asList(sources));
    List<String> allOptions = new ArrayList<>(List.of("-Aschemadrift.dialect=postgresql"));
    allOptions.addAll(options);
    return Fixtures.compile(migrations(dir), allOptions, all.toArray(JavaFileObject[]::new));
  }

  private Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  @Test
  void validQueriesOfManyShapesAreClean() {
    JavaFileObject repository = repository(
        "  @Query(value = \"SELECT b.id, b.title FROM book b JOIN author a ON a.id = b.author_id"
            + " WHERE a.name = :name AND b.list_price > ?2 ORDER BY b.title\", nativeQuery = true)",
        "  List<Object[]> byAuthor(String name, java.math.BigDecimal min);",
        "  @Query(value = \"WITH recent AS (SELECT id, title AS t FROM book WHERE deleted = false)"
            + " SELECT r.t, x.total FROM recent r, (SELECT count(*) AS total FROM book_tag) x WHERE r.t LIKE %:q% ORDER BY total\","
            + " nativeQuery = true)",
        "  List<Object[]> recent(String q);",
        "  @Query(value = \"SELECT * FROM #{#entityName} WHERE title = :#{#b.title} AND {h-schema}book.id > 0\", nativeQuery = true)",
        "  List<Book> spel(Book b);",
        "  @Query(value = \"UPDATE book SET title = :t WHERE id = :id RETURNING id, title\", nativeQuery = true)",
        "  List<Object[]> rename(long id, String t);",
        "  @Query(value = \"INSERT INTO book_tag (book_id, tag) VALUES (?1, ?2) ON CONFLICT (book_id, tag)"
            + " DO UPDATE SET tag = excluded.tag\", nativeQuery = true)",
        "  void tag(long id, String tag);",
        "  @Query(value = \"SELECT title FROM book\", countQuery = \"SELECT count(*) FROM book\", nativeQuery = true)",
        "  List<String> titles();",
        "  @Query(\"SELECT b FROM Book b WHERE b.nonexistent = 1\")",
        "  List<Book> jpqlIsNotChecked();",
        "  @Query(value = \"SELECT a.name, count(t.tag) AS n FROM author a LEFT JOIN book b ON b.author_id = a.id"
            + " LEFT JOIN book_tag t ON t.book_id = b.id GROUP BY a.name HAVING count(t.tag) > 1 ORDER BY n DESC\", nativeQuery = true)",
        "  List<Object[]> counts();",
        "  @Query(value = \"SELECT title FROM book UNION SELECT name FROM author\", nativeQuery = true)",
        "  List<String> names();",
        "  @Query(value = \"SELECT id FROM book b WHERE EXISTS (SELECT 1 FROM book_tag t WHERE t.book_id = b.id AND tag = ?1)\","
            + " nativeQuery = true)",
        "  List<Long> tagged(String tag);",
        "  @Query(value = \"DELETE FROM book_tag t USING book b WHERE t.book_id = b.id AND b.deleted\", nativeQuery = true)",
        "  void purge();");
    Compilation c = compile(book("jakarta", ""), author("jakarta"), repository);
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void renamedColumnIsAnErrorAtTheQueryWithTheRenamingMigration() {
    JavaFileObject repository = repository(
        "  @Query(value = \"SELECT b.id, b.price FROM book b\",", "      nativeQuery = true)", "  List<Object[]> prices();");
    Compilation c = compile(book("jakarta", ""), author("jakarta"), repository);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:native-query] "
            + NativeQueryMessages.missingColumn("b.price", "book", "@Query on method 'BookRepository.prices'", null)
            + "; " + NativeQueryMessages.renamed("column", "price", "list_price", "V2__price.sql:1"))
        .inFile(repository)
        .onLineContaining("SELECT b.id, b.price FROM book b");
  }

  @Test
  void droppedUnqualifiedColumnAndMisspelledTableAreErrors() {
    JavaFileObject repository = repository(
        "  @Query(value = \"SELECT isbn FROM book\", nativeQuery = true)", "  List<String> isbns();",
        "  @Query(value = \"SELECT * FROM books\", nativeQuery = true)", "  List<Object[]> all();");
    Compilation c = compile(book("jakarta", ""), author("jakarta"), repository);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.unknownColumn("isbn", List.of("book"), "@Query on method 'BookRepository.isbns'", null)
            + "; " + NativeQueryMessages.dropped("column", "isbn", "V2__price.sql:2"))
        .inFile(repository)
        .onLineContaining("SELECT isbn FROM book");
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.missingTable("books", "@Query on method 'BookRepository.all'", 2, "book"))
        .inFile(repository)
        .onLineContaining("SELECT * FROM books");
  }

  @Test
  void countQueryIsCheckedToo() {
    JavaFileObject repository = repository(
        "  @Query(value = \"SELECT title FROM book\",", "      countQuery = \"SELECT count(*) FROM book WHERE tittle IS NOT NULL\",",
        "      nativeQuery = true)", "  List<String> titles();");
    Compilation c = compile(book("jakarta", ""), author("jakarta"), repository);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.unknownColumn("tittle", List.of("book"),
            "the countQuery of @Query on method 'BookRepository.titles'", "title"))
        .inFile(repository)
        .onLineContaining("countQuery = ");
  }

  @Test
  void suppressedOnTheMethodOrTurnedIntoAWarning() {
    JavaFileObject suppressed = repository(
        "  @SuppressWarnings(\"schemadrift:native-query\")",
        "  @Query(value = \"SELECT b.price FROM book b\", nativeQuery = true)", "  List<Object[]> prices();");
    Compilation c = compile(book("jakarta", ""), author("jakarta"), suppressed);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("1 suppressed");

    JavaFileObject plain = repository("  @Query(value = \"SELECT b.price FROM book b\", nativeQuery = true)", "  List<Object[]> prices();");
    Compilation warned = compile(List.of("-Aschemadrift.severity.nativeQuery=warning"), book("jakarta", ""), author("jakarta"), plain);
    assertThat(warned).succeeded();
    assertThat(warned).hadWarningCount(1);
    assertThat(warned).hadWarningContaining("[schemadrift:native-query] column 'b.price'").inFile(plain).onLineContaining("b.price");
  }

  @Test
  void unparseableQueryIsAWarningNeverAnError() {
    JavaFileObject repository = repository("  @Query(value = \"SELEKT title FROM book\", nativeQuery = true)", "  List<String> broken();");
    Compilation c = compile(book("jakarta", ""), author("jakarta"), repository);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining("[schemadrift:native-query] cannot parse the SQL of @Query on method 'BookRepository.broken' (line 1,")
        .inFile(repository)
        .onLineContaining("SELEKT");
  }
}
