package io.github.schemadrift.rules;

/**
 * An identifier as JSqlParser hands it over, split into its text and whether it was quoted.
 *
 * @param text the name without quotes
 * @param quoted whether it was written in quotes
 * @param quote the opening quote character, or 0
 */
record SqlName(String text, boolean quoted, char quote) {

  /** The name of an identifier as written, or null for none. */
  static SqlName of(String written) {
    if (written == null || written.isEmpty()) {
      return null;
    }
    char first = written.charAt(0);
    char last = written.charAt(written.length() - 1);
    if (written.length() >= 2 && ((first == '"' && last == '"') || (first == '`' && last == '`') || (first == '[' && last == ']'))) {
      return new SqlName(written.substring(1, written.length() - 1), true, first);
    }
    return new SqlName(written, false, '\0');
  }
}
