package io.github.schemadrift.hibernateproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import io.github.schemadrift.entity.IdStyle;
import io.github.schemadrift.entity.ImplicitNaming;
import io.github.schemadrift.entity.NamingStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hibernate's implicit naming strategies under 5.6: the small model of {@code implicitmodel} read
 * as javax (package {@code implicit5}); for each strategy 5.6's DDL must equal schemadrift's model
 * under the Hibernate 5 mode and compile clean with the strategy named, as ImplicitNamingProofTest
 * proves for Hibernate 7.
 */
class Hibernate5ImplicitNamingProofTest {

  static final String PACKAGE = "io.github.schemadrift.hibernateproof.implicit5";

  @TempDir Path dir;

  private static Path source;

  static synchronized Path source() {
    if (source == null) {
      source = Hibernate5Ddl.javaxCopy(ProofEntities.sourceDir(ProofEntities.IMPLICIT_PACKAGE).resolve("Customer.java"),
          ProofEntities.IMPLICIT_PACKAGE, PACKAGE);
    }
    return source;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "default, JPA",
    "legacy-jpa, LEGACY_JPA",
    "legacy-hbm, LEGACY_HBM",
    "component-path, COMPONENT_PATH",
    "io.github.schemadrift.hibernateproof.SpringLikeImplicitNamingStrategy, SPRING"
  })
  void modelMatchesHibernate5Ddl(String setting, ImplicitNaming implicit) throws IOException {
    String ddl = Hibernate5Ddl.forSources(PACKAGE, List.of(source()), Hibernate5Ddl.entityNames(source(), PACKAGE))
        .generate(Hibernate5Ddl.Dialect.POSTGRESQL, Map.of("hibernate.implicit_naming_strategy", setting));
    List<JavaFileObject> sources = List.of(JavaFileObjects.forResource(source().toUri().toURL()));
    ModelCapture capture = new ModelCapture(NamingStrategy.JPA, implicit,
        Hibernate5ProofTest.hibernate5Types(Hibernate5Ddl.Dialect.POSTGRESQL, IdStyle.HIBERNATE5));
    assertThat(javac().withProcessors(capture).withClasspath(Hibernate5Ddl.classPath()).compile(sources).errors()).isEmpty();
    assertThat(capture.failures).isEmpty();
    HibernateProofTest.Comparison comparison =
        HibernateProofTest.ModelComparison.compare(DdlSchema.parse(Hibernate5ProofTest.forDdlSchema(ddl)), capture.models);
    assertThat(comparison.mismatches()).as("mismatches against Hibernate 5.6's DDL:\n" + ddl).isEmpty();
    assertThat(comparison.columnsCompared()).isGreaterThan(5);

    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), ddl);
    Compilation compilation = javac().withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=postgresql", "-Aschemadrift.naming=jpa",
            "-Aschemadrift.hibernate.implicit_naming_strategy=" + implicit.optionValue())
        .withClasspath(Hibernate5Ddl.classPath()).compile(sources);
    assertThat(Hibernate5ProofTest.findings(compilation)).as("findings on 5.6's own DDL").isEmpty();
  }
}
