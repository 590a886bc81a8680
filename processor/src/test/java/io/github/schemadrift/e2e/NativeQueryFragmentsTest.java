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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The native-query rule on JPA's {@code @NamedNativeQuery} and {@code @SqlResultSetMapping} and on
 * Hibernate's SQL annotations, in both JPA namespaces: each annotation clean, broken and suppressed.
 */
class NativeQueryFragmentsTest {

  @TempDir Path dir;

  private Compilation compile(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(List.of(SPRING_QUERY, SPRING_REPOSITORY, HIBERNATE_WHERE));
    all.addAll(Arrays.asList(sources));
    return Fixtures.compile(migrations(dir), List.of("-Aschemadrift.dialect=postgresql"), all.toArray(JavaFileObject[]::new));
  }

  /** Valid SQL in every annotation: no finding. */
  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void everyAnnotationWithValidSqlIsClean(String ns) {
    JavaFileObject book = book(ns,
        "@" + ns + ".persistence.NamedNativeQuery(name = \"Book.cheap\", query = \"SELECT id, title FROM book WHERE list_price < ?1\","
            + " resultSetMapping = \"cheap\")\n"
            + "@SqlResultSetMapping(name = \"cheap\", columns = {@ColumnResult(name = \"id\"), @ColumnResult(name = \"title\")})\n"
            + "@SQLRestriction(\"deleted = false\")\n"
            + "@Where(clause = \"{alias}.deleted = false\")\n"
            + "@SQLInsert(sql = \"INSERT INTO book (list_price, title, deleted, author_id, id) VALUES (?, ?, ?, ?, ?)\")\n"
            + "@SQLUpdate(sql = \"UPDATE book SET list_price = ?, title = ?, deleted = ?, author_id = ? WHERE id = ?\")\n"
            + "@SQLDelete(sql = \"UPDATE book SET deleted = true WHERE id = ?\")\n"
            + "@Check(constraints = \"list_price >= 0\")",
        "  @Formula(\"(SELECT count(*) FROM book_tag t WHERE t.book_id = id)\") private long tagCount;",
        "  @Formula(\"{alias}.title || ' by ' || (SELECT a.name FROM author a WHERE a.id = author_id)\") private String label;",
        "  @ManyToOne @JoinFormula(\"author_id\") private Author mainAuthor;",
        "  @ColumnTransformer(read = \"upper(title)\", write = \"lower(?)\") @Column(name = \"title\", insertable = false,"
            + " updatable = false) private String shout;",
        "  @ElementCollection @CollectionTable(name = \"book_tag\", joinColumns = @JoinColumn(name = \"book_id\"))"
            + " @Column(name = \"tag\")",
        "  @SQLRestriction(\"tag <> ''\") @SQLDeleteAll(sql = \"DELETE FROM book_tag WHERE book_id = ?\")"
            + " private java.util.Set<String> tags;");
    JavaFileObject author = author(ns, "  @OneToMany(mappedBy = \"author\") @SQLRestriction(\"deleted = false\")"
        + " private java.util.List<Book> books;");
    JavaFileObject view = Fixtures.source("app.AuthorName", "package app;", "import " + ns + ".persistence.*;",
        "@Entity @org.hibernate.annotations.Subselect(\"SELECT a.id, a.name FROM author a\")", "public class AuthorName {",
        "  @Id private Long id;", "  private String name;", "}");
    Compilation c = compile(book, author, view);
    assertThat(c).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void namedNativeQueryAndItsResultMapping(String ns) {
    JavaFileObject book = book(ns,
        "@" + ns + ".persistence.NamedNativeQuery(name = \"Book.cheap\", query = \"SELECT id, title FROM book WHERE price < 10\","
            + " resultSetMapping = \"cheap\")\n"
            + "@SqlResultSetMapping(name = \"cheap\", columns = {@ColumnResult(name = \"id\"),\n"
            + "    @ColumnResult(name = \"name\")})");
    Compilation c = compile(book, author(ns));
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.unknownColumn("price", List.of("book"), "@NamedNativeQuery 'Book.cheap' on 'Book'", null))
        .inFile(book)
        .onLineContaining("@" + ns + ".persistence.NamedNativeQuery(name = \"Book.cheap\"");
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.missingResultColumn("name", "cheap", "@NamedNativeQuery 'Book.cheap' on 'Book'",
            List.of("id", "title")))
        .inFile(book)
        .onLineContaining("@ColumnResult(name = \"name\")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void constructorAndEntityResultColumns(String ns) {
    JavaFileObject book = book(ns,
        "@" + ns + ".persistence.NamedNativeQuery(name = \"Book.summary\", query = \"SELECT b.id AS book_id, b.title,"
            + " a.name AS author FROM book b JOIN author a ON a.id = b.author_id\", resultSetMapping = \"summary\")\n"
            + "@SqlResultSetMapping(name = \"summary\",\n"
            + "    classes = @ConstructorResult(targetClass = String.class, columns = {@ColumnResult(name = \"book_id\"),\n"
            + "        @ColumnResult(name = \"writer\")}),\n"
            + "    entities = @EntityResult(entityClass = Book.class, fields = @FieldResult(name = \"title\",\n"
            + "        column = \"titel\")))");
    Compilation c = compile(book, author(ns));
    assertThat(c).hadErrorCount(2);
    String origin = "@NamedNativeQuery 'Book.summary' on 'Book'";
    List<String> selected = List.of("book_id", "title", "author");
    assertThat(c).hadErrorContaining(NativeQueryMessages.missingResultColumn("writer", "summary", origin, selected))
        .inFile(book).onLineContaining("@ColumnResult(name = \"writer\")");
    assertThat(c).hadErrorContaining(NativeQueryMessages.missingResultColumn("titel", "summary", origin, selected))
        .inFile(book).onLineContaining("column = \"titel\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void fragmentsOnTheClassAreReadInTheEntityTable(String ns) {
    JavaFileObject book = book(ns,
        "@SQLRestriction(\"removed = false\")\n"
            + "@SQLInsert(sql = \"INSERT INTO book (price, title, deleted, author_id, id) VALUES (?, ?, ?, ?, ?)\")\n"
            + "@Check(constraints = \"list_price >= 0 AND isbn IS NOT NULL\")");
    Compilation c = compile(book, author(ns));
    assertThat(c).hadErrorCount(3);
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.unknownColumn("removed", List.of("book"), "@SQLRestriction on 'Book'", null))
        .inFile(book)
        .onLineContaining("@SQLRestriction(\"removed = false\")");
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.missingColumn("book.price", "book", "@SQLInsert on 'Book'", null)
            + "; " + NativeQueryMessages.renamed("column", "price", "list_price", "V2__price.sql:1"))
        .inFile(book)
        .onLineContaining("@SQLInsert");
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.unknownColumn("isbn", List.of("book"), "@Check on 'Book'", null)
            + "; " + NativeQueryMessages.dropped("column", "isbn", "V2__price.sql:2"))
        .inFile(book)
        .onLineContaining("@Check");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void fragmentsOnAttributesAndCollections(String ns) {
    JavaFileObject book = book(ns, "",
        "  @Formula(\"(SELECT count(*) FROM book_tag t WHERE t.bookid = id)\") private long tagCount;",
        "  @ManyToOne @JoinFormula(\"writer_id\") private Author mainAuthor;",
        "  @ColumnTransformer(read = \"upper(titel)\", write = \"lower(?)\") @Column(name = \"title\", insertable = false,"
            + " updatable = false) private String shout;",
        "  @ElementCollection @CollectionTable(name = \"book_tag\", joinColumns = @JoinColumn(name = \"book_id\"))"
            + " @Column(name = \"tag\")",
        "  @Where(clause = \"label <> ''\")",
        "  @SQLDeleteAll(sql = \"DELETE FROM book_tags WHERE book_id = ?\") private java.util.Set<String> tags;");
    JavaFileObject author = author(ns, "  @OneToMany(mappedBy = \"author\") @SQLRestriction(\"archived = false\")"
        + " private java.util.List<Book> books;");
    Compilation c = compile(book, author);
    assertThat(c).hadErrorCount(6);
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.missingColumn("t.bookid", "book_tag", "@Formula on field 'Book.tagCount'", "book_id"))
        .inFile(book).onLineContaining("t.bookid");
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.unknownColumn("writer_id", List.of("book"), "@JoinFormula on field 'Book.mainAuthor'", null))
        .inFile(book).onLineContaining("writer_id");
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.unknownColumn("titel", List.of("book"), "the read of @ColumnTransformer on field 'Book.shout'",
            null))
        .inFile(book).onLineContaining("upper(titel)");
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.unknownColumn("label", List.of("book_tag"), "@Where on field 'Book.tags'", null))
        .inFile(book).onLineContaining("label <> ''");
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.missingTable("book_tags", "@SQLDeleteAll on field 'Book.tags'", 2, "book_tag"))
        .inFile(book).onLineContaining("book_tags");
    assertThat(c)
        .hadErrorContaining(NativeQueryMessages.unknownColumn("archived", List.of("book"), "@SQLRestriction on field 'Author.books'", null))
        .inFile(author).onLineContaining("archived = false");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void suppressedOnTheClassOrTheField(String ns) {
    JavaFileObject book = book(ns,
        "@SuppressWarnings(\"schemadrift:native-query\")\n"
            + "@" + ns + ".persistence.NamedNativeQuery(name = \"Book.cheap\", query = \"SELECT id FROM book WHERE price < 10\")",
        "  @Formula(\"upper(titel)\") private String upperTitle;");
    JavaFileObject author = author(ns, "  @SuppressWarnings(\"schemadrift:native-query\")",
        "  @OneToMany(mappedBy = \"author\") @SQLRestriction(\"archived = false\") private java.util.List<Book> books;");
    JavaFileObject view = Fixtures.source("app.AuthorName", "package app;", "import " + ns + ".persistence.*;",
        "@Entity @SuppressWarnings(\"schemadrift:native-query\")",
        "@org.hibernate.annotations.Subselect(\"SELECT a.id, a.name FROM authorz a\")", "public class AuthorName {",
        "  @Id private Long id;", "  private String name;", "}");
    Compilation c = compile(book, author, view);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("4 suppressed");
  }
}
