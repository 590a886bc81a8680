package io.github.schemadrift.fixproof;

import io.github.schemadrift.migration.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link FixProof} for every case on an in-process H2 database (the fix written in schemadrift's h2 dialect). */
class H2FixProofTest {

  @TempDir Path dir;

  static List<FixProofCase> cases() {
    return FixProofCases.selected();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fixRunsOnRowsAndValidates(FixProofCase proofCase) throws Exception {
    // DB_CLOSE_DELAY=-1: the database outlives Flyway's connections until SHUTDOWN
    String url = "jdbc:h2:mem:fix_" + proofCase.name().replace('-', '_') + ";DB_CLOSE_DELAY=-1";
    try {
      FixProof.verify(proofCase, new FixProof.Database(Dialect.H2, url, url, "sa", "PUBLIC"), dir);
    } finally {
      try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
    }
  }
}
