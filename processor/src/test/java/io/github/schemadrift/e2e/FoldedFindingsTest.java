package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kinds folded by default (a NOT NULL column under a field that does not say so, a column
 * narrower than JPA's implicit 255): one summary line with the count per rule and the three most
 * affected entities, every one listed with {@code -Aschemadrift.listFolded=true}, and kept at level
 * {@code note} in the SARIF report.
 */
class FoldedFindingsTest {

  @TempDir Path dir;

  /** Four tables with NOT NULL varchar(40) columns: a, b, c, d have 4, 3, 2 and 1 of them. */
  private Path migrations() {
    StringBuilder sql = new StringBuilder();
    String[] tables = {"a", "b", "c", "d"};
    for (int t = 0; t < tables.length; t++) {
      sql.append("CREATE TABLE ").append(tables[t]).append(" (id BIGINT PRIMARY KEY");
      for (int i = 0; i < 4 - t; i++) {
        sql.append(", f").append(i).append(" VARCHAR(40) NOT NULL");
      }
      sql.append(");\n");
    }
    return Fixtures.migrations(dir.resolve("db"), Map.of("V1__init.sql", sql.toString()));
  }

  /** Entity {@code name} over table {@code table} with fields f0..f(n-1) that say nothing about either. */
  private static JavaFileObject entity(String name, String table, int fields, String fieldAnnotation) {
    List<String> lines = new ArrayList<>(List.of("package app;", "import jakarta.persistence.*;",
        "@Entity @Table(name = \"" + table + "\")", "public class " + name + " {", "  @Id private Long id;"));
    for (int i = 0; i < fields; i++) {
      lines.add("  " + fieldAnnotation + "private String f" + i + ";");
    }
    lines.add("}");
    return Fixtures.source("app." + name, lines.toArray(String[]::new));
  }

  private static JavaFileObject[] entities(String fieldAnnotation) {
    return new JavaFileObject[] {
      entity("Alpha", "a", 4, fieldAnnotation), entity("Bravo", "b", 3, fieldAnnotation),
      entity("Charlie", "c", 2, fieldAnnotation), entity("Delta", "d", 1, fieldAnnotation)
    };
  }

  private static long notes(Compilation c, String prefix) {
    return c.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE && d.getMessage(null).startsWith(prefix))
        .count();
  }

  @Test
  void foldedKindsAreOneSummaryLineWithCountsAndTheMostAffectedEntities() {
    Compilation c = Fixtures.compile(migrations(), entities(""));
    assertThat(c).succeededWithoutWarnings();
    assertThat(notes(c, "[schemadrift:length]")).isZero();
    assertThat(notes(c, "[schemadrift:nullability]")).isZero();
    assertThat(c).hadNoteContaining(
        "[schemadrift:summary] 20 findings folded at level note: length 10 (most in Alpha 4, Bravo 3, Charlie 2),"
            + " nullability 10 (most in Alpha 4, Bravo 3, Charlie 2); list them with -Aschemadrift.listFolded=true,"
            + " or in the SARIF report (-Aschemadrift.report=<file>), where each is a result at level note");
    assertThat(c).hadNoteContaining("0 errors, 0 warnings, 20 folded in ");
  }

  @Test
  void listFoldedPrintsEachAsANoteOnItsField() {
    JavaFileObject[] sources = entities("");
    Compilation c = Fixtures.compile(migrations(), List.of("-Aschemadrift.listFolded=true"), sources);
    assertThat(c).succeededWithoutWarnings();
    assertThat(notes(c, "[schemadrift:length]")).isEqualTo(10);
    assertThat(notes(c, "[schemadrift:nullability]")).isEqualTo(10);
    assertThat(c)
        .hadNoteContaining("[schemadrift:nullability] column 'd.f0' is NOT NULL (V1__init.sql:4) but field 'f0' does not say so")
        .inFile(sources[3])
        .onLineContaining("private String f0");
    assertThat(c).hadNoteContaining("20 findings folded at level note: length 10 (most in Alpha 4, Bravo 3, Charlie 2), nullability 10"
        + " (most in Alpha 4, Bravo 3, Charlie 2); each is listed above as a note");
  }

  @Test
  void sarifKeepsEveryFoldedFindingAtLevelNote() throws Exception {
    Path sarif = dir.resolve("out/schemadrift.sarif");
    Compilation c = Fixtures.compile(migrations(), List.of("-Aschemadrift.report=" + sarif), entities(""));
    assertThat(c).succeededWithoutWarnings();
    JsonNode root = new ObjectMapper().readTree(sarif.toFile());
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in).validate(root)).isEmpty();
    }
    JsonNode results = root.at("/runs/0/results");
    assertThat(results).hasSize(20);
    results.forEach(r -> assertThat(r.at("/level").asText()).isEqualTo("note"));
    assertThat(results.findValuesAsText("ruleId")).containsOnly("length", "nullability");
  }

  @Test
  void aSeverityOptionUnfoldsARule() {
    Compilation c = Fixtures.compile(migrations(), List.of("-Aschemadrift.severity.nullability=warning"), entities(""));
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(10);
    assertThat(c).hadNoteContaining("10 findings folded at level note: length 10 (most in Alpha 4, Bravo 3, Charlie 2);");
  }

  @Test
  void anyRuleCanBeFoldedWithLevelNote() {
    Compilation c = Fixtures.compile(migrations(), List.of("-Aschemadrift.severity=nullability:note,length:off"),
        entity("Alpha", "a", 4, ""));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("4 findings folded at level note: nullability 4 (most in Alpha 4);");
    assertThat(c).hadNoteContaining("0 errors, 0 warnings, 4 folded, 4 suppressed in ");
  }

  @Test
  void suppressedFindingsAreNotFolded() {
    Compilation c = Fixtures.compile(migrations(), entities("@SuppressWarnings(\"schemadrift:length\") "));
    assertThat(c).hadNoteContaining("10 findings folded at level note: nullability 10 (most in Alpha 4, Bravo 3, Charlie 2);");
    assertThat(c).hadNoteContaining("0 errors, 0 warnings, 10 folded, 10 suppressed in ");
  }

  @Test
  void declaredFieldsFoldNothing() {
    Compilation c = Fixtures.compile(migrations(), entities("@Column(nullable = false, length = 40) "));
    assertThat(c).succeededWithoutWarnings();
    assertThat(notes(c, "[schemadrift:summary] ") - notes(c, "[schemadrift:summary] checked ")).isZero();
  }

  @Test
  void aBadListFoldedValueIsAConfigWarningAndTheCheckGoesOn() {
    Compilation c = Fixtures.compile(migrations(), List.of("-Aschemadrift.listFolded=yes"), entities(""));
    assertThat(c).hadErrorCount(0);
    assertThat(c).hadWarningContaining("[schemadrift:config] option 'schemadrift.listFolded' has unknown value 'yes';"
        + " valid values: true, false; the setting is ignored and the check goes on");
    assertThat(c).hadNoteContaining("20 findings folded at level note");
  }
}
