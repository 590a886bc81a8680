package io.github.schemadrift.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Physical naming: how a logical name (a field name, a class name, an explicit {@code @Column}
 * name) becomes the name sent to the database.
 */
public enum NamingStrategy {
  /** Hibernate's default: names as written. */
  JPA("jpa"),
  /**
   * Spring Boot's default ({@code CamelCaseToUnderscoresNamingStrategy}): dots become
   * underscores, an underscore goes between a lower-case letter or digit and an upper-case letter
   * followed by a lower-case letter or digit, and the result is lower case. Spring applies this
   * to quoted names too (it lower-cases them for case-insensitive databases, its default).
   */
  SPRING("spring");

  private final String optionValue;

  NamingStrategy(String optionValue) {
    this.optionValue = optionValue;
  }

  public String optionValue() {
    return optionValue;
  }

  public String apply(String logicalName, boolean quoted) {
    if (this == JPA) {
      return logicalName;
    }
    StringBuilder out = new StringBuilder(logicalName.replace('.', '_'));
    for (int i = 1; i < out.length() - 1; i++) {
      char before = out.charAt(i - 1);
      char current = out.charAt(i);
      char after = out.charAt(i + 1);
      if ((Character.isLowerCase(before) || Character.isDigit(before))
          && Character.isUpperCase(current)
          && (Character.isLowerCase(after) || Character.isDigit(after))) {
        out.insert(i++, '_');
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  public static Optional<NamingStrategy> fromOption(String value) {
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(n -> n.optionValue.equals(wanted)).findFirst();
  }

  public static String optionValues() {
    return Arrays.stream(values()).map(NamingStrategy::optionValue).collect(Collectors.joining(", "));
  }
}
