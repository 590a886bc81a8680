package io.github.schemadrift.migration;

public final class RealWorldCorpusTestAccess {
  public static java.nio.file.Path corpus() {
    return RealWorldCorpusTest.corpus();
  }
}
