package io.github.schemadrift.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The processor's version, from the {@code version.properties} the build writes into the jar. */
public final class ProcessorVersion {

  private ProcessorVersion() {}

  /** The version, or {@code unknown} when the file is missing or unreadable. */
  public static String get() {
    try (InputStream in = ProcessorVersion.class.getResourceAsStream("/io/github/schemadrift/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
