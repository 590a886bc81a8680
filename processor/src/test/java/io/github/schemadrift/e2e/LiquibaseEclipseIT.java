package io.github.schemadrift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.e2e.EclipseCompilerIT.EcjDiagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.internal.compiler.batch.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Liquibase seed story through the Eclipse compiler with the shaded jar on
 * {@code -processorpath}: Liquibase relocated under {@code io.github.schemadrift.shaded} must still
 * find its parsers, change types, SQL generators and databases (its ServiceLoader files are
 * relocated with it), and give the same nine errors at the same lines as javac.
 */
class LiquibaseEclipseIT {

  @TempDir Path out;

  private String runEcj(String changelog, Path source) throws Exception {
    Path log = out.resolve("ecj.log");
    Path noFlyway = Files.createDirectories(out.resolve("no-flyway"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", EclipseCompilerIT.jarOf(Main.class),
                Main.class.getName(),
                "-17",
                "-d", out.resolve("classes").toString(),
                "-cp", EclipseCompilerIT.jarOf(jakarta.persistence.Entity.class),
                "-processorpath", EclipseCompilerIT.shadedJar().toString(),
                "-Aschemadrift.migrations=" + noFlyway,
                "-Aschemadrift.liquibase.changeLog=" + Fixtures.resource("seed-liquibase/" + changelog),
                source.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("ECJ did not finish");
    }
    return Files.readString(log);
  }

  private void assertNineErrors(String changelog, String extension) throws Exception {
    Path source = Fixtures.resource("seed/drifted/com/example/dreamwork/DreamworkTask.java");

    String output = runEcj(changelog, source);

    List<EcjDiagnostic> errors = EclipseCompilerIT.parse(output).stream().filter(d -> d.kind().equals("ERROR")).toList();
    assertThat(errors).as(output).hasSize(9);
    for (String column : LiquibaseSeedStoryTest.NINE) {
      String message = SeedStoryTest.expectedMessage(column, LiquibaseSeedStoryTest.place(column, extension));
      int line = EclipseCompilerIT.lineContaining(source, "name = \"" + column + "\"");
      assertThat(errors).as(output).contains(new EcjDiagnostic("ERROR", source.toString(), line, message));
    }
    // Liquibase logs through java.util.logging ("INFO: ...", "SEVERE: ...") and prints banners and
    // update summaries; none of it may reach the build output
    assertThat(output.lines())
        .as("Liquibase ran quietly")
        .noneMatch(l -> l.matches("^(INFO|WARNING|SEVERE|FINE): .*") || l.contains("Liquibase Community")
            || l.contains("Running Changeset") || l.contains("UPDATE SUMMARY"));
  }

  @Test
  void yamlChangelogGivesNineErrorsFromTheShadedJar() throws Exception {
    assertNineErrors("yaml/db/changelog/db.changelog-master.yaml", "yaml");
  }

  @Test
  void xmlChangelogGivesNineErrorsFromTheShadedJar() throws Exception {
    assertNineErrors("xml/db/changelog/db.changelog-master.xml", "xml");
  }
}
