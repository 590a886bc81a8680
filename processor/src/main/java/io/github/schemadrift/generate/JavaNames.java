package io.github.schemadrift.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Valid Java identifiers for any SQL name: {@code purchase_order} becomes the class name
 * {@code PurchaseOrder} and the constant {@code PURCHASE_ORDER}; a name that starts with a digit gets
 * a leading {@code _}, a keyword a trailing one, and a name already taken (two SQL names that differ
 * only in case or punctuation) a number.
 */
final class JavaNames {

  private JavaNames() {}

  /** The words of a name: split at anything not a letter or digit, and where lower case turns upper. */
  static List<String> words(String sql) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (!Character.isLetterOrDigit(c) || c > 127) {
        flush(word, words);
        continue;
      }
      if (Character.isUpperCase(c) && word.length() > 0 && Character.isLowerCase(word.charAt(word.length() - 1))) {
        flush(word, words);
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /** A class name: {@code purchase_order} gives {@code PurchaseOrder}. */
  static String type(String sql, Set<String> taken) {
    StringBuilder out = new StringBuilder();
    for (String w : words(sql)) {
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    return unique(valid(out.length() == 0 ? "Unnamed" : out.toString()), taken, "");
  }

  /** A constant name: {@code createdAt} and {@code created_at} give {@code CREATED_AT}. */
  static String constant(String sql, Set<String> taken) {
    String joined = String.join("_", words(sql)).toUpperCase(Locale.ROOT);
    return unique(valid(joined.isEmpty() ? "UNNAMED" : joined), taken, "_");
  }

  private static String valid(String name) {
    String out = Character.isDigit(name.charAt(0)) ? "_" + name : name;
    return SourceVersion.isKeyword(out) ? out + "_" : out;
  }

  /** The name, or the name with the first free number; the result is added to {@code taken}. */
  static String unique(String name, Set<String> taken, String separator) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + separator + n;
    }
    return candidate;
  }
}
