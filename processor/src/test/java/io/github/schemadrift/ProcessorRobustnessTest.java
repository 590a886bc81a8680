package io.github.schemadrift;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.rules.Finding;
import io.github.schemadrift.rules.Rule;
import io.github.schemadrift.rules.RuleDescriptor;
import io.github.schemadrift.rules.Rules;
import io.github.schemadrift.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor never breaks a build by accident, and says the same thing every time. */
class ProcessorRobustnessTest {

  @TempDir Path dir;
  private Path migrations;

  @BeforeEach
  void writeMigrations() throws IOException {
    migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(
        migrations.resolve("V1__init.sql"),
        "CREATE TABLE a (id BIGINT PRIMARY KEY, name TEXT);\nCREATE TABLE b (id BIGINT PRIMARY KEY, name TEXT);\n");
  }

  private static JavaFileObject entity(String name, String table, String... fields) {
    List<String> lines = new ArrayList<>(List.of(
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"" + table + "\")",
        "public class " + name + " {",
        "  @Id private Long id;"));
    lines.addAll(List.of(fields));
    lines.add("}");
    return JavaFileObjects.forSourceLines("app." + name, lines);
  }

  private Compilation compile(SchemaDriftProcessor processor, List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>(options);
    all.add("-Aschemadrift.migrations=" + migrations);
    return javac().withProcessors(processor).withOptions(all).compile(sources);
  }

  /** A rule that fails on one entity, as a bug in schemadrift would. */
  private static final class FailingRule implements Rule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("failing", "fails", Severity.ERROR);

    @Override
    public RuleDescriptor descriptor() {
      return DESCRIPTOR;
    }

    @Override
    public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {
      if (entity.qualifiedName().equals("app.A")) {
        throw new IllegalStateException("boom");
      }
    }
  }

  @Test
  void anUnexpectedExceptionBecomesOneInternalErrorAndTheOtherEntitiesAreStillChecked() {
    List<Rule> rules = new ArrayList<>(List.of(new FailingRule()));
    rules.addAll(Rules.checks());
    JavaFileObject a = entity("A", "a");
    JavaFileObject b = entity("B", "b", "  @Column(name = \"nope\") private String nope;");

    Compilation c = compile(new SchemaDriftProcessor(rules), List.of(), a, b);

    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining("[schemadrift:internal-error] schemadrift " + SchemaDriftProcessor.version() + " failed while checking 'app.A': java.lang.IllegalStateException: boom")
        .inFile(a)
        .onLineContaining("public class A");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:missing-column] column 'b.nope'").inFile(b);
  }

  @Test
  void anEntityThatDoesNotCompileYetIsLeftToJavacsOwnErrors() {
    JavaFileObject broken = entity("A", "a", "  @Column(name = \"nope\") private Missing missing;");

    Compilation c = compile(new SchemaDriftProcessor(), List.of(), broken);

    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("cannot find symbol");
    assertThat(c).hadNoteContaining("not checked until they compile: app.A");
  }

  @Test
  void everyEntityOfASuperclassThatDoesNotCompileYetIsLeftToJavac() {
    JavaFileObject base = JavaFileObjects.forSourceLines("app.Base",
        "package app;",
        "import jakarta.persistence.*;",
        "@MappedSuperclass public abstract class Base {",
        "  @Column(name = \"nope\") private Missing missing;",
        "}");
    JavaFileObject a = JavaFileObjects.forSourceLines("app.A",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"a\") public class A extends Base { @Id private Long id; }");
    JavaFileObject b = JavaFileObjects.forSourceLines("app.B",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"b\") public class B extends Base { @Id private Long id; }");

    Compilation c = compile(new SchemaDriftProcessor(), List.of(), base, a, b);

    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("cannot find symbol");
    assertThat(c).hadNoteContaining("not checked until they compile: app.A, app.B");
  }

  @Test
  void sameInputsGiveTheSameDiagnosticsInTheSameOrder() {
    JavaFileObject[] sources = {
      entity("B", "b", "  @Column(name = \"x\") private String x;", "  @Column(name = \"name\", nullable = false) private String name;"),
      entity("A", "a", "  @Column(name = \"y\") private String y;", "  @Column(name = \"z\") private String z;"),
      entity("C", "c")
    };
    List<String> first = texts(compile(new SchemaDriftProcessor(), List.of(), sources));
    for (int i = 0; i < 3; i++) {
      assertThat(texts(compile(new SchemaDriftProcessor(), List.of(), sources))).isEqualTo(first);
    }
    assertThat(first).hasSize(5);
    assertThat(first.get(0)).contains("column 'a.y'");
    assertThat(first.get(1)).contains("column 'a.z'");
  }

  private static List<String> texts(Compilation c) {
    return c.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getKind() + " " + d.getLineNumber() + " " + d.getMessage(null))
        .collect(Collectors.toList());
  }

  @Test
  void optionValuesAreCheckedAndNameTheValidOnes() {
    JavaFileObject a = entity("A", "a");
    assertThat(compile(new SchemaDriftProcessor(), List.of("-Aschemadrift.naming=snake"), a))
        .hadErrorContaining("[schemadrift:config] option 'schemadrift.naming' has unknown value 'snake'; valid values: jpa, spring");
    // a bad severity is one ignored setting: a warning, and the check goes on (ConfigWarningsTest)
    assertThat(compile(new SchemaDriftProcessor(), List.of("-Aschemadrift.severity.nullability=loud"), a))
        .hadWarningContaining("[schemadrift:config] option 'schemadrift.severity.nullability' has unknown value"
            + " 'loud'; valid values: error, warning, note, off; the setting is ignored and the check goes on");
    assertThat(compile(new SchemaDriftProcessor(), List.of("-Aschemadrift.severity.nullabilty=off"), a))
        .hadWarningContaining("[schemadrift:config] unknown rule in option 'schemadrift.severity.nullabilty'; valid options: schemadrift.severity.missingTable");
    assertThat(compile(new SchemaDriftProcessor(), List.of("-Aschemadrift.severity=nullability"), a))
        .hadWarningContaining("[schemadrift:config] option 'schemadrift.severity' has entry 'nullability'; write rule:level");
  }

  @Test
  void aMigrationsPathThatIsAFileSaysSo() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.sql"), "SELECT 1;");
    Compilation c = javac().withProcessors(new SchemaDriftProcessor()).withOptions("-Aschemadrift.migrations=" + file).compile(entity("A", "a"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("(it is a file)");
  }

  @Test
  void aMalformedVersionIsAConfigErrorNamingTheFile() throws IOException {
    Files.writeString(migrations.resolve("V1.x__bad.sql"), "SELECT 1;");
    Compilation c = compile(new SchemaDriftProcessor(), List.of(), entity("A", "a"));
    assertThat(c).hadErrorContaining("[schemadrift:config] migration 'V1.x__bad.sql' has a malformed version '1.x'");
  }

  @Test
  void aSymlinkLoopDoesNotHang() throws IOException {
    Files.createSymbolicLink(migrations.resolve("loop"), migrations);
    Compilation c = compile(new SchemaDriftProcessor(), List.of(), entity("A", "a"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void fiftyRunsInOneJvmLeaveTheHeapFlat() {
    JavaFileObject a = entity("A", "a", "  @Column(name = \"name\") private String name;");
    for (int i = 0; i < 10; i++) {
      compile(new SchemaDriftProcessor(), List.of(), a);
    }
    long before = usedHeapAfterGc();
    for (int i = 0; i < 40; i++) {
      assertThat(compile(new SchemaDriftProcessor(), List.of(), a)).succeededWithoutWarnings();
    }
    long after = usedHeapAfterGc();
    // javac and the JIT keep some caches, and other tests share this JVM; a leak of what one
    // compilation holds (tens of megabytes of javac state) over 40 runs would be gigabytes.
    assertThat(after - before).as("heap growth over 40 runs, bytes").isLessThan(96L * 1024 * 1024);
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
