package io.github.schemadrift.migration;

/** One ALTER TABLE clause applied: the new table, or why the clause was not understood. */
record ClauseResult(TableDef table, String problem) {
  static ClauseResult ok(TableDef table) {
    return new ClauseResult(table, null);
  }

  static ClauseResult fail(String problem) {
    return new ClauseResult(null, problem);
  }
}
