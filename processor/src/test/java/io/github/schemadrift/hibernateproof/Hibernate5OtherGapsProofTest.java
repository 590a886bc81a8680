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
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16's gaps 4 to 8 under javax.persistence, judged by Hibernate 5.6: the entities of
 * {@code src/test/resources/hibernate5/gaps/OtherGaps.java} (read-only mirrors, inherited embeddable
 * state, a discriminator formula, an id-bag in Hibernate 5's {@code @CollectionId} form, a join
 * column's type). 5.6's DDL of them must equal schemadrift's model under the Hibernate 5 mode, compile
 * clean through the processor, and a drift injected into it must be reported at the field.
 */
class Hibernate5OtherGapsProofTest {

  static final String PACKAGE = "io.github.schemadrift.hibernateproof.othergaps5";

  @TempDir Path dir;

  static Path source() {
    Path file = Paths.get("src/test/resources/hibernate5/gaps/OtherGaps.java");
    return Files.isRegularFile(file) ? file.toAbsolutePath() : Paths.get("processor").resolve(file).toAbsolutePath();
  }

  static String ddl(Hibernate5Ddl.Dialect dialect) {
    return Hibernate5Ddl.forSources(PACKAGE, List.of(source()), Hibernate5Ddl.entityNames(source(), PACKAGE))
        .generate(dialect, Map.of());
  }

  static List<JavaFileObject> sources() throws IOException {
    return List.of(JavaFileObjects.forResource(source().toUri().toURL()));
  }

  @ParameterizedTest
  @EnumSource(value = Hibernate5Ddl.Dialect.class, names = {"H2", "POSTGRESQL", "MARIADB"})
  void otherGapsUnderHibernate5(Hibernate5Ddl.Dialect dialect) throws IOException {
    String ddl = ddl(dialect);
    ModelCapture capture = new ModelCapture(NamingStrategy.JPA, ImplicitNaming.defaultFor(NamingStrategy.JPA, false),
        Hibernate5ProofTest.hibernate5Types(dialect, IdStyle.HIBERNATE5));
    Compilation model = javac().withProcessors(capture).withClasspath(Hibernate5Ddl.classPath()).compile(sources());
    assertThat(model.errors()).isEmpty();
    assertThat(capture.failures).isEmpty();
    HibernateProofTest.Comparison comparison =
        HibernateProofTest.ModelComparison.compare(DdlSchema.parse(Hibernate5ProofTest.forDdlSchema(ddl)), capture.models);
    assertThat(comparison.mismatches()).as("mismatches against Hibernate 5.6's DDL").isEmpty();
    assertThat(comparison.columnsCompared()).isGreaterThan(15);
    assertThat(Hibernate5ProofTest.findings(compile(ddl, dialect))).as("findings on 5.6's own DDL").isEmpty();
  }

  Compilation compile(String ddl, Hibernate5Ddl.Dialect dialect) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), ddl);
    return javac().withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=" + dialect.option, "-Aschemadrift.naming=jpa")
        .withClasspath(Hibernate5Ddl.classPath()).compile(sources());
  }

  /** A drift injected into 5.6's PostgreSQL DDL: gap, text replaced, rule, field, source line. */
  record Drift(String gap, String from, String to, String rule, String field, String line) {
    @Override
    public String toString() {
      return gap + ": " + rule + " on '" + field + "'";
    }
  }

  static Stream<Drift> drifts() {
    return Stream.of(
        new Drift("4 read-only mirror of another attribute", "code varchar(20) not null", "code varchar(20)",
            "nullability", "code", "@Column(name = \"code\", nullable = false, length = 20)"),
        new Drift("5 state inherited by an embeddable", "stamped_by varchar(50)", "stamped_by varchar(20)",
            "length", "stamp.stampedBy", "@Embedded DeliveryStamp stamp;"),
        new Drift("6 @DiscriminatorFormula", "kind_code int4, ", "",
            "missing-column", "kindCode", "@Column(name = \"kind_code\")"),
        new Drift("7 @CollectionId", "entry_id int8 not null, ", "",
            "join-table", "songs", "List<String> songs;"),
        new Drift("7 @CollectionId typed by Hibernate 5's @Type", "entry_id int8 not null", "entry_id varchar(20) not null",
            "type", "songs", "List<String> songs;"),
        new Drift("8 join column of another type", "receiver_id int8", "receiver_id varchar(20)",
            "type", "receiver", "@ManyToOne Customer receiver;"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drifts")
  void injectedDriftIsReportedAtTheField(Drift drift) throws IOException {
    String ddl = ddl(Hibernate5Ddl.Dialect.POSTGRESQL);
    String drifted = ddl.replace(drift.from(), drift.to());
    assertThat(drifted).as("the drift applies").isNotEqualTo(ddl);
    Compilation compilation = compile(drifted, Hibernate5Ddl.Dialect.POSTGRESQL);
    assertThat(compilation.errors()).hasSize(1);
    assertThat(Hibernate5ProofTest.findings(compilation).stream().filter(f -> !f.startsWith("ERROR")))
        .as("besides the error, only the foreign key PostgreSQL refuses over a drifted join column")
        .allSatisfy(f -> assertThat(f).containsAnyOf("joins incompatible types; the database refuses it",
            "but no foreign key enforces it"));
    Diagnostic<? extends JavaFileObject> finding = compilation.errors().get(0);
    assertThat(finding.getMessage(null)).startsWith("[schemadrift:" + drift.rule() + "]").contains("'" + drift.field() + "'");
    String text = finding.getSource().getCharContent(true).toString();
    assertThat(text.lines().skip(finding.getLineNumber() - 1).findFirst().orElse("")).contains(drift.line());
  }

  /** An id-bag whose 5 {@code @Type} names a user type: nothing says its column type, so no {@code type} finding. */
  @org.junit.jupiter.api.Test
  void anIdBagOfAUserTypeIsNotTypeChecked() throws IOException {
    String drifted = ddl(Hibernate5Ddl.Dialect.POSTGRESQL).replace("entry_id int8 not null", "entry_id varchar(20) not null");
    String text = Files.readString(source());
    assertThat(text).contains("@Type(type = \"long\")");
    Path userTyped = Files.createDirectories(dir.resolve("src")).resolve("OtherGaps.java");
    Files.writeString(userTyped, text.replace("@Type(type = \"long\")", "@Type(type = \"com.example.EntryIdType\")"));
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), drifted);
    Compilation compilation = javac().withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=postgresql", "-Aschemadrift.naming=jpa")
        .withClasspath(Hibernate5Ddl.classPath()).compile(JavaFileObjects.forResource(userTyped.toUri().toURL()));
    assertThat(Hibernate5ProofTest.findings(compilation)).as("findings with a user type over a varchar id column").isEmpty();
  }
}
