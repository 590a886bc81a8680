package io.github.schemadrift.migration;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clauses JSqlParser 5.4 cannot parse but that change nothing the replay models, overwritten by
 * spaces before the parse so that every line and column stays where it was (a parse error is
 * still reported at its place in the file). Strings, quoted names and comments are never touched.
 *
 * <ul>
 *   <li>{@code DEFERRABLE}, {@code NOT DEFERRABLE}, {@code INITIALLY DEFERRED|IMMEDIATE} on a
 *       key, unique or foreign key (inline or {@code ADD CONSTRAINT}): when the database checks a
 *       constraint, not which constraint it is.
 *   <li>MariaDB's {@code ALTER TABLE t ADD INDEX IF NOT EXISTS ix (c)} and {@code DROP INDEX IF
 *       EXISTS ix} (also {@code KEY}, {@code UNIQUE}): the names so guarded are kept, and the
 *       replay treats an existing (or missing) index of that name as the database does.
 * </ul>
 */
final class ClauseBlanking {

  /** The statement with the clauses blanked, and the index names written with IF [NOT] EXISTS. */
  record Blanked(String sql, Set<String> guardedIndexes) {}

  private static final Pattern DEFERRABILITY =
      Pattern.compile("(?i)\\b(?:NOT\\s+)?DEFERRABLE\\b|\\bINITIALLY\\s+(?:DEFERRED|IMMEDIATE)\\b");

  private static final Pattern INDEX_GUARD =
      Pattern.compile(
          "(?i)\\b(?:ADD\\s+(?:UNIQUE\\s+)?(?:INDEX|KEY)|ADD\\s+UNIQUE|DROP\\s+(?:INDEX|KEY))\\s+(IF\\s+(?:NOT\\s+)?EXISTS)\\s+([^\\s(,]+)");

  private static final Pattern TABLE_DDL = Pattern.compile("(?is)^\\s*(?:CREATE|ALTER)\\s+.*\\bTABLE\\b.*");

  private ClauseBlanking() {}

  static Blanked blank(String sql) {
    String upper = sql.toUpperCase(Locale.ROOT);
    boolean deferrability = upper.contains("DEFERR") || upper.contains("INITIALLY");
    boolean guard = upper.contains(" EXISTS") && upper.startsWith("ALTER");
    if ((!deferrability && !guard) || !TABLE_DDL.matcher(sql).matches()) {
      return new Blanked(sql, Set.of());
    }
    String masked = mask(sql);
    char[] out = sql.toCharArray();
    if (deferrability) {
      Matcher m = DEFERRABILITY.matcher(masked);
      Set<Integer> names = KeywordQuoting.nameOffsets(sql, Dialect.POSTGRESQL); // a column named deferrable stays
      while (m.find()) {
        if (!names.contains(m.start())) {
          blank(out, m.start(), m.end());
        }
      }
    }
    Set<String> guarded = new LinkedHashSet<>();
    if (guard) {
      Matcher m = INDEX_GUARD.matcher(masked);
      while (m.find()) {
        blank(out, m.start(1), m.end(1));
        guarded.add(SqlIdentifier.of(sql.substring(m.start(2), m.end(2))).name().toLowerCase(Locale.ROOT));
      }
    }
    return new Blanked(new String(out), guarded);
  }

  private static void blank(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] != '\n' && text[i] != '\r') {
        text[i] = ' ';
      }
    }
  }

  /** The statement with every string, quoted name and comment replaced by {@code _}, same length. */
  private static String mask(String sql) {
    char[] out = sql.toCharArray();
    int i = 0;
    while (i < out.length) {
      char c = out[i];
      int end;
      if (c == '\'' || c == '"' || c == '`') {
        end = sql.indexOf(c, i + 1);
        while (end > 0 && end + 1 < sql.length() && sql.charAt(end + 1) == c) {
          end = sql.indexOf(c, end + 2);
        }
        end = end < 0 ? out.length : end + 1;
      } else if (c == '-' && sql.startsWith("--", i)) {
        end = sql.indexOf('\n', i);
        end = end < 0 ? out.length : end;
      } else if (c == '/' && sql.startsWith("/*", i)) {
        end = sql.indexOf("*/", i + 2);
        end = end < 0 ? out.length : end + 2;
      } else {
        i++;
        continue;
      }
      for (int j = i; j < end; j++) {
        out[j] = out[j] == '\n' ? '\n' : '_';
      }
      i = end;
    }
    return new String(out);
  }
}
