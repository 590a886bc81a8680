package io.github.schemadrift.migration;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java-based migration ({@code V3__Backfill.java}, or Kotlin) read as the SQL script its source
 * makes evident: each constant string it passes to {@code execute}/{@code update} stands at its own
 * line of the source, so the replay runs it at the migration's version and reports it at
 * {@code V3__Backfill.java:<line>}. SQL built at run time cannot be read; each such call is one note
 * and names the table it seems to touch, so that a missing table or column there is a warning.
 */
final class JavaMigrationScript {

  /** A Java or Kotlin migration source: {@code V3__Foo.java}, {@code V3_1__Foo.kt}, {@code R__Foo.java}. */
  static final Pattern SOURCE = Pattern.compile("([VBR])(\\w*?)__(\\w+)\\.(?:java|kt)");

  private JavaMigrationScript() {}

  /** The migration a Java or Kotlin source file name describes, or null when it names none. */
  static MigrationFile migration(java.nio.file.Path file, String displayName) {
    Matcher m = SOURCE.matcher(file.getFileName().toString());
    if (!m.matches() || (m.group(1).equals("R") != m.group(2).isEmpty())) {
      return null;
    }
    MigrationFile.Kind kind =
        switch (m.group(1)) {
          case "V" -> MigrationFile.Kind.VERSIONED;
          case "B" -> MigrationFile.Kind.BASELINE;
          default -> MigrationFile.Kind.REPEATABLE;
        };
    String version = kind == MigrationFile.Kind.REPEATABLE ? null : m.group(2).replace('_', '.');
    return new MigrationFile(file, displayName, kind, version, m.group(3).replace('_', ' '));
  }

  /**
   * The script to replay for a migration: its text as read for a SQL migration; for a Java or
   * Kotlin one, the constant SQL of its source at the source's lines, with a note for each
   * statement and an unseen-DDL record for each call whose SQL is built at run time.
   */
  static String toSql(MigrationFile migration, String text, List<String> notes, List<SqlProblem> problems) {
    String name = migration.path().getFileName().toString().toLowerCase(Locale.ROOT);
    if (text == null || !(name.endsWith(".java") || name.endsWith(".kt"))) {
      return text;
    }
    StringBuilder script = new StringBuilder();
    int line = 1;
    for (UnseenDdl.Found found : UnseenDdl.inJavaSource(text)) {
      if (found.constantSql() == null) {
        UnseenDdl.record(migration.displayName(), found, notes, problems, s -> {});
        continue;
      }
      while (line < found.line()) {
        script.append('\n');
        line++;
      }
      String sql = found.constantSql().strip();
      script.append(sql).append(sql.endsWith(";") ? "" : ";");
      line += (int) sql.chars().filter(c -> c == '\n').count();
      notes.add("DDL in " + found.where() + " at " + new SqlLocation(migration.displayName(), found.line())
          + " was replayed at the migration's version");
    }
    return script.toString();
  }
}
