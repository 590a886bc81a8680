package io.github.schemadrift.hibernateproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.NamingStrategy;
import io.github.schemadrift.entity.TableMapping;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof that schemadrift reads entities exactly as Hibernate maps them. The entities of
 * package {@code hibernateproof.model} are ordinary test sources: Maven compiles them, Hibernate 7
 * generates their DDL (no database, {@code scripts.action=create}), and the same source files go
 * through javac with schemadrift's {@code EntityReader}. Every table and column Hibernate creates
 * must come out of the model with the same name, nullability, length, precision and scale, and
 * nothing more; then the DDL itself, as {@code V1__init.sql}, must compile clean through the
 * processor.
 */
class HibernateProofTest {

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

  @ParameterizedTest(name = "{0} with {1} naming")
  @MethodSource("runs")
  void modelMatchesHibernateDdl(HibernateDdl.Dialect dialect, NamingStrategy naming) {
    List<Class<?>> classes = ProofEntities.classes();
    DdlSchema expected = DdlSchema.parse(HibernateDdl.generate(classes, dialect, naming == NamingStrategy.SPRING));
    ModelCapture capture = new ModelCapture(naming);
    Compilation compilation = javac().withProcessors(capture).compile(sources());
    assertThat(compilation.errors()).isEmpty();
    assertThat(capture.failures).isEmpty();
    assertThat(capture.models).hasSize(classes.size());

    Comparison comparison = ModelComparison.compare(expected, capture.models);
    System.out.printf("[hibernate-proof] %s/%s: %d entities, %d tables, %d columns compared, %d sequences, %d mismatches%n",
        dialect, naming, capture.models.size(), expected.tables.size(), comparison.columnsCompared(),
        expected.sequences.size(), comparison.mismatches().size());
    assertThat(comparison.mismatches()).as("mismatches against Hibernate's DDL").isEmpty();
    assertThat(expected.tables).hasSizeGreaterThan(60);
  }

  /** The comparison is not vacuous: a DDL changed in four places gives four mismatches. */
  @org.junit.jupiter.api.Test
  void comparisonReportsEveryDifference() {
    List<Class<?>> classes = ProofEntities.classes();
    String ddl = HibernateDdl.generate(classes, HibernateDdl.Dialect.POSTGRESQL, false);
    String changed = ddl
        .replace("full_name varchar(120) not null", "full_name varchar(121) not null")
        .replace("requiredBasic varchar(255) not null", "requiredBasic varchar(255)")
        .replace("price numeric(10,3)", "price numeric(10,2)")
        .replace("team_ref bigint not null, ", "");
    assertThat(changed).isNotEqualTo(ddl);
    ModelCapture capture = new ModelCapture(NamingStrategy.JPA);
    javac().withProcessors(capture).compile(sources());
    Comparison comparison = ModelComparison.compare(DdlSchema.parse(changed), capture.models);
    assertThat(comparison.mismatches())
        .containsExactlyInAnyOrder(
            "ColumnAttributes.full_name: length 120, Hibernate 121 (varchar(121))",
            "BasicVariants.requiredBasic: nullable false, Hibernate true",
            "ColumnAttributes.price: precision/scale 10,3, Hibernate numeric(10,2)",
            "team_sponsors.team_ref in the model but not in Hibernate's DDL");
  }

  @ParameterizedTest(name = "{0} with {1} naming")
  @MethodSource("runs")
  void hibernateDdlAsMigrationCompilesClean(HibernateDdl.Dialect dialect, NamingStrategy naming) throws IOException {
    String ddl = HibernateDdl.generate(ProofEntities.classes(), dialect, naming == NamingStrategy.SPRING);
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), ddl);
    Compilation compilation = javac()
        .withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=" + dialect.option(),
            "-Aschemadrift.naming=" + naming.optionValue())
        .compile(sources());
    List<String> findings = compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(d -> d.getKind() + " " + d.getMessage(null))
        .toList();
    assertThat(findings).as("findings on Hibernate's own DDL").isEmpty();
  }

  /** The clean run is not vacuous: the same DDL with three drifts gives exactly three errors. */
  @org.junit.jupiter.api.Test
  void driftedHibernateDdlIsReported() throws IOException {
    String ddl = HibernateDdl.generate(ProofEntities.classes(), HibernateDdl.Dialect.POSTGRESQL, false);
    String drifted = ddl
        .replace("full_name varchar(120) not null", "full_name varchar(120)")
        .replaceAll("(?m)^create table team_sponsors [^;]*;$", "")
        .replace("extraRequired varchar(40) not null, ", "");
    assertThat(drifted).isNotEqualTo(ddl);
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), drifted);
    Compilation compilation = javac()
        .withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=postgresql")
        .compile(sources());
    List<String> errors = compilation.errors().stream().map(d -> d.getMessage(null)).toList();
    assertThat(errors).hasSize(3);
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith(
        "[schemadrift:nullability] column 'ColumnAttributes.full_name' is nullable"));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith(
        "[schemadrift:join-table] join table 'team_sponsors' of field 'sponsors' mapped by entity 'Team' does not exist"));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith(
        "[schemadrift:missing-column] column 'extra_part.extraRequired' mapped by field 'extraRequired' does not exist"));
  }

  /**
   * Every unique key the model declares ({@code @UniqueConstraint}, {@code @NaturalId},
   * {@code unique = true}, one-to-one join columns) is one Hibernate creates on exactly those columns.
   */
  @ParameterizedTest(name = "{0} with {1} naming")
  @MethodSource("runs")
  void declaredUniqueKeysMatchHibernateDdl(HibernateDdl.Dialect dialect, NamingStrategy naming) {
    String ddl = HibernateDdl.generate(ProofEntities.classes(), dialect, naming == NamingStrategy.SPRING);
    java.util.Set<String> hibernate = UniqueKeysInDdl.parse(ddl);
    ModelCapture capture = new ModelCapture(naming);
    javac().withProcessors(capture).compile(sources());
    assertThat(capture.failures).isEmpty();
    java.util.Set<String> modeled = new TreeSet<>();
    int multiColumn = 0;
    for (EntityModel model : capture.models) {
      for (TableMapping table : model.tables()) {
        for (io.github.schemadrift.entity.UniqueKey key : table.uniqueKeys()) {
          modeled.add(UniqueKeysInDdl.key(table.name(), key.columns()));
          multiColumn += key.columns().size() > 1 ? 1 : 0;
        }
        if (table.kind() == TableMapping.Kind.PRIMARY || table.kind() == TableMapping.Kind.SECONDARY) {
          for (ColumnMapping column : table.columns()) {
            if (column.shape().unique()) {
              modeled.add(UniqueKeysInDdl.key(table.name(), List.of(column.columnName())));
            }
          }
        }
      }
    }
    System.out.printf("[hibernate-proof] %s/%s: %d declared unique keys (%d over several columns), %d in Hibernate's DDL%n",
        dialect, naming, modeled.size(), multiColumn, hibernate.size());
    assertThat(multiColumn).isGreaterThanOrEqualTo(6);
    assertThat(hibernate).containsAll(modeled);
  }

  static List<JavaFileObject> sources() {
    return sources(ProofEntities.PACKAGE);
  }

  static List<JavaFileObject> sources(String pkg) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (Path file : ProofEntities.sourceFiles(pkg)) {
      try {
        sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
    return sources;
  }

  /** What the model was compared on, and where it differs. */
  record Comparison(int columnsCompared, List<String> mismatches) {}

  /** Compares the union of every entity's tables with the DDL's tables. */
  static final class ModelComparison {

    static Comparison compare(DdlSchema expected, List<EntityModel> models) {
      Map<String, Map<String, ColumnMapping>> actual = new LinkedHashMap<>();
      Map<String, String> schemas = new LinkedHashMap<>();
      Map<String, ColumnMapping> sequences = new LinkedHashMap<>();
      List<String> mismatches = new ArrayList<>();
      for (EntityModel model : models) {
        for (TableMapping table : model.tables()) {
          Map<String, ColumnMapping> columns = actual.computeIfAbsent(table.name(), k -> new LinkedHashMap<>());
          if (table.schema() != null) {
            schemas.put(table.name(), table.schema());
          }
          for (ColumnMapping column : table.columns()) {
            ColumnMapping previous = columns.putIfAbsent(column.columnName(), column);
            if (previous != null && previous.ddlNullable() != column.ddlNullable() && table.kind() != TableMapping.Kind.GENERATOR) {
              mismatches.add(table.name() + "." + column.columnName() + ": mapped twice with different nullability by "
                  + model.qualifiedName());
            }
            if (column.generation() != null && column.generation().sequenceName() != null) {
              sequences.put(column.generation().sequenceName(), column);
            }
          }
        }
      }
      int compared = 0;
      for (DdlSchema.Table table : expected.tables.values()) {
        Map<String, ColumnMapping> columns = actual.get(table.name());
        if (columns == null) {
          mismatches.add("table " + table.name() + " missing from the model");
          continue;
        }
        if (table.schema() != null && !table.schema().equals(schemas.get(table.name()))) {
          mismatches.add("table " + table.name() + ": schema " + schemas.get(table.name()) + ", Hibernate " + table.schema());
        }
        for (DdlSchema.Column column : table.columns().values()) {
          compared++;
          ColumnMapping mapped = columns.get(column.name());
          String where = table.name() + "." + column.name();
          if (mapped == null) {
            mismatches.add(where + " missing from the model (model has " + new TreeSet<>(columns.keySet()) + ")");
            continue;
          }
          if (mapped.ddlNullable() != column.nullable()) {
            mismatches.add(where + ": nullable " + mapped.ddlNullable() + ", Hibernate " + column.nullable());
          }
          if (mapped.shape().columnDefinition() == null) {
            if (column.length() != null && !column.length().equals(mapped.shape().length())) {
              mismatches.add(where + ": length " + mapped.shape().length() + ", Hibernate " + column.length() + " (" + column.type() + ")");
            }
            if (column.precision() != null
                && (!column.precision().equals(mapped.shape().precision()) || !column.scale().equals(mapped.shape().scale()))) {
              mismatches.add(where + ": precision/scale " + mapped.shape().precision() + "," + mapped.shape().scale()
                  + ", Hibernate " + column.type());
            }
          }
        }
        for (String name : columns.keySet()) {
          if (!table.columns().containsKey(name)) {
            mismatches.add(table.name() + "." + name + " in the model but not in Hibernate's DDL");
          }
        }
      }
      for (String name : actual.keySet()) {
        if (!expected.tables.containsKey(name)) {
          mismatches.add("table " + name + " in the model but not in Hibernate's DDL");
        }
      }
      for (DdlSchema.Sequence sequence : expected.sequences.values()) {
        ColumnMapping id = sequences.get(sequence.name());
        if (id == null) {
          mismatches.add("sequence " + sequence.name() + " missing from the model (model has " + sequences.keySet() + ")");
        } else if (id.generation().allocationSize() != sequence.increment() || id.generation().initialValue() != sequence.start()) {
          mismatches.add("sequence " + sequence.name() + ": increment/start " + id.generation().allocationSize() + "/"
              + id.generation().initialValue() + ", Hibernate " + sequence.increment() + "/" + sequence.start());
        }
      }
      for (String name : sequences.keySet()) {
        if (!expected.sequences.containsKey(name)) {
          mismatches.add("sequence " + name + " in the model but not in Hibernate's DDL");
        }
      }
      return new Comparison(compared, mismatches);
    }
  }
}
