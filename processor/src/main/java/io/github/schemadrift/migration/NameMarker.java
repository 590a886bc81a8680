package io.github.schemadrift.migration;

import io.github.schemadrift.migration.SqlTokens.Token;
import java.util.BitSet;
import java.util.List;

/**
 * A walk over a statement's code tokens that marks the ones standing where a name goes: the
 * navigation {@link IdentifierPositions} and {@link ViewNames} share (words, brackets, optional
 * words, dotted names, comma-separated elements).
 */
abstract class NameMarker {

  final List<Token> t;
  final BitSet names;

  NameMarker(List<Token> tokens, BitSet names) {
    this.t = tokens;
    this.names = names;
  }

  /** Marks a possibly qualified name ({@code a}, {@code s.a}) and returns the index after it. */
  int qualified(int i) {
    int j = i;
    while (j < t.size() && t.get(j).isName()) {
      mark(j);
      if (!punct(j + 1, '.')) {
        return j + 1;
      }
      j += 2;
    }
    return j;
  }

  boolean mark(int i) {
    if (i < t.size() && t.get(i).isName()) {
      names.set(i);
      return true;
    }
    return false;
  }

  /** Calls {@code element} for each comma-separated element between the brackets at open and close. */
  void forEachElement(int open, int close, java.util.function.BiConsumer<Integer, Integer> element) {
    int s = open + 1;
    for (int j = s; j <= close && j < t.size() + 1; j++) {
      if (j == close || j == t.size() || punct(j, ',')) {
        if (j > s) {
          element.accept(s, j);
        }
        s = j + 1;
      } else if (punct(j, '(')) {
        j = close(j);
        if (j >= close) {
          j = close - 1;
        }
      }
    }
  }

  /** The index of the bracket that closes the one at {@code open} (the end when none does). */
  int close(int open) {
    int depth = 0;
    for (int j = open; j < t.size(); j++) {
      if (punct(j, '(')) {
        depth++;
      } else if (punct(j, ')') && --depth == 0) {
        return j;
      }
    }
    return t.size();
  }

  int skipWords(int i, String... words) {
    int j = i;
    boolean moved = true;
    while (moved && j < t.size()) {
      moved = false;
      for (String w : words) {
        if (word(j, w)) {
          j++;
          moved = true;
        }
      }
    }
    return j;
  }

  /** Skips one of the optional words at {@code i}, if there. */
  int skipOne(int i, String... words) {
    for (String w : words) {
      if (word(i, w)) {
        return i + 1;
      }
    }
    return i;
  }

  int skipIfExists(int i) {
    return word(i, "IF") && word(i + 1, "EXISTS") ? i + 2 : skipIfNotExists(i);
  }

  int skipIfNotExists(int i) {
    return word(i, "IF") && word(i + 1, "NOT") && word(i + 2, "EXISTS") ? i + 3 : i;
  }

  boolean word(int i, String w) {
    return i >= 0 && i < t.size() && t.get(i).isWord(w);
  }

  boolean punct(int i, char c) {
    return i >= 0 && i < t.size() && t.get(i).isPunct(c);
  }
}
