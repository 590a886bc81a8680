package io.github.schemadrift.hibernateproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import io.github.schemadrift.entity.NamingStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16's mapping gaps, judged by Hibernate 7: the entities of package {@code hibernateproof.gaps}
 * (access types, Bean Validation on associations, read-only mirrors, inherited embeddable state,
 * discriminator formulas, id-bags) must read exactly as Hibernate's DDL says, that DDL must
 * compile clean through the processor, and a drift injected into it must be reported at the field
 * that maps the drifted column.
 */
class MappingGapsProofTest {

  static final String PACKAGE = "io.github.schemadrift.hibernateproof.gaps";
  /** Bean Validation applied to the DDL, as Hibernate does by default when a validator is present. */
  static final Map<String, Object> WITH_VALIDATION = Map.of("jakarta.persistence.validation.mode", "ddl");

  @TempDir Path dir;

  static Stream<Arguments> runs() {
    List<Arguments> runs = new ArrayList<>();
    for (HibernateDdl.Dialect dialect : HibernateDdl.Dialect.values()) {
      for (NamingStrategy naming : NamingStrategy.values()) {
        runs.add(Arguments.of(dialect, naming));
      }
    }
    return runs.stream();
  }

  /** Hibernate's DDL with Bean Validation applied, as an application with a validator on its class path gets it. */
  static String ddl(HibernateDdl.Dialect dialect, NamingStrategy naming) {
    return HibernateDdl.generate(ProofEntities.classes(PACKAGE), dialect, naming == NamingStrategy.SPRING, WITH_VALIDATION);
  }

  /** Hibernate's DDL without Bean Validation: what the model's {@code ddlNullable} describes. */
  static String plainDdl(HibernateDdl.Dialect dialect, NamingStrategy naming) {
    return HibernateDdl.generate(ProofEntities.classes(PACKAGE), dialect, naming == NamingStrategy.SPRING);
  }

  @ParameterizedTest(name = "{0} with {1} naming")
  @MethodSource("runs")
  void modelMatchesHibernateDdl(HibernateDdl.Dialect dialect, NamingStrategy naming) {
    DdlSchema expected = DdlSchema.parse(plainDdl(dialect, naming));
    ModelCapture capture = new ModelCapture(naming);
    Compilation compilation = javac().withProcessors(capture).compile(HibernateProofTest.sources(PACKAGE));
    assertThat(compilation.errors()).isEmpty();
    assertThat(capture.failures).isEmpty();
    HibernateProofTest.Comparison comparison = HibernateProofTest.ModelComparison.compare(expected, capture.models);
    assertThat(comparison.mismatches()).as("mismatches against Hibernate's DDL").isEmpty();
    assertThat(comparison.columnsCompared()).isGreaterThan(40);
  }

  @ParameterizedTest(name = "{0} with {1} naming")
  @MethodSource("runs")
  void hibernateDdlCompilesClean(HibernateDdl.Dialect dialect, NamingStrategy naming) throws IOException {
    List<String> findings = findings(compile(ddl(dialect, naming), dialect, naming));
    assertThat(findings).as("findings on Hibernate's own DDL").isEmpty();
  }

  Compilation compile(String ddl, HibernateDdl.Dialect dialect, NamingStrategy naming) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), ddl);
    return javac()
        .withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=" + dialect.option(),
            "-Aschemadrift.naming=" + naming.optionValue())
        .compile(HibernateProofTest.sources(PACKAGE));
  }

  static List<String> findings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(d -> d.getKind() + " " + d.getMessage(null) + " @" + d.getLineNumber())
        .toList();
  }

  /** Hibernate's type settings (gap 10), as Hibernate takes them and as schemadrift's options. */
  static final Map<String, String> TYPE_SETTINGS = Map.of(
      "type.preferred_instant_jdbc_type", "TIMESTAMP",
      "type.preferred_uuid_jdbc_type", "CHAR",
      "type.preferred_boolean_jdbc_type", "INTEGER",
      "type.preferred_duration_jdbc_type", "NUMERIC",
      "timezone.default_storage", "NORMALIZE",
      "use_nationalized_character_data", "true");

  static String typeSettingsDdl() {
    Map<String, Object> settings = new java.util.HashMap<>(WITH_VALIDATION);
    TYPE_SETTINGS.forEach((k, v) -> settings.put("hibernate." + k, v));
    return HibernateDdl.generate(ProofEntities.classes(PACKAGE), HibernateDdl.Dialect.POSTGRESQL, false, settings);
  }

  Compilation compileWithTypeSettings(String ddl, boolean passSettings) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), ddl);
    List<String> options = new ArrayList<>(List.of("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=postgresql"));
    if (passSettings) {
      TYPE_SETTINGS.forEach((k, v) -> options.add("-Aschemadrift.hibernate." + k + "=" + v));
    }
    return javac().withProcessors(new SchemaDriftProcessor()).withOptions(options).compile(HibernateProofTest.sources(PACKAGE));
  }

  @Test
  void hibernateTypeSettingsRoundTrip() throws IOException {
    String ddl = typeSettingsDdl();
    assertThat(ddl).contains("seen timestamp(6)").contains("ref char(36)").contains("active integer");
    assertThat(findings(compileWithTypeSettings(ddl, true))).as("findings with the settings named").isEmpty();
    assertThat(findings(compileWithTypeSettings(ddl, false))).as("without them, the same DDL drifts")
        .anySatisfy(f -> assertThat(f).contains("[schemadrift:type]").contains("'ref'"))
        .anySatisfy(f -> assertThat(f).contains("[schemadrift:type]").contains("'active'"));
  }

  @Test
  void driftUnderTypeSettingsIsReported() throws IOException {
    String drifted = typeSettingsDdl().replace("ref char(36)", "ref bigint");
    Compilation compilation = compileWithTypeSettings(drifted, true);
    assertThat(findings(compilation)).hasSize(1);
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation.errors().get(0).getMessage(null)).startsWith("[schemadrift:type]").contains("'ref'");
  }

  /** Gap 11: a physical strategy that deletes underscores, described with {@code naming.custom}. */
  @Test
  void customNamingThatDeletesCharactersRoundTrips() throws IOException {
    Map<String, Object> settings = new java.util.HashMap<>(WITH_VALIDATION);
    settings.put("hibernate.physical_naming_strategy", new UnderscoreDroppingNamingStrategy());
    String ddl = HibernateDdl.generate(ProofEntities.classes(PACKAGE), HibernateDdl.Dialect.POSTGRESQL, false, settings);
    assertThat(ddl).contains("ownerid bigint not null").contains("createdat timestamp(6) not null");
    assertThat(findings(compileCustom(ddl, "columnDelete=_"))).as("findings with the strategy described").isEmpty();
    assertThat(findings(compileCustom(ddl, "lower"))).as("without the deletion, the columns are missing")
        .anySatisfy(f -> assertThat(f).contains("[schemadrift:missing-column]").contains("'owner'"));
    Compilation drifted = compileCustom(ddl.replace("ownerid bigint not null", "ownerid varchar(20) not null"), "columnDelete=_");
    assertThat(findings(drifted)).hasSize(1);
    assertThat(drifted.errors().get(0).getMessage(null)).startsWith("[schemadrift:type]").contains("'owner'");
  }

  Compilation compileCustom(String ddl, String custom) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), ddl);
    return javac().withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=postgresql",
            "-Aschemadrift.naming.custom=" + custom)
        .compile(HibernateProofTest.sources(PACKAGE));
  }

  /**
   * One drift injected into Hibernate's DDL: the statement text replaced, the rule that must report
   * it, the field it must name and a text of the source line the finding must point at.
   */
  record Drift(String gap, String from, String to, String rule, String field, String line) {
    @Override
    public String toString() {
      return gap + ": " + rule + " on '" + field + "'";
    }
  }

  static Stream<Drift> drifts() {
    return Stream.of(
        new Drift("1 getter with @Access(PROPERTY)", "created_at timestamp(6) not null", "created_at timestamp(6)",
            "nullability", "createdAt", "@Column(name = \"created_at\", nullable = false)"),
        new Drift("1 implicit field access, property getter", "shown_title varchar(60)", "shown_title varchar(40)",
            "length", "title", "@Column(name = \"shown_title\", length = 60)"),
        new Drift("1 @Id @Access(PROPERTY) on a field", "create table GetterIdChild (id bigint not null, owner_id bigint not null,",
            "create table GetterIdChild (id bigint not null,", "missing-column", "owner", "GetterIdOwner owner;"),
        new Drift("1 @Id @Access(PROPERTY) on a field, @MapsId", "create table GetterIdShared (base_id bigint not null, primary key (base_id))",
            "create table GetterIdShared (base_id varchar(20) not null, primary key (base_id))", "type", "base",
            "GetterIdOwner base;"),
        new Drift("1 class-level property access, @Access(FIELD) field", "raw_note varchar(30)", "raw_note varchar(10)",
            "length", "note", "@Column(name = \"raw_note\", length = 30)"),
        new Drift("1 mapped superclass with its own access", "base_code varchar(12)", "base_code varchar(8)",
            "length", "code", "class FieldOverPropertyBase extends PropertyBase"),
        new Drift("1 embeddable with its own access", "opens_at integer", "opens integer",
            "missing-column", "window.from", "@Embedded Window window;"),
        new Drift("1 embedded attribute with @Access(PROPERTY)", "high integer, ", "",
            "missing-column", "span.high", "Span span;"),
        new Drift("2 @NotNull on @ManyToOne", "customer_id bigint not null, id bigint not null, reference",
            "id bigint not null, reference", "missing-column", "customer", "@NotNull @ManyToOne ValidatedCustomer customer;"),
        new Drift("4 read-only mirror of another attribute", "code varchar(20) not null", "code varchar(20)",
            "nullability", "code", "@Column(name = \"code\", nullable = false, length = 20)"),
        new Drift("5 state inherited by an embeddable", "stamped_by varchar(50)", "stamped_by varchar(20)",
            "length", "stamp.stampedBy", "@Embedded DeliveryStamp stamp;"),
        new Drift("6 @DiscriminatorFormula", "kind_code integer, ", "",
            "missing-column", "kindCode", "@Column(name = \"kind_code\")"),
        new Drift("7 @CollectionId", "entry_id bigint not null, ", "",
            "join-table", "songs", "List<String> songs;"),
        new Drift("3 @Min/@Max over a text column", "stars integer", "stars text",
            "type", "stars", "Integer stars;"),
        new Drift("3 @Min/@Max on a primitive over a text column", "votes integer", "votes text",
            "type", "votes", "int votes;"),
        new Drift("8 join column of another type", "owner_id bigint not null", "owner_id varchar(20) not null",
            "type", "owner", "GetterIdOwner owner;"),
        new Drift("9 timestamp narrowed to date under LocalDateTime", "ratedAt timestamp(6)", "ratedAt date",
            "type", "ratedAt", "java.time.LocalDateTime ratedAt;"),
        new Drift("9 timestamp narrowed to date under Instant", "seenAt timestamp(6) with time zone", "seenAt date",
            "type", "seenAt", "java.time.Instant seenAt;"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drifts")
  void injectedDriftIsReportedAtTheField(Drift drift) throws IOException {
    String ddl = ddl(HibernateDdl.Dialect.POSTGRESQL, NamingStrategy.JPA);
    String drifted = ddl.replace(drift.from(), drift.to());
    assertThat(drifted).as("the drift applies").isNotEqualTo(ddl);
    Compilation compilation = compile(drifted, HibernateDdl.Dialect.POSTGRESQL, NamingStrategy.JPA);
    List<Diagnostic<? extends javax.tools.JavaFileObject>> reported = compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
        .toList();
    assertThat(findings(compilation)).hasSize(1);
    assertThat(compilation.errors()).as("an error: Hibernate's validate rejects it, or it fails at run time").hasSize(1);
    Diagnostic<? extends javax.tools.JavaFileObject> finding = reported.get(0);
    assertThat(finding.getMessage(null)).startsWith("[schemadrift:" + drift.rule() + "]").contains("'" + drift.field() + "'");
    String source = finding.getSource().getCharContent(true).toString();
    String line = source.lines().skip(finding.getLineNumber() - 1).findFirst().orElse("");
    assertThat(line).as("the line the finding points at").contains(drift.line());
  }
}
