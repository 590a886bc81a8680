package io.github.schemadrift.hibernateproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import io.github.schemadrift.entity.IdStyle;
import io.github.schemadrift.entity.NamingStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

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
    return ddl(dialect, NamingStrategy.JPA);
  }

  static String ddl(Hibernate5Ddl.Dialect dialect, NamingStrategy naming) {
    return Hibernate5Ddl.forPackage(PACKAGE).generate(dialect, naming == NamingStrategy.SPRING ? Hibernate5Ddl.SPRING_NAMING : Map.of());
  }

  static Stream<Arguments> runs() {
    List<Arguments> runs = new ArrayList<>();
    for (Hibernate5Ddl.Dialect dialect : Hibernate5Ddl.Dialect.values()) {
      for (NamingStrategy naming : NamingStrategy.values()) {
        runs.add(Arguments.of(dialect, naming));
      }
    }
    return runs.stream();
  }

  /** The DDL in the layout {@link DdlSchema} reads: no MariaDB table options, PostgreSQL's sequences spelt in full. */
  static String forDdlSchema(String ddl) {
    return ddl.replace(" engine=InnoDB", "").replaceAll("start (\\d+) increment (\\d+)", "start with $1 increment by $2");
  }

  /** What the pipeline reads under Hibernate 5 on the dialect, for the model comparison. */
  static io.github.schemadrift.entity.TypePreferences hibernate5Types(Hibernate5Ddl.Dialect dialect, IdStyle ids) {
    io.github.schemadrift.config.HibernateVersion five = new io.github.schemadrift.config.HibernateVersion(5, "test");
    return io.github.schemadrift.entity.TypePreferences.of(five.typeSettings(k -> null, dialect == Hibernate5Ddl.Dialect.POSTGRESQL))
        .withIds(ids);
  }

  /** 5.6's DDL with its legacy id generators ({@code hibernate.id.new_generator_mappings=false}). */
  static String legacyDdl(Hibernate5Ddl.Dialect dialect) {
    return Hibernate5Ddl.forPackage(PACKAGE).generate(dialect, Map.of("hibernate.id.new_generator_mappings", "false"));
  }

  /** 5.6's native generator: identity on H2 and MariaDB, a sequence on PostgreSQL (its export). */
  static IdStyle legacyIds(Hibernate5Ddl.Dialect dialect) {
    return dialect == Hibernate5Ddl.Dialect.POSTGRESQL ? IdStyle.HIBERNATE5_LEGACY_SEQUENCE : IdStyle.HIBERNATE5_LEGACY_IDENTITY;
  }

  static final String LEGACY_OPTION = "-Aschemadrift.hibernate.id.new_generator_mappings=false";

  /** MySQL has no sequences, and 5.6's legacy SEQUENCE generator cannot run there: its export fails on the model. */
  @ParameterizedTest
  @EnumSource(value = Hibernate5Ddl.Dialect.class, names = {"H2", "POSTGRESQL", "MARIADB"})
  void legacyIdGeneratorsRoundTripClean(Hibernate5Ddl.Dialect dialect) throws IOException {
    String ddl = legacyDdl(dialect);
    assertThat(ddl).contains("sequence_next_hi_value").doesNotContain("depot_gen");
    Compilation compilation = compile(ddl, dialect, LEGACY_OPTION);
    assertThat(findings(compilation)).as("findings on 5.6's legacy DDL").isEmpty();
    assertThat(notes(compilation)).anySatisfy(n -> assertThat(n).contains("legacy ids (hibernate.id.new_generator_mappings false"
        + " from option -Aschemadrift.hibernate.id.new_generator_mappings"));
    assertThat(findings(compile(ddl, dialect))).as("read with 5's default generators, the legacy DDL drifts")
        .anySatisfy(f -> assertThat(f).startsWith("ERROR [schemadrift:missing-column]").contains("'hibernate_sequences.next_val'"))
        .anySatisfy(f -> assertThat(f).startsWith("ERROR [schemadrift:generation]").contains("'depot_gen'"));
    DdlSchema expected = DdlSchema.parse(forDdlSchema(ddl));
    ModelCapture capture = new ModelCapture(NamingStrategy.JPA, io.github.schemadrift.entity.ImplicitNaming.defaultFor(NamingStrategy.JPA, false),
        hibernate5Types(dialect, legacyIds(dialect)));
    javac().withProcessors(capture).withClasspath(Hibernate5Ddl.classPath()).compile(HibernateProofTest.sources(PACKAGE));
    List<String> mismatches = new ArrayList<>(HibernateProofTest.ModelComparison.compare(expected, capture.models).mismatches());
    mismatches.remove("Shipment.grade: length 1, Hibernate 255 (char(255))"); // H2, as in modelMatchesHibernate5Ddl
    assertThat(mismatches).as("mismatches against 5.6's legacy DDL").isEmpty();
  }

  @Test
  void legacyIdentityDriftIsReported() throws IOException {
    String ddl = legacyDdl(Hibernate5Ddl.Dialect.H2);
    String drifted = ddl.replace("create table Shipment (id bigint generated by default as identity,", "create table Shipment (id bigint not null,");
    assertThat(drifted).isNotEqualTo(ddl);
    Compilation compilation = compile(drifted, Hibernate5Ddl.Dialect.H2, LEGACY_OPTION);
    assertThat(findings(compilation)).hasSize(1);
    assertThat(compilation.errors().get(0).getMessage(null)).startsWith("[schemadrift:generation]").contains("'id'");
    assertThat(compilation.errors().get(0).getLineNumber()).isEqualTo(
        (long) HibernateProofTest.sources(PACKAGE).stream().filter(f -> f.getName().endsWith("Shipment.java")).findFirst().orElseThrow()
            .getCharContent(true).toString().lines().toList().indexOf("  @Id @GeneratedValue Long id;") + 1);
  }

  Compilation compile(String ddl, Hibernate5Ddl.Dialect dialect, String... more) throws IOException {
    return compile(ddl, dialect, NamingStrategy.JPA, more);
  }

  Compilation compile(String ddl, Hibernate5Ddl.Dialect dialect, NamingStrategy naming, String... more) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), ddl);
    List<String> options = new ArrayList<>(List.of("-Aschemadrift.migrations=" + migrations,
        "-Aschemadrift.dialect=" + dialect.option, "-Aschemadrift.naming=" + naming.optionValue()));
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

  @ParameterizedTest(name = "{0} with {1} naming")
  @MethodSource("runs")
  void hibernate5DdlCompilesClean(Hibernate5Ddl.Dialect dialect, NamingStrategy naming) throws IOException {
    String ddl = ddl(dialect, naming);
    assertThat(ddl).contains(naming == NamingStrategy.SPRING ? "carrier_depots" : "Carrier_Depot");
    Compilation compilation = compile(ddl, dialect, naming);
    assertThat(findings(compilation)).as("findings on Hibernate 5.6's own DDL").isEmpty();
    assertThat(notes(compilation)).anySatisfy(n -> assertThat(n).startsWith("[schemadrift:summary]")
        .contains("hibernate 5 from org.hibernate.annotations.TypeDef on the class path"));
  }

  /** The mode is what makes the DDL clean: read with Hibernate 7's defaults, the same DDL drifts. */
  @ParameterizedTest
  @EnumSource(Hibernate5Ddl.Dialect.class)
  void underHibernate7DefaultsTheSameDdlDrifts(Hibernate5Ddl.Dialect dialect) throws IOException {
    List<String> findings = findings(compile(ddl(dialect), dialect, "-Aschemadrift.hibernate=7"));
    assertThat(findings).anySatisfy(f -> assertThat(f).contains("[schemadrift:type]").contains("'transit'"));
    if (dialect != Hibernate5Ddl.Dialect.POSTGRESQL && dialect != Hibernate5Ddl.Dialect.MYSQL) {
      // 5.6 maps UUID to uuid on PostgreSQL, as 7 does; on MySQL the rule takes any binary column for one
      assertThat(findings).anySatisfy(f -> assertThat(f).contains("[schemadrift:type]").contains("'trackingRef'"));
    }
    if (dialect != Hibernate5Ddl.Dialect.MARIADB && dialect != Hibernate5Ddl.Dialect.MYSQL) { // no zoned type: 7 also writes datetime(6)
      assertThat(findings).anySatisfy(f -> assertThat(f).contains("[schemadrift:type]").contains("'createdAt'"));
    }
  }

  /** The model schemadrift reads under 5 equals 5.6's DDL, column by column. */
  @ParameterizedTest(name = "{0} with {1} naming")
  @MethodSource("runs")
  void modelMatchesHibernate5Ddl(Hibernate5Ddl.Dialect dialect, NamingStrategy naming) {
    DdlSchema expected = DdlSchema.parse(forDdlSchema(ddl(dialect, naming)));
    ModelCapture capture = new ModelCapture(naming, io.github.schemadrift.entity.ImplicitNaming.defaultFor(naming, false),
        hibernate5Types(dialect, IdStyle.HIBERNATE5));
    Compilation compilation = javac().withProcessors(capture).withClasspath(Hibernate5Ddl.classPath())
        .compile(HibernateProofTest.sources(PACKAGE));
    assertThat(compilation.errors()).isEmpty();
    assertThat(capture.failures).isEmpty();
    HibernateProofTest.Comparison comparison = HibernateProofTest.ModelComparison.compare(expected, capture.models);
    List<String> mismatches = new ArrayList<>(comparison.mismatches());
    if (dialect == Hibernate5Ddl.Dialect.H2) {
      // 5.6's H2Dialect writes a Character as char(255), the other dialects as char(1); the model keeps 1
      // (dialect-free). No finding can come of it: a column longer than the field's length is not reported.
      assertThat(mismatches.remove(naming == NamingStrategy.SPRING ? "shipment.grade: length 1, Hibernate 255 (char(255))"
          : "Shipment.grade: length 1, Hibernate 255 (char(255))")).isTrue();
    }
    if (dialect == Hibernate5Ddl.Dialect.MYSQL) {
      // no sequences on MySQL: 5.6 writes each as a one-column table (next_val), which the generation rule accepts
      for (String sequence : List.of("hibernate_sequence", "depot_gen")) {
        assertThat(mismatches.remove("table " + sequence + " missing from the model")).isTrue();
        assertThat(mismatches.remove("sequence " + sequence + " in the model but not in Hibernate's DDL")).isTrue();
      }
    }
    assertThat(mismatches).as("mismatches against Hibernate 5.6's DDL").isEmpty();
    assertThat(comparison.columnsCompared()).isGreaterThan(30);
  }

  /**
   * One drift injected into 5.6's DDL: the text replaced, the rule that must report it, the field
   * it must name, a text of the source line the finding points at, and whether 5.6's own schema
   * validator rejects it (it checks tables, columns, types and sequences; not nullability, lengths,
   * precision or sequence increments, which 5.6 checks when the session factory starts, if at all).
   */
  record Drift(Hibernate5Ddl.Dialect dialect, String from, String to, String rule, String field, String line,
      boolean validatorRejects) {
    @Override
    public String toString() {
      return dialect + ": " + rule + " on '" + field + "' (" + to.strip() + ")";
    }
  }

  static Stream<Drift> drifts() {
    Hibernate5Ddl.Dialect h2 = Hibernate5Ddl.Dialect.H2;
    Hibernate5Ddl.Dialect pg = Hibernate5Ddl.Dialect.POSTGRESQL;
    Hibernate5Ddl.Dialect maria = Hibernate5Ddl.Dialect.MARIADB;
    return Stream.of(
        new Drift(h2, "trackingRef binary(255)", "trackingRef varchar(36)", "type", "trackingRef", "UUID trackingRef;", true),
        new Drift(h2, "transit bigint", "transit varchar(20)", "type", "transit", "Duration transit;", true),
        new Drift(h2, "createdAt timestamp", "createdAt date", "type", "createdAt", "Instant createdAt;", true),
        new Drift(h2, "promisedAt timestamp", "promisedAt date", "type", "promisedAt", "OffsetDateTime promisedAt;", true),
        new Drift(h2, "fragile boolean not null", "fragile integer not null", "type", "fragile", "boolean fragile;", true),
        new Drift(h2, "status integer", "status varchar(255)", "type", "status", "@Enumerated Status status;", true),
        new Drift(h2, "create sequence hibernate_sequence start with 1 increment by 1;", "", "generation", "id",
            "GeneratedValue", true),
        new Drift(h2, "depot_gen start with 1 increment by 50", "depot_gen start with 1 increment by 1", "generation", "id",
            "SequenceGenerator", false),
        new Drift(pg, "trackingRef uuid", "trackingRef bytea", "type", "trackingRef", "UUID trackingRef;", false),
        new Drift(pg, "transit int8", "transit numeric(21, 0)", "type", "transit", "Duration transit;", false),
        new Drift(pg, "create sequence hibernate_sequence start 1 increment 1;", "", "generation", "id", "GeneratedValue", false),
        new Drift(maria, "trackingRef binary(255)", "trackingRef uuid", "type", "trackingRef", "UUID trackingRef;", false),
        new Drift(maria, "fragile bit not null", "fragile varchar(5) not null", "type", "fragile", "boolean fragile;", false),
        new Drift(Hibernate5Ddl.Dialect.MYSQL, "create table hibernate_sequence (next_val bigint) engine=InnoDB;", "",
            "generation", "id", "GeneratedValue", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drifts")
  void injectedDriftIsReportedAtTheField(Drift drift) throws Exception {
    String ddl = ddl(drift.dialect());
    String drifted = ddl.replace(drift.from(), drift.to());
    assertThat(drifted).as("the drift applies").isNotEqualTo(ddl);
    Compilation compilation = compile(drifted, drift.dialect());
    assertThat(findings(compilation)).as("one finding, nothing else").hasSize(1);
    assertThat(compilation.errors()).hasSize(1);
    Diagnostic<? extends javax.tools.JavaFileObject> finding = compilation.errors().get(0);
    assertThat(finding.getMessage(null)).startsWith("[schemadrift:" + drift.rule() + "]").contains("'" + drift.field() + "'");
    if (drift.rule().equals("generation")) {
      assertThat(finding.getMessage(null)).contains(drift.from().contains("hibernate_sequence") ? "'hibernate_sequence'" : "'depot_gen'");
    }
    String source = finding.getSource().getCharContent(true).toString();
    assertThat(source.lines().skip(finding.getLineNumber() - 1).findFirst().orElse("")).as("the line the finding points at")
        .contains(drift.line());
    if (drift.validatorRejects()) {
      String rejected = validateOnH2(drifted);
      System.out.println("[hibernate5-validate] " + drift + ": " + rejected);
      assertThat(rejected).as("Hibernate 5.6's schema validator on H2")
          .startsWith("SchemaManagementException: Schema-validation: ").contains(drift.to().isEmpty() ? "hibernate_sequence" : drift.field());
    }
  }

  @Test
  void hibernate5ValidatorAcceptsItsOwnDdlOnH2() throws Exception {
    assertThat(validateOnH2(ddl(Hibernate5Ddl.Dialect.H2))).isNull();
  }

  /**
   * The DDL's statements, each once: 5.6 writes the table generator's first row once per entity
   * that uses the default segment, which the database refuses the second time.
   */
  static java.util.Collection<String> statements(String ddl) {
    java.util.Set<String> statements = new java.util.LinkedHashSet<>();
    for (String sql : ddl.split(";")) {
      if (!sql.isBlank()) {
        statements.add(sql.strip());
      }
    }
    return statements;
  }

  /** 5.6's schema validator over a file H2 database that holds the DDL: null, or why it rejects it. */
  String validateOnH2(String ddl) throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("h2db").toAbsolutePath();
    try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
      for (String sql : statements(ddl)) {
        statement.execute(sql);
      }
    } // closed: the database file is free for the H2 driver that Hibernate 5.6's class loader holds
    return Hibernate5Ddl.forPackage(PACKAGE).validate(Hibernate5Ddl.Dialect.H2, "org.h2.Driver", url, "sa", "", Map.of());
  }
}
