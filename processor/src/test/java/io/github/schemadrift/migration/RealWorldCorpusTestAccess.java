package io.github.schemadrift.migration;

import java.nio.file.Path;

/** Where the real-world corpus lies, for the corpus proof in {@code dbproof/} (the test class is package-private). */
public final class RealWorldCorpusTestAccess {

  private RealWorldCorpusTestAccess() {}

  /** {@code ../shared/corpus/sql} next to the repository, or null. */
  public static Path corpus() {
    return RealWorldCorpusTest.corpus();
  }
}
