package io.github.schemadrift.migration;

import java.util.regex.Pattern;

/** Which statements the replay reads by their first words alone, and which it hands to JSqlParser. */
final class IgnoredStatements {

  /**
   * Statements recognised by their first words as not changing any table's shape. They are not
   * parsed at all: procedural bodies and vendor DML are where JSqlParser fails most, and skipping
   * them keeps the replay fast.
   */
  private static final Pattern IGNORED =
      Pattern.compile(
          "(?is)^(?:insert|update|delete|merge|select|with|grant|revoke|comment|set|reset|do|copy"
              + "|begin|commit|rollback|start|end|analyze|vacuum|lock|unlock|call|exec|execute|perform"
              + "|refresh|cluster|reindex|truncate|use|delimiter|declare|savepoint|notify|listen"
              + "|prepare|deallocate|explain|show|values|checkpoint|discard|security|load|import|print|if|go|raiserror|whenever|purge|optimize|flush|runscript|script|backup"
              + "|create\\s+(?:or\\s+replace\\s+)?(?:or\\s+alter\\s+)?(?:editionable\\s+|noneditionable\\s+)?(?:definer\\s*=\\s*\\S+\\s+)?(?:function|procedure|proc|trigger|rule|event|aggregate|operator|language|extension|policy|role|user|login|publication|subscription|cast|collation|text\\s+search|package|synonym|public\\s+synonym|materialized\\s+view|trusted|schema|database|domain|server|foreign\\s+data\\s+wrapper|user\\s+mapping|statistics|conversion|access\\s+method|transform|alias|constant|tablespace|directory|context|java|library|dimension|profile|type\\s+body)"
              + "|alter\\s+(?:function|procedure|proc|trigger|rule|event|aggregate|operator|language|extension|policy|role|user|login|publication|subscription|collation|package|materialized\\s+view|schema|database|domain|server|default\\s+privileges|system|session|owner|tablespace|authorization)"
              + "|drop\\s+(?:function|procedure|proc|trigger|rule|event|aggregate|operator|language|extension|policy|role|user|login|publication|subscription|cast|collation|package|synonym|public\\s+synonym|materialized\\s+view|schema|database|domain|server|owned|statistics|alias|constant|tablespace))\\b");

  /**
   * MySQL's executable comment holding one {@code SET} ({@code /*!40101 SET NAMES utf8 *}{@code /},
   * as mysqldump writes them by the dozen): ignored as the {@code SET} itself is, without a parse.
   */
  private static final Pattern EXECUTABLE_SET = Pattern.compile("(?is)^/\\*!\\d*\\s*set\\b(?:(?!\\*/).)*\\*/$");

  private IgnoredStatements() {}

  /** Whether the statement, without its trailing {@code ;}, is an executable comment holding a {@code SET}. */
  static boolean executableSet(String bare) {
    return bare.startsWith("/*!") && EXECUTABLE_SET.matcher(bare).matches();
  }

  /** Whether the statement's first words say it changes no table's shape. */
  static boolean ignored(String sql) {
    return IGNORED.matcher(sql).lookingAt();
  }

  /** Whether the replay would hand the statement to JSqlParser. */
  static boolean needsParse(String sql) {
    String bare = sql;
    while (bare.endsWith(";")) {
      bare = bare.substring(0, bare.length() - 1).strip();
    }
    return !bare.isEmpty()
        && !DdlRewriter.SP_RENAME.matcher(bare).matches()
        && !ignored(sql)
        && !executableSet(bare)
        && DdlRewriter.dropTypeNames(bare).isEmpty();
  }
}
