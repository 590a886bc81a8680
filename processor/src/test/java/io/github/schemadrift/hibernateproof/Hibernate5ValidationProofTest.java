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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 16's gap 2 under javax, judged by Hibernate 5.6 with Hibernate Validator 6.2 beside it:
 * {@code @NotNull} on a {@code @ManyToOne}/{@code @OneToOne} makes its join column NOT NULL in 5.6's
 * DDL ({@code javax.persistence.validation.mode=ddl}); that DDL must compile clean through the
 * processor (no "NOT NULL column but the field does not say so" warning), and a drift must be reported.
 */
class Hibernate5ValidationProofTest {

  static final String PACKAGE = "io.github.schemadrift.hibernateproof.validated5";

  @TempDir Path dir;

  static Path source() {
    Path file = Paths.get("src/test/resources/hibernate5/validated/ValidatedGaps.java");
    return Files.isRegularFile(file) ? file.toAbsolutePath() : Paths.get("processor").resolve(file).toAbsolutePath();
  }

  static String ddl(Hibernate5Ddl.Dialect dialect) {
    return Hibernate5Ddl.withValidator(PACKAGE, List.of(source()), Hibernate5Ddl.entityNames(source(), PACKAGE))
        .generate(dialect, Map.of("javax.persistence.validation.mode", "ddl"));
  }

  Compilation compile(String ddl, Hibernate5Ddl.Dialect dialect, String... more) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), ddl);
    List<JavaFileObject> sources = List.of(JavaFileObjects.forResource(source().toUri().toURL()));
    List<String> options = new java.util.ArrayList<>(List.of("-Aschemadrift.migrations=" + migrations,
        "-Aschemadrift.dialect=" + dialect.option, "-Aschemadrift.naming=jpa"));
    options.addAll(List.of(more));
    return javac().withProcessors(new SchemaDriftProcessor()).withOptions(options)
        .withClasspath(Hibernate5Ddl.validatorJars().stream().map(Path::toFile).toList()).compile(sources);
  }

  @ParameterizedTest
  @EnumSource(value = Hibernate5Ddl.Dialect.class, names = {"H2", "POSTGRESQL", "MARIADB"})
  void notNullAssociationsCompileClean(Hibernate5Ddl.Dialect dialect) throws IOException {
    String ddl = ddl(dialect);
    assertThat(ddl).as("5.6 applies @NotNull to the join columns")
        .containsPattern("customer_id \\w+ not null").containsPattern("billedTo_id \\w+ not null")
        .containsPattern("referrer_id \\w+,");
    assertThat(Hibernate5ProofTest.findings(compile(ddl, dialect))).as("findings on 5.6's own DDL").isEmpty();
  }

  @Test
  void aDroppedJoinColumnIsReportedAtTheField() throws IOException {
    String ddl = ddl(Hibernate5Ddl.Dialect.POSTGRESQL);
    String drifted = ddl.replaceFirst("customer_id int8 not null, ", "");
    assertThat(drifted).isNotEqualTo(ddl);
    Compilation compilation = compile(drifted, Hibernate5Ddl.Dialect.POSTGRESQL);
    assertThat(compilation.errors()).singleElement().satisfies(e -> {
      assertThat(e.getMessage(null)).startsWith("[schemadrift:missing-column]").contains("'customer'");
      String text = e.getSource().getCharContent(true).toString();
      assertThat(text.lines().skip(e.getLineNumber() - 1).findFirst().orElse("")).contains("ValidatedCustomer customer;");
    });
  }

  /** 5.6 exports no unique key for a {@code @OneToOne} join column, 7 does: read as 7, 5.6's DDL lacks it. */
  @Test
  void readAsHibernate7TheOneToOneLacksItsUniqueKey() throws IOException {
    Compilation compilation = compile(ddl(Hibernate5Ddl.Dialect.POSTGRESQL), Hibernate5Ddl.Dialect.POSTGRESQL, "-Aschemadrift.hibernate=7");
    assertThat(Hibernate5ProofTest.findings(compilation)).singleElement().satisfies(f ->
        assertThat(f).startsWith("WARNING [schemadrift:unique]").contains("'billedTo'").contains("a @OneToOne join column"));
  }
}
