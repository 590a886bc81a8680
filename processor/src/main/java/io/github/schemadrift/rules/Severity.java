package io.github.schemadrift.rules;

import java.util.Locale;
import java.util.Optional;

/** How a finding is reported: as a javac error, a warning, or not at all. */
public enum Severity {
  ERROR,
  WARNING,
  OFF;

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
