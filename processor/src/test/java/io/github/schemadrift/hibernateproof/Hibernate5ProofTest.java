package io.github.schemadrift.hibernateproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hibernate 5.6 as the judge (javax.persistence): the entities of package {@code hibernateproof.h5}
 * get their DDL from 5.6's own SchemaExport ({@link Hibernate5Ddl}); that DDL, as
 * {@code V1__init.sql}, must compile clean through the processor on a class path that holds
 * Hibernate 5.6, as a Hibernate 5 project's does.
 */
class Hibernate5ProofTest {

  static final String PACKAGE = "io.github.schemadrift.hibernateproof.h5";

  @TempDir Path dir;

  static String ddl(Hibernate5Ddl.Dialect dialect) {
    return Hibernate5Ddl.forPackage(PACKAGE).generate(dialect, Map.of());
  }

  Compilation compile(String ddl, Hibernate5Ddl.Dialect dialect, String... more) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), ddl);
    List<String> options = new ArrayList<>(List.of("-Aschemadrift.migrations=" + migrations,
        "-Aschemadrift.dialect=" + dialect.option, "-Aschemadrift.naming=jpa"));
    options.addAll(List.of(more));
    return javac().withProcessors(new SchemaDriftProcessor()).withOptions(options)
        .withClasspath(Hibernate5Ddl.classPath())
        .compile(HibernateProofTest.sources(PACKAGE));
  }

  static List<String> findings(Compilation compilation) {
    return MappingGapsProofTest.findings(compilation);
  }

  static List<String> notes(Compilation compilation) {
    return compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(null)).toList();
  }

  @ParameterizedTest
  @EnumSource(Hibernate5Ddl.Dialect.class)
  void hibernate5DdlCompilesClean(Hibernate5Ddl.Dialect dialect) throws IOException {
    Compilation compilation = compile(ddl(dialect), dialect);
    System.out.println(notes(compilation));
    assertThat(findings(compilation)).as("findings on Hibernate 5.6's own DDL").isEmpty();
  }
}
