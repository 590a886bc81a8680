package io.github.schemadrift.config;

/**
 * One setting the processor decided, and where the value came from, in words a user can act on:
 * {@code "spring.datasource.url in src/main/resources/application.properties"}.
 *
 * @param value the value in force
 * @param source where it came from
 */
public record Decision<T>(T value, String source) {

  /** {@code value from source}, for the summary note. */
  public String describe(String what, String valueText) {
    return what + " " + valueText + " from " + source;
  }
}
