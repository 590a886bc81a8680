package io.github.schemadrift.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions: the closest name within a small edit distance, ignoring case. */
final class NameSuggestions {

  private NameSuggestions() {}

  static Optional<String> closest(String wanted, Collection<String> candidates) {
    String w = wanted.toLowerCase(Locale.ROOT);
    // Short names are too easily "close" to anything: they only match up to case and underscores.
    int limit = w.length() <= 3 ? 0 : Math.max(1, w.length() / 4);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      // Underscores are ignored so that 'inputimage' still finds 'input_image'.
      int d = editDistance(w.replace("_", ""), candidate.toLowerCase(Locale.ROOT).replace("_", ""));
      if (d <= limit && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The optimal string alignment distance: Levenshtein's, with a swap of two neighbouring letters
   * as one edit, so that the common typo 'emial' is as close to 'email' as 'emal' is.
   */
  static int editDistance(String a, String b) {
    int[] before = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], before[j - 2] + 1);
        }
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
