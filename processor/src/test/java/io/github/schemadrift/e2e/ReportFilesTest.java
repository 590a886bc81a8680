package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files written on request: SARIF for CI dashboards and the suggested fix migration. */
class ReportFilesTest {

  @TempDir Path dir;

  private static final Path MIGRATIONS = Fixtures.resource("seed/db/migration");

  private Compilation compileSeed(String... options) {
    JavaFileObject entity = JavaFileObjects.forResource("seed/drifted/com/example/dreamwork/DreamworkTask.java");
    return Fixtures.compile(MIGRATIONS, List.of(options), entity);
  }

  @Test
  void sarifIsValidAndCarriesEachErrorWithItsSourceRegionAndMigration() throws Exception {
    Path sarif = dir.resolve("out/schemadrift.sarif");

    Compilation compilation = compileSeed("-Aschemadrift.report=" + sarif);

    assertThat(compilation).hadErrorCount(9);
    JsonNode root = new ObjectMapper().readTree(sarif.toFile());
    JsonSchema schema;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    Set<ValidationMessage> errors = schema.validate(root);
    assertThat(errors).isEmpty();

    JsonNode results = root.at("/runs/0/results");
    assertThat(results).hasSize(9);
    JsonNode first = results.get(0);
    assertThat(first.at("/ruleId").asText()).isEqualTo("nullability");
    assertThat(first.at("/level").asText()).isEqualTo("error");
    assertThat(first.at("/message/text").asText()).startsWith("[schemadrift:nullability] column 'dreamwork_tasks.");
    assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    assertThat(first.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText()).endsWith(".sql");
    assertThat(root.at("/runs/0/tool/driver/rules").findValuesAsText("id")).contains("nullability", "missing-column", "missing-table");
  }

  @Test
  void sarifRegionPointsAtTheNullableValue() throws Exception {
    Path sarif = dir.resolve("r.sarif");
    compileSeed("-Aschemadrift.report=" + sarif);
    JsonNode root = new ObjectMapper().readTree(sarif.toFile());
    List<String> source =
        Files.readAllLines(Fixtures.resource("seed/drifted/com/example/dreamwork/DreamworkTask.java"));
    for (JsonNode result : root.at("/runs/0/results")) {
      int line = result.at("/locations/0/physicalLocation/region/startLine").asInt();
      int column = result.at("/locations/0/physicalLocation/region/startColumn").asInt();
      assertThat(source.get(line - 1).substring(column - 1)).startsWith("false");
    }
  }

  @Test
  void fixMigrationGoesToTheNextFreeVersionInTheNamedFolderAndHoldsEachFix() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("fixes"));

    compileSeed("-Aschemadrift.fixMigration=" + folder);

    Path file = folder.resolve("V4__schemadrift.sql");
    assertThat(file).exists();
    String sql = Files.readString(file);
    for (String[] expected : SeedStoryTest.NINE) {
      assertThat(sql).contains("ALTER TABLE dreamwork_tasks ALTER COLUMN " + expected[0] + " SET NOT NULL;");
    }
    assertThat(MIGRATIONS.resolve("V4__schemadrift.sql")).doesNotExist();
  }

  @Test
  void noFilesAreWrittenUnlessAsked() throws Exception {
    compileSeed();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
    try (var files = Files.list(MIGRATIONS)) {
      assertThat(files).hasSize(3);
    }
  }
}
