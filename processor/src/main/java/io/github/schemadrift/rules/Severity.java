package io.github.schemadrift.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * How a finding is reported: as a javac error, a warning, folded into one summary line (a note), or
 * not at all. A folded finding is counted per rule in the summary, listed one by one with
 * {@code -Aschemadrift.listFolded=true}, and kept at level {@code note} in the SARIF report.
 */
public enum Severity {
  ERROR,
  WARNING,
  NOTE,
  OFF;

  /** The valid option values, as error messages list them. */
  public static final String OPTION_VALUES = "error, warning, note, off";

  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Severity> fromOption(String value) {
    for (Severity s : values()) {
      if (s.optionValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
