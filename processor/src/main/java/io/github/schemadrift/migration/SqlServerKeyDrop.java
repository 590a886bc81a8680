package io.github.schemadrift.migration;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL Server's idiom for dropping a primary key whose name SQL Server made up: the name is read
 * from {@code sys.key_constraints} into a variable and the {@code ALTER TABLE ... DROP CONSTRAINT}
 * run by {@code sp_executesql}, as schemadrift's fix migration writes it. Recognised in this one
 * form (the same table in the statement and in {@code OBJECT_ID}, the variable the one executed),
 * it is replayed as {@code ALTER TABLE t DROP PRIMARY KEY}; any other dynamic SQL stays unseen.
 */
final class SqlServerKeyDrop {

  private static final Pattern DROP =
      Pattern.compile(
          "(?is)^DECLARE\\s+@(\\w+)\\s+n?varchar\\s*\\(\\s*(?:max|\\d+)\\s*\\)\\s*=\\s*\\(\\s*SELECT\\s+N?'ALTER\\s+TABLE\\s+"
              + "([\\w.\\[\\]]+)\\s+DROP\\s+CONSTRAINT\\s+'\\s*\\+\\s*QUOTENAME\\s*\\(\\s*name\\s*\\)\\s+FROM\\s+sys\\.key_constraints\\s+"
              + "WHERE\\s+parent_object_id\\s*=\\s*OBJECT_ID\\s*\\(\\s*N?'([\\w.\\[\\]]+)'\\s*\\)\\s+AND\\s+type\\s*=\\s*'PK'\\s*\\)\\s*;?\\s*"
              + "EXEC(?:UTE)?\\s+(?:sys\\.)?sp_executesql\\s+@(\\w+)\\s*;?$");

  private SqlServerKeyDrop() {}

  /** The DROP PRIMARY KEY this statement amounts to, or null when it is not the idiom. */
  static String asDropPrimaryKey(Dialect dialect, String bare) {
    if (dialect != Dialect.SQLSERVER || !bare.regionMatches(true, 0, "DECLARE", 0, 7)) {
      return null;
    }
    Matcher m = DROP.matcher(bare);
    if (!m.matches() || !m.group(1).equalsIgnoreCase(m.group(4))
        || !m.group(2).toLowerCase(Locale.ROOT).equals(m.group(3).toLowerCase(Locale.ROOT))) {
      return null;
    }
    return "ALTER TABLE " + m.group(2) + " DROP PRIMARY KEY";
  }
}
