package io.github.schemadrift.migration;

/**
 * One ALTER TABLE clause applied: the new table, or why the clause was not understood, or why the
 * database refuses it ({@code refused}: then nothing of the statement is applied).
 */
record ClauseResult(TableDef table, String problem, boolean refused) {
  static ClauseResult ok(TableDef table) {
    return new ClauseResult(table, null, false);
  }

  static ClauseResult fail(String problem) {
    return new ClauseResult(null, problem, false);
  }

  static ClauseResult refuse(String problem) {
    return new ClauseResult(null, problem, true);
  }
}
