package io.github.schemadrift.hibernateproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import io.github.schemadrift.entity.ImplicitNaming;
import io.github.schemadrift.entity.NamingStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proof for every built-in implicit naming strategy: Hibernate 7 generates the DDL with
 * {@code hibernate.implicit_naming_strategy} set (by short name or class name, as a user writes
 * it), and schemadrift's model of the same sources, read with the same strategy, must name every
 * table and column alike; then that DDL must compile clean through the processor with the
 * strategy given as {@code -Aschemadrift.hibernate.implicit_naming_strategy}. The full proof model
 * runs where Hibernate itself can map it (legacy-hbm gives composite foreign keys one column name,
 * component-path renames columns that {@code referencedColumnName}s name); the small model of
 * package {@code implicitmodel} runs with every strategy.
 */
class ImplicitNamingProofTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} on the full model")
  @CsvSource({
    "default, JPA",
    "legacy-jpa, LEGACY_JPA",
    "io.github.schemadrift.hibernateproof.SpringLikeImplicitNamingStrategy, SPRING"
  })
  void fullModelMatchesHibernateDdl(String setting, ImplicitNaming implicit) {
    compare(ProofEntities.PACKAGE, setting, implicit);
  }

  @ParameterizedTest(name = "{0} on the small model")
  @CsvSource({
    "default, JPA",
    "jpa, JPA",
    "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl, JPA",
    "legacy-jpa, LEGACY_JPA",
    "legacy-hbm, LEGACY_HBM",
    "component-path, COMPONENT_PATH",
    "io.github.schemadrift.hibernateproof.SpringLikeImplicitNamingStrategy, SPRING"
  })
  void smallModelMatchesHibernateDdl(String setting, ImplicitNaming implicit) throws IOException {
    String ddl = compare(ProofEntities.IMPLICIT_PACKAGE, setting, implicit);
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), ddl);
    Compilation compilation = javac()
        .withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=postgresql",
            "-Aschemadrift.naming=jpa", "-Aschemadrift.hibernate.implicit_naming_strategy=" + implicit.optionValue())
        .compile(HibernateProofTest.sources(ProofEntities.IMPLICIT_PACKAGE));
    List<String> findings = compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getKind() + " " + d.getMessage(null))
        .toList();
    assertThat(findings).as("findings on Hibernate's own DDL").isEmpty();
    assertThat(compilation.notes().stream().map(d -> d.getMessage(null)))
        .anySatisfy(n -> assertThat(n).contains("hibernate implicit strategy " + implicit.optionValue()
            + " from option -Aschemadrift.hibernate.implicit_naming_strategy"));
  }

  private static String compare(String pkg, String setting, ImplicitNaming implicit) {
    List<Class<?>> classes = ProofEntities.classes(pkg);
    String ddl = HibernateDdl.generate(classes, HibernateDdl.Dialect.POSTGRESQL, false, setting);
    DdlSchema expected = DdlSchema.parse(ddl);
    ModelCapture capture = new ModelCapture(NamingStrategy.JPA, implicit);
    Compilation compilation = javac().withProcessors(capture).compile(HibernateProofTest.sources(pkg));
    assertThat(compilation.errors()).isEmpty();
    assertThat(capture.failures).isEmpty();
    assertThat(capture.models).hasSize(classes.size());
    HibernateProofTest.Comparison comparison = HibernateProofTest.ModelComparison.compare(expected, capture.models);
    System.out.printf("[hibernate-proof] implicit %s on %s: %d tables, %d columns compared, %d mismatches%n",
        setting, pkg.substring(pkg.lastIndexOf('.') + 1), expected.tables.size(), comparison.columnsCompared(),
        comparison.mismatches().size());
    assertThat(comparison.mismatches()).as("mismatches against Hibernate's DDL:\n" + ddl).isEmpty();
    return ddl;
  }
}
