package io.github.schemadrift.report;

import io.github.schemadrift.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
   * The migration text. Every printed error's database-side fix is SQL that runs; an error without
   * one is named in the header with the reason its fix belongs on the Java side, so the file never
   * claims agreement while errors stand. Fixes of warnings and folded notes (the database works as
   * it is) are listed commented out, for the user to choose. Tables are created before anything
   * else, and their foreign keys added after every table is created.
   */
  public static String content(String version, List<Reporter.Reported> printed) {
    Set<String> statements = new LinkedHashSet<>();
    Set<String> optional = new LinkedHashSet<>();
    List<String> javaSide = new ArrayList<>();
    boolean reported = false;
    for (Reporter.Reported r : printed) {
      String fix = r.finding().fixSql();
      reported |= r.severity() == Severity.ERROR || r.severity() == Severity.WARNING;
      if (fix != null) {
        (r.severity() == Severity.ERROR ? statements : optional).add(fix);
      } else if (r.severity() == Severity.ERROR) {
        javaSide.add(r.finding().text());
      }
    }
    optional.removeAll(statements);
    StringBuilder out = new StringBuilder();
    out.append("-- Suggested by schemadrift ").append(version).append(": the SQL that makes the database\n");
    out.append("-- match the entities. Review every statement before you keep this migration.\n");
    if (!javaSide.isEmpty()) {
      out.append("-- ").append(javaSide.size()).append(javaSide.size() == 1 ? " error has" : " errors have")
          .append(" no SQL here: it cannot be written safely for this database, so the fix\n")
          .append("-- is on the Java side (or a migration written by hand), as each diagnostic says:\n");
      javaSide.forEach(text -> out.append("--   ").append(text.replace("\n", " ")).append('\n'));
    } else if (statements.isEmpty() && optional.isEmpty()) {
      out.append(reported
          ? "-- No SQL to suggest: every finding is fixed on the Java side, as its diagnostic says.\n"
          : "-- Nothing to change: the entities and the migrations agree.\n");
    }
    for (String statement : ordered(statements)) {
      out.append('\n').append(statement).append(";\n");
    }
    if (!optional.isEmpty()) {
      out.append("\n-- From warnings and folded notes: the database works as it is, but these make it match\n")
          .append("-- the entities (or change the entities instead); uncomment what you want.\n");
      for (String statement : optional) {
        out.append("-- ").append(statement.replace("\n", "\n-- ")).append(";\n");
      }
    }
    return out.toString();
  }

  /**
   * Renames first (a table or column given back its name, which a created table's foreign key may
   * point at), then fixes that create tables, then the foreign keys they declare (so a key may point
   * at a table created after its own), then every other fix in the order given.
   */
  static List<String> ordered(Set<String> fixes) {
    List<String> renames = new ArrayList<>();
    List<String> creates = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String fix : fixes) {
      String first = firstStatement(fix);
      if (!fix.contains(";\n") && (first.startsWith("EXEC sp_rename ") || first.startsWith("ALTER TABLE ")
          && (first.contains(" RENAME TO ") || first.contains(" RENAME COLUMN ")))) {
        renames.add(fix);
        continue;
      }
      if (!first.startsWith("CREATE TABLE ")) {
        rest.add(fix);
        continue;
      }
      List<String> own = new ArrayList<>();
      for (String statement : fix.split(";\n")) {
        (statement.contains(" FOREIGN KEY (") && statement.startsWith("ALTER TABLE ") ? keys : own).add(statement);
      }
      creates.add(String.join(";\n", own));
    }
    List<String> all = new ArrayList<>(renames);
    all.addAll(creates);
    all.addAll(keys);
    all.addAll(rest);
    return all;
  }

  /** The fix without the comment lines that explain it. */
  private static String firstStatement(String fix) {
    String rest = fix;
    while (rest.startsWith("--")) {
      int end = rest.indexOf('\n');
      rest = end < 0 ? "" : rest.substring(end + 1);
    }
    return rest;
  }
}
