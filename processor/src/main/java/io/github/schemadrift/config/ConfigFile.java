package io.github.schemadrift.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * One document of a configuration file, flattened to dotted keys: a whole
 * {@code application.properties}, or one {@code ---}-separated part of an {@code application.yml}.
 *
 * @param file the file it was read from
 * @param profile the Spring profile it belongs to (from the file name {@code application-<profile>}
 *     or from {@code spring.config.activate.on-profile}), or null for the default profile
 * @param properties the flattened properties, values as written (placeholders unresolved)
 */
public record ConfigFile(Path file, String profile, Map<String, String> properties) {

  /** The file, relative to {@code base} when it lies under it, and the profile when there is one. */
  public String describe(Path base) {
    Path shown = base != null && file.startsWith(base) ? base.relativize(file) : file;
    return shown.toString().replace('\\', '/') + (profile == null ? "" : " (profile '" + profile + "')");
  }
}
