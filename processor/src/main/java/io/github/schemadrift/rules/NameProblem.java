package io.github.schemadrift.rules;

import io.github.schemadrift.migration.TableDef;
import java.util.List;

/**
 * A name a native query reads that the schema does not hold.
 *
 * @param kind whether a table or a column is missing
 * @param name the name as the query writes it, without quotes
 * @param qualifier the table or alias that qualifies a column, or null
 * @param table the replayed table a qualified or target column was looked up in, or null
 * @param searched the tables an unqualified column was looked up in
 * @param candidates the names a "did you mean" may offer
 */
record NameProblem(Kind kind, String name, String qualifier, TableDef table, List<String> searched, List<String> candidates) {

  enum Kind {
    TABLE,
    COLUMN
  }

  NameProblem {
    searched = List.copyOf(searched);
    candidates = List.copyOf(candidates);
  }
}
