package io.github.schemadrift.report;

import io.github.schemadrift.rules.RuleDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Writes the files users ask for with options, and only those: the SARIF report and the suggested
 * migration. A file that cannot be written is returned as a message, never thrown into javac.
 */
public final class ReportFiles {

  /** What the processor knows when it writes reports. */
  public record Context(
      ProcessingEnvironment env,
      String version,
      List<RuleDescriptor> rules,
      Path root,
      Map<String, Path> migrationPaths,
      String nextVersion) {}

  private ReportFiles() {}

  /** Writes the requested files; returns one message per file that could not be written. */
  public static List<String> write(Context context, Reporter.Outcome outcome, Path sarif, Path fixMigration) {
    List<String> problems = new ArrayList<>();
    if (sarif != null) {
      SourceLocator locator = new SourceLocator(context.env());
      String text =
          SarifWriter.write(
              context.version(),
              context.rules(),
              outcome.printed(),
              reported -> locator.locate(reported.finding().position()),
              context.root(),
              context.migrationPaths());
      write(sarif, text, "schemadrift.report", problems);
    }
    if (fixMigration != null) {
      Path target = FixMigrationWriter.target(fixMigration, context.nextVersion());
      write(target, FixMigrationWriter.content(context.version(), outcome.printed()), "schemadrift.fixMigration", problems);
    }
    return problems;
  }

  private static void write(Path file, String text, String option, List<String> problems) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      problems.add("cannot write '" + file + "' (option '" + option + "'): " + e.getMessage());
    }
  }
}
