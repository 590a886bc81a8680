package io.github.schemadrift.e2e;

import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The schema and the Java sources the native-query cases share: a bookshop on PostgreSQL whose
 * second migration renames and drops columns, stand-ins for Spring Data's annotations (the test
 * class path has no Spring) and for Hibernate 6's {@code @Where} (gone from Hibernate 7).
 */
final class NativeQuerySources {

  private NativeQuerySources() {}

  static final String V1 =
      "CREATE TABLE author (id BIGINT PRIMARY KEY, name VARCHAR(255));\n"
          + "CREATE TABLE book (\n"
          + "  id BIGINT PRIMARY KEY,\n"
          + "  title VARCHAR(255),\n"
          + "  price NUMERIC(10, 2),\n"
          + "  isbn VARCHAR(20),\n"
          + "  author_id BIGINT REFERENCES author (id),\n"
          + "  deleted BOOLEAN NOT NULL DEFAULT false\n"
          + ");\n"
          + "CREATE TABLE book_tag (book_id BIGINT NOT NULL, tag VARCHAR(255));\n";

  static final String V2 = "ALTER TABLE book RENAME COLUMN price TO list_price;\nALTER TABLE book DROP COLUMN isbn;\n";

  static Path migrations(Path dir) {
    return Fixtures.migrations(dir.resolve("db"), Fixtures.ordered("V1__init.sql", V1, "V2__price.sql", V2));
  }

  static final JavaFileObject SPRING_QUERY =
      Fixtures.source("org.springframework.data.jpa.repository.Query", "package org.springframework.data.jpa.repository;",
          "import java.lang.annotation.*;", "@Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD)",
          "public @interface Query {", "  String value() default \"\";", "  String countQuery() default \"\";",
          "  boolean nativeQuery() default false;", "}");

  static final JavaFileObject SPRING_REPOSITORY =
      Fixtures.source("org.springframework.data.repository.Repository", "package org.springframework.data.repository;",
          "public interface Repository<T, ID> {}");

  static final JavaFileObject HIBERNATE_WHERE =
      Fixtures.source("org.hibernate.annotations.Where", "package org.hibernate.annotations;", "import java.lang.annotation.*;",
          "@Retention(RetentionPolicy.RUNTIME) @Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})",
          "public @interface Where {", "  String clause();", "}");

  /** The entities of the schema in a namespace ({@code jakarta} or {@code javax}), with extra members in Book. */
  static JavaFileObject book(String namespace, String classAnnotations, String... members) {
    String[] head = {
      "package app;", "import " + namespace + ".persistence.*;", "import org.hibernate.annotations.*;", classAnnotations,
      "@Entity @jakarta.persistence.Table(name = \"book\")".replace("jakarta", namespace), "public class Book {",
      "  @Id private Long id;", "  private String title;", "  @Column(name = \"list_price\") private java.math.BigDecimal price;",
      "  private boolean deleted;", "  @ManyToOne @JoinColumn(name = \"author_id\") private Author author;"
    };
    String[] all = new String[head.length + members.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(members, 0, all, head.length, members.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app.Book", all);
  }

  static JavaFileObject author(String namespace, String... members) {
    String[] head = {
      "package app;", "import " + namespace + ".persistence.*;", "import org.hibernate.annotations.*;", "@Entity",
      "public class Author {", "  @Id private Long id;", "  private String name;"
    };
    String[] all = new String[head.length + members.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(members, 0, all, head.length, members.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app.Author", all);
  }

  /** A Spring Data repository of Book with the given methods. */
  static JavaFileObject repository(String... methods) {
    String[] head = {
      "package app;", "import org.springframework.data.jpa.repository.Query;", "import java.util.List;",
      "public interface BookRepository extends org.springframework.data.repository.Repository<Book, Long> {"
    };
    String[] all = new String[head.length + methods.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(methods, 0, all, head.length, methods.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app.BookRepository", all);
  }

  static Map<String, String> none() {
    return Map.of();
  }
}
