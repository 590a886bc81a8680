package io.github.schemadrift.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The benchmark sizes, the same as bench/common.sh, and temp-folder cleanup. */
final class Sizes {

  private Sizes() {}

  /** {entities, migrations} for small, medium, large or NxM. */
  static int[] counts(String size) {
    return switch (size) {
      case "small" -> new int[] {20, 30};
      case "medium" -> new int[] {200, 400};
      case "large" -> new int[] {1000, 3000};
      default -> {
        String[] parts = size.split("x");
        if (parts.length != 2) {
          throw new IllegalArgumentException("size must be small, medium, large or NxM, not '" + size + "'");
        }
        yield new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
      }
    };
  }

  static void deleteTree(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
