package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the engine over the real-world corpus ({@code ../shared/corpus/sql} next to the repository):
 * 967 migration files from five projects in six dialects. Per folder: no exception, every file
 * accounted for, the exact numbers of statements replayed, ignored and not understood (so that a
 * regression shows), every not-understood statement reported with its {@code file:line}, and an
 * exported schema without tables lacking columns or columns lacking a type.
 */
class RealWorldCorpusTest {

  /** Measured counts per folder: replayed, ignored, not understood, tables. */
  private record Expected(String folder, Dialect dialect, int replayed, int ignored, int notUnderstood, int tables) {}

  private static final List<Expected> EXPECTED =
      List.of(
          new Expected("dspace/h2", Dialect.H2, 640, 145, 0, 61),
          new Expected("dspace/postgresql", Dialect.POSTGRESQL, 645, 202, 0, 60),
          new Expected("hawkbit/h2", Dialect.H2, 123, 1, 0, 30),
          new Expected("hawkbit/mysql", Dialect.MYSQL, 123, 1, 0, 30),
          new Expected("hawkbit/postgresql", Dialect.POSTGRESQL, 126, 1, 0, 30),
          new Expected("kitodo/mysql", Dialect.MYSQL, 434, 653, 0, 41),
          new Expected("ohdsi-webapi/oracle", Dialect.ORACLE, 446, 5494, 5, 85),
          new Expected("ohdsi-webapi/postgresql", Dialect.POSTGRESQL, 532, 5423, 2, 104),
          new Expected("ohdsi-webapi/sqlserver", Dialect.SQLSERVER, 537, 5496, 22, 99),
          new Expected("onap-so-catalog/mariadb", Dialect.MARIADB, 240, 431, 0, 72),
          new Expected("onap-so-requests/mariadb", Dialect.MARIADB, 77, 43, 0, 15));

  private static final Pattern PLACE = Pattern.compile("(.+\\.sql):(\\d+)(?::\\d+)?");

  static Path corpus() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".git")) || Files.isRegularFile(dir.resolve(".git"))) {
        return dir.getParent() == null ? null : dir.getParent().resolve("shared/corpus/sql");
      }
    }
    return null;
  }

  @TestFactory
  List<DynamicTest> everyFolderReplaysWithMeasuredCounts() {
    Path corpus = corpus();
    assumeTrue(
        corpus != null && Files.isDirectory(corpus),
        "real-world corpus not found at ../shared/corpus/sql next to the repository; skipping");
    List<DynamicTest> tests = new ArrayList<>();
    for (Expected expected : EXPECTED) {
      tests.add(DynamicTest.dynamicTest(expected.folder(), () -> check(corpus, expected)));
    }
    return tests;
  }

  private static void check(Path corpus, Expected expected) throws IOException {
    Path folder = corpus.resolve(expected.folder());
    MigrationDiscovery.Result found = MigrationDiscovery.discover(List.of(folder));
    assertThat(found.errors()).isEmpty();
    Set<String> sqlFiles = new HashSet<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(p -> p.toString().endsWith(".sql")).forEach(p -> sqlFiles.add(folder.relativize(p).toString()));
    }
    Set<String> discovered = new HashSet<>();
    found.migrations().forEach(m -> discovered.add(m.displayName()));
    // every file is accounted for: replayed, covered by the baseline, or not named as a Flyway
    // migration at all (Flyway skips those too)
    Set<String> leftOut = new HashSet<>(sqlFiles);
    leftOut.removeAll(discovered);
    boolean hasBaseline = found.migrations().stream().anyMatch(m -> m.kind() == MigrationFile.Kind.BASELINE);
    String baselineVersion =
        found.migrations().stream().filter(m -> m.kind() == MigrationFile.Kind.BASELINE).map(MigrationFile::version).findFirst().orElse(null);
    for (String file : leftOut) {
      String name = Paths.get(file).getFileName().toString();
      if (name.matches("V.+__.*\\.sql")) {
        assertThat(baselineVersion).as(file + " is left out without a baseline").isNotNull();
        String version = name.substring(1, name.indexOf("__")).replace('_', '.');
        assertThat(org.flywaydb.core.api.MigrationVersion.fromVersion(version))
            .isLessThanOrEqualTo(org.flywaydb.core.api.MigrationVersion.fromVersion(baselineVersion));
      } else {
        assertThat(name).as("a file Flyway would not apply").doesNotMatch("[BRU].*__.*\\.sql");
      }
    }

    SchemaModel schema =
        MigrationReplayer.replay(
            found.migrations(), expected.dialect(), Placeholders.of(Map.of("ohdsiSchema", "webapi"), expected.dialect()));
    SchemaModel.ReplayStats stats = schema.stats();
    if (Boolean.getBoolean("schemadrift.corpus.print")) {
      System.out.printf(
          "CORPUS %s files=%d replayed=%d ignored=%d notUnderstood=%d tables=%d problems=%d baseline=%s%n",
          expected.folder(), found.migrations().size(), stats.replayed(), stats.ignored(), stats.notUnderstood(),
          schema.tables().size(), schema.problems().size(), hasBaseline);
      schema.problems().forEach(p -> System.out.println("  PROBLEM " + expected.folder() + " " + p.ruleId() + " " + p.place() + " " + p.message()));
      return;
    }
    assertThat(new int[] {stats.replayed(), stats.ignored(), stats.notUnderstood(), schema.tables().size()})
        .as("replayed, ignored, not understood, tables in " + expected.folder())
        .containsExactly(expected.replayed(), expected.ignored(), expected.notUnderstood(), expected.tables());

    // every not-understood statement is reported, with a file:line inside a replayed file
    long reported =
        schema.problems().stream().filter(p -> !p.message().startsWith("cannot split")).count();
    assertThat(reported).isGreaterThanOrEqualTo(stats.notUnderstood());
    for (SqlProblem problem : schema.problems()) {
      Matcher m = PLACE.matcher(problem.place());
      assertThat(m.matches()).as(problem.place()).isTrue();
      assertThat(discovered).contains(m.group(1));
      long lines = Files.readAllLines(folder.resolve(m.group(1)), java.nio.charset.StandardCharsets.UTF_8).size();
      assertThat(Integer.parseInt(m.group(2))).isBetween(1, (int) Math.max(lines, 1));
    }

    // the exported schema is sane: every table has columns, every column a type
    String json = SchemaJsonExport.toJson(schema);
    assertThat(json).startsWith("{");
    for (TableDef table : schema.tables().values()) {
      assertThat(table.columns()).as("columns of " + table.name()).isNotEmpty();
      for (ColumnDef column : table.columns()) {
        assertThat(column.type()).as("type of " + table.name() + "." + column.name()).isNotNull();
        assertThat(column.type().base()).isNotBlank();
      }
    }
  }
}
