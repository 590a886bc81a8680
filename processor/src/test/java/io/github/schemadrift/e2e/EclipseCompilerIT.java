package io.github.schemadrift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jdt.internal.compiler.batch.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed story through the Eclipse compiler, the engine behind Eclipse's editor, running the
 * shaded jar from {@code -processorpath} exactly as a user's build would: the same nine errors at
 * the same lines as javac.
 */
class EclipseCompilerIT {

  @TempDir Path out;

  /** One diagnostic block of ECJ's batch output. */
  record EcjDiagnostic(String kind, String file, int line, String message) {}

  private static final Pattern HEADER = Pattern.compile("^\\d+\\. (ERROR|WARNING|INFO) in (.+?) \\(at line (\\d+)\\)$");

  static Path shadedJar() {
    Path jar = Paths.get(System.getProperty("schemadrift.shadedJar", "target/missing.jar"));
    assertThat(jar).as("the shaded processor jar (run through 'mvn verify')").exists();
    return jar;
  }

  static String jarOf(Class<?> type) throws URISyntaxException {
    return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /**
   * Runs ECJ's batch compiler in a JVM of its own whose class path is ECJ alone, so the processor
   * can only come from the shaded jar on {@code -processorpath} (in this JVM ECJ would also find
   * the unshaded classes and any other processor on the test class path).
   */
  static List<EcjDiagnostic> compile(Path out, Path migrations, Path source, List<String> output) throws Exception {
    String text = runEcj(out, migrations, List.of(source));
    output.add(text);
    return parse(text);
  }

  /** Runs ECJ in its own JVM on the sources and returns everything it printed. */
  static String runEcj(Path out, Path migrations, List<Path> sources) throws Exception {
    Path log = out.resolve("ecj.log");
    List<String> command =
        new ArrayList<>(
            List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jarOf(Main.class),
                Main.class.getName(),
                "-17",
                "-d", out.resolve("classes").toString(),
                "-cp", jarOf(jakarta.persistence.Entity.class),
                "-processorpath", shadedJar().toString(),
                "-Aschemadrift.migrations=" + migrations));
    sources.forEach(source -> command.add(source.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("ECJ did not finish");
    }
    return Files.readString(log);
  }

  /** ECJ prints a header line, the source line, a caret line, then the message. */
  static List<EcjDiagnostic> parse(String text) {
    List<EcjDiagnostic> result = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      Matcher m = HEADER.matcher(lines[i]);
      if (m.matches() && i + 3 < lines.length) {
        result.add(new EcjDiagnostic(m.group(1), m.group(2), Integer.parseInt(m.group(3)), lines[i + 3].trim()));
      }
    }
    return result;
  }

  static int lineContaining(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + text);
  }

  @Test
  void seedStoryGivesTheSameNineErrorsAtTheSameLines() throws Exception {
    Path source = Fixtures.resource("seed/drifted/com/example/dreamwork/DreamworkTask.java");
    List<String> output = new ArrayList<>();

    List<EcjDiagnostic> diagnostics = compile(out, Fixtures.resource("seed/db/migration"), source, output);

    List<EcjDiagnostic> errors = diagnostics.stream().filter(d -> d.kind().equals("ERROR")).toList();
    assertThat(errors).as(String.join("\n", output)).hasSize(9);
    for (String[] expected : SeedStoryTest.NINE) {
      String message = SeedStoryTest.expectedMessage(expected[0], expected[1]);
      int line = lineContaining(source, "name = \"" + expected[0] + "\"");
      assertThat(errors)
          .as(String.join("\n", output))
          .contains(new EcjDiagnostic("ERROR", source.toString(), line, message));
    }
  }

  @Test
  void correctedEntityIsCleanUnderEcj() throws Exception {
    Path source = Fixtures.resource("seed/corrected/com/example/dreamwork/DreamworkTask.java");
    List<String> output = new ArrayList<>();

    List<EcjDiagnostic> diagnostics = compile(out, Fixtures.resource("seed/db/migration"), source, output);

    assertThat(diagnostics).as(String.join("\n", output)).noneMatch(d -> d.message().startsWith("[schemadrift:") && !d.kind().equals("INFO"));
    assertThat(String.join("\n", output)).as("the processor ran").contains("[schemadrift:summary] checked 1 entity");
  }
}
