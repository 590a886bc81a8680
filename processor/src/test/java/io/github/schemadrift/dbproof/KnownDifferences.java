package io.github.schemadrift.dbproof;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * The corpus proof's known differences, from {@code dbproof/corpus-known-differences.txt}: lines
 * {@code folder | difference}, each group under a {@code #} line that says why no static replay
 * can see the DDL behind it.
 */
final class KnownDifferences {

  private KnownDifferences() {}

  static Set<String> of(String folder) throws IOException {
    Set<String> out = new TreeSet<>();
    try (InputStream in = KnownDifferences.class.getResourceAsStream("/dbproof/corpus-known-differences.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int bar = line.indexOf(" | ");
        if (!line.startsWith("#") && bar > 0 && line.substring(0, bar).equals(folder)) {
          out.add(line.substring(bar + 3));
        }
      }
    }
    return out;
  }
}
