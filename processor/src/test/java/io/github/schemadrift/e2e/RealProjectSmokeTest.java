package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A first run on real projects: the migrations of three projects of the corpus
 * ({@code ../shared/corpus/sql}) against entities for a slice of each schema, written the way a
 * careful developer writes them and consistent with the database those migrations build
 * ({@code smoke/dspace}, {@code smoke/kitodo}, {@code smoke/onap}). The compile must be clean: no
 * error, no warning but the replay gaps named below, and at most one summary line of folded findings.
 * A drifted entity added to the same compile gives exactly its one error, so the check is live.
 */
class RealProjectSmokeTest {

  /**
   * Replay gaps (issue 15) that show in these compiles, each with what the database does instead.
   * kitodo: MySQL names the index of an unnamed {@code ADD UNIQUE (title)} (V2_19) after its first
   * column, so V2_81's {@code DROP INDEX title} drops it; the replay does not name it and keeps
   * 'role.title' unique. The entity follows the database (no {@code unique = true}).
   */
  private static final List<String> KNOWN_GAPS = List.of(
      "[schemadrift:sql-unsupported] V2_81__Remove_unique_from_role_title.sql:12: ALTER TABLE 'role' DROP INDEX title names"
          + " index 'title', which the table does not have");

  private static Path corpus() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir.getParent() == null ? null : dir.getParent().resolve("shared/corpus/sql");
      }
    }
    return null;
  }

  private static Compilation compile(Path migrations, String dialect, List<JavaFileObject> sources) {
    return Fixtures.noRepeats(javac()
        .withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=" + dialect, "-Aschemadrift.cache=off")
        .compile(sources));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "dspace/postgresql, postgresql, dspace, 9",
    "kitodo/mysql, mysql, kitodo, 7",
    "onap-so-catalog/mariadb, mariadb, onap, 7"
  })
  void aCarefulSliceOfARealSchemaCompilesClean(String folder, String dialect, String slice, int entities) throws Exception {
    Path corpus = corpus();
    assumeTrue(corpus != null && Files.isDirectory(corpus.resolve(folder)),
        "real-world corpus not found at ../shared/corpus/sql next to the repository; skipping");
    List<JavaFileObject> sources = Fixtures.sourcesIn("io/github/schemadrift/e2e/smoke/" + slice);

    Compilation c = compile(corpus.resolve(folder), dialect, sources);

    assertThat(c).succeeded();
    assertThat(c).hadErrorCount(0);
    List<String> warnings = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      String text = d.getMessage(null);
      if (d.getKind() == Diagnostic.Kind.WARNING && KNOWN_GAPS.stream().noneMatch(text::startsWith)) {
        warnings.add(text);
      }
      if (d.getKind() == Diagnostic.Kind.NOTE && text.startsWith("[schemadrift:summary] ")
          && !text.startsWith("[schemadrift:summary] checked ")) {
        summaries.add(text);
      }
    }
    assertThat(warnings).isEmpty();
    assertThat(summaries).as("folded summary lines").hasSizeLessThanOrEqualTo(1);
    assertThat(c).hadNoteContaining("[schemadrift:summary] checked " + entities + " entities against ");

    // the same compile with one drifted entity: exactly its one error, so the check above is live
    List<JavaFileObject> drifted = new ArrayList<>(sources);
    drifted.add(Fixtures.source("drift.Drifted", "package drift;", "import jakarta.persistence.*;",
        "@Entity @Table(name = \"no_such_table_anywhere\")", "public class Drifted { @Id private Long id; }"));
    Compilation d = compile(corpus.resolve(folder), dialect, drifted);
    assertThat(d).hadErrorCount(1);
    assertThat(d).hadErrorContaining("[schemadrift:missing-table] table 'no_such_table_anywhere' mapped by entity 'Drifted'");
  }
}
