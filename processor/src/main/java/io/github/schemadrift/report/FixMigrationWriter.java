package io.github.schemadrift.report;

import io.github.schemadrift.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes one suggested migration holding the SQL that would make the database match the
 * entities. It is written only where the user asks: into the named file, or, when the option names
 * a folder, as {@code V<next>__schemadrift.sql} after the newest versioned migration.
 */
public final class FixMigrationWriter {

  private FixMigrationWriter() {}

  /** Where the file goes: the option's file, or the next free version inside its folder. */
  public static Path target(Path option, String nextVersion) {
    if (Files.isDirectory(option)) {
      return option.resolve("V" + nextVersion + "__schemadrift.sql");
    }
    return option;
  }

  /**
   * The migration text: one statement per printed error that has a database-side fix. Fixes for
   * warnings (where only defaults disagree, and changing the annotation is usually right) are
   * listed commented out, for the user to choose.
   */
  public static String content(String version, List<Reporter.Reported> printed) {
    Set<String> statements = new LinkedHashSet<>();
    Set<String> optional = new LinkedHashSet<>();
    for (Reporter.Reported reported : printed) {
      String fix = reported.finding().fixSql();
      if (fix != null) {
        (reported.severity() == Severity.ERROR ? statements : optional).add(fix);
      }
    }
    optional.removeAll(statements);
    StringBuilder out = new StringBuilder();
    out.append("-- Suggested by schemadrift ").append(version).append(": the SQL that makes the database\n");
    out.append("-- match the entities. Review every statement before you keep this migration.\n");
    if (statements.isEmpty() && optional.isEmpty()) {
      out.append("-- Nothing to change: the entities and the migrations agree.\n");
    }
    for (String statement : statements) {
      out.append('\n').append(statement).append(";\n");
    }
    if (!optional.isEmpty()) {
      out.append("\n-- From warnings: only defaults disagree; uncomment what you want.\n");
      for (String statement : optional) {
        out.append("-- ").append(statement.replace("\n", "\n-- ")).append(";\n");
      }
    }
    return out.toString();
  }
}
