package io.github.schemadrift.dbproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import io.github.schemadrift.migration.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The corpus' broken names through javac: every mutated query becomes a native {@code @Query} of
 * one repository, and each must be reported at its own annotation's line, and nothing else. (That
 * the database rejects each mutation is proven by {@link NativeQueryCorpusTest}.)
 */
class NativeQueryMutationsCompileTest {

  private static final List<String> BY_DESIGN =
      List.of("WITH RECURSIVE path (id_x,", "SELECT p.id_x, p.title, similarity FROM (SELECT id, title");

  @Test
  void everyBrokenNameIsReportedAtItsOwnQuery() throws Exception {
    NativeQueryCorpus corpus = new NativeQueryCorpus("postgresql", Dialect.POSTGRESQL);
    List<NativeQueryCorpus.Mutation> mutations = new ArrayList<>();
    for (Set<String> names : List.of(corpus.columnNames(), corpus.tableNames())) {
      for (String sql : corpus.queries) {
        NativeQueryCorpus.Mutation m = NativeQueryCorpus.breakFirst(sql, names, 0);
        if (m != null && BY_DESIGN.stream().noneMatch(m.sql()::startsWith)) {
          mutations.add(m);
        }
      }
    }
    List<String> lines = new ArrayList<>(List.of(
        "package app;", "import org.springframework.data.jpa.repository.Query;",
        "public interface ShopRepository extends org.springframework.data.repository.Repository<Customer, Long> {"));
    List<Integer> queryLines = new ArrayList<>();
    for (int i = 0; i < mutations.size(); i++) {
      queryLines.add(lines.size() + 1);
      String text = mutations.get(i).sql().replace("\\", "\\\\").replace("\"", "\\\"");
      lines.add("  @Query(value = \"" + text + "\", nativeQuery = true)");
      lines.add("  Object m" + i + "();");
    }
    lines.add("}");
    JavaFileObject repository = JavaFileObjects.forSourceLines("app.ShopRepository", lines);
    JavaFileObject customer = JavaFileObjects.forSourceLines("app.Customer", "package app;", "import jakarta.persistence.*;",
        "@Entity(name = \"customer\") @Table(name = \"customer\")", "public class Customer {", "  @Id private Long id;", "}");
    JavaFileObject query = JavaFileObjects.forSourceLines("org.springframework.data.jpa.repository.Query",
        "package org.springframework.data.jpa.repository;", "public @interface Query {", "  String value() default \"\";",
        "  boolean nativeQuery() default false;", "}");
    JavaFileObject spring = JavaFileObjects.forSourceLines("org.springframework.data.repository.Repository",
        "package org.springframework.data.repository;", "public interface Repository<T, ID> {}");

    Compilation c = javac().withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + corpus.migrations, "-Aschemadrift.dialect=postgresql",
            "-Aschemadrift.severity=unmapped-not-null:off", "-Xmaxerrs", "100000")
        .compile(repository, customer, query, spring);

    List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>(c.errors());
    assertThat(errors).allSatisfy(e -> assertThat(e.getMessage(null)).startsWith("[schemadrift:native-query]"));
    for (int i = 0; i < mutations.size(); i++) {
      long line = queryLines.get(i);
      String broken = mutations.get(i).brokenName();
      assertThat(errors).as("mutation %s at line %s", mutations.get(i).sql(), line)
          .anySatisfy(e -> {
            assertThat(e.getLineNumber()).isEqualTo(line);
            assertThat(e.getMessage(null)).contains(broken + "'");
          });
    }
    assertThat(errors.stream().map(Diagnostic::getLineNumber).distinct().count()).isEqualTo(mutations.size());
    System.out.printf("[native-query corpus] %d mutated queries compiled: %d errors on %d lines%n", mutations.size(), errors.size(),
        mutations.size());
  }
}
