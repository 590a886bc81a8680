package io.github.schemadrift.migration;

import io.github.schemadrift.migration.SqlTokens.Token;
import java.util.BitSet;
import java.util.List;

/**
 * The names in a view's query that can be told from their neighbours alone: the parts of a dotted
 * name ({@code t.sample}), a table after {@code FROM} or {@code JOIN}, a select item that is one
 * bare word ({@code SELECT id, sample FROM}) and an alias after {@code AS}. A word elsewhere in an
 * expression is left alone: it may be a function or an operator word.
 */
final class ViewNames extends NameMarker {

  ViewNames(List<Token> tokens, BitSet names) {
    super(tokens, names);
  }

  /** Marks the names of the query that starts at {@code from} (at its {@code AS}, if any). */
  void markQuery(int from) {
    for (int j = from; j < t.size(); j++) {
      Token token = t.get(j);
      if (!token.isName() || (j == from && token.isWord("AS"))) {
        continue;
      }
      if (dotted(j) || afterFrom(j) || selectItem(j) || alias(j)) {
        names.set(j);
      }
    }
  }

  private boolean dotted(int j) {
    return punct(j - 1, '.') || punct(j + 1, '.');
  }

  private boolean afterFrom(int j) {
    return word(j - 1, "FROM") || word(j - 1, "JOIN");
  }

  private boolean selectItem(int j) {
    boolean before = word(j - 1, "SELECT") || word(j - 1, "DISTINCT") || punct(j - 1, ',');
    boolean after = punct(j + 1, ',') || word(j + 1, "FROM") || word(j + 1, "AS");
    return before && after && !IdentifierPositions.VALUE_WORDS.contains(t.get(j).upper());
  }

  private boolean alias(int j) {
    return word(j - 1, "AS") && (j + 1 >= t.size() || punct(j + 1, ',') || punct(j + 1, ';') || word(j + 1, "FROM"));
  }
}
