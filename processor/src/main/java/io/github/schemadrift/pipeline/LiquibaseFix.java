package io.github.schemadrift.pipeline;

import io.github.schemadrift.liquibase.FixChangeLogWriter;
import io.github.schemadrift.liquibase.LiquibaseSettings;
import io.github.schemadrift.report.Reporter;
import io.github.schemadrift.rules.Rules;
import io.github.schemadrift.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code -Aschemadrift.fixMigration} in a project whose schema comes from a Liquibase changelog:
 * the same fix statements as the Flyway fix migration, written as a changelog in the format of
 * the project's own ({@link FixChangeLogWriter}), and a note that names the file and says to
 * include it. Liquibase's classes are touched only here, when a changelog is active.
 */
final class LiquibaseFix {

  private LiquibaseFix() {}

  /** Writes the changelog for {@code option} (a file, or a folder to put {@code schemadrift-fix.<format>} in). */
  static void write(Settings settings, Path option, Reporter.Outcome outcome, Reporter reporter, Diagnostics out) {
    Set<String> statements = new LinkedHashSet<>();
    Set<String> optional = new LinkedHashSet<>();
    for (Reporter.Reported reported : outcome.printed()) {
      String fix = reported.finding().fixSql();
      if (fix != null) {
        (reported.severity() == Severity.ERROR ? statements : optional).add(fix);
      }
    }
    optional.removeAll(statements);
    Path changelog = settings.liquibase().changelog().map(LiquibaseSettings.Changelog::file).orElse(null);
    Path target = FixChangeLogWriter.target(option, changelog);
    String id = Integer.toHexString(String.join("\n", statements).hashCode() * 31 + optional.hashCode());
    try {
      String text = FixChangeLogWriter.content(target, settings.dialect(), id, ProcessorVersion.get(),
          new ArrayList<>(statements), new ArrayList<>(optional));
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(target, text, StandardCharsets.UTF_8);
      reporter.note(Rules.SUMMARY.tag() + " wrote the fixes as Liquibase changeSet 'schemadrift-fix-" + id + "' to " + target
          + (changelog == null ? "" : "; include it from '" + changelog.getFileName() + "' to apply it"));
    } catch (IOException | RuntimeException e) {
      out.configError("cannot write '" + target + "' (option 'schemadrift.fixMigration'): " + e.getMessage());
    }
  }
}
