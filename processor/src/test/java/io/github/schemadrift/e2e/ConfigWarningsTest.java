package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad presentation or tuning setting never stops the whole check: it is a config warning that
 * names it, its default is used, and every entity is still checked. Settings without which no
 * meaningful check is possible (dialect, naming) stay errors.
 */
class ConfigWarningsTest {

  @TempDir Path dir;

  private static final JavaFileObject ACCOUNT = Fixtures.source("app.Account",
      "package app;",
      "import jakarta.persistence.*;",
      "@Entity @Table(name = \"accounts\")",
      "public class Account {",
      "  @Id private Long id;",
      "  private String nickname;",
      "}");

  private Path migrations() {
    return Fixtures.migrations(dir.resolve("db"), Map.of("V1__accounts.sql", "CREATE TABLE accounts (id BIGINT PRIMARY KEY);\n"));
  }

  @Test
  void aBadCacheValueIsAWarningAndTheCheckGoesOn() {
    Compilation c = Fixtures.compile(migrations(), List.of("-Aschemadrift.cache=sometimes"), ACCOUNT);
    assertThat(c).hadWarningContaining("[schemadrift:config] option 'schemadrift.cache' has unknown value 'sometimes';"
        + " valid values: on, off; the cache is off and the check goes on");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:missing-column] column 'accounts.nickname'");
  }

  @Test
  void aBadSeverityEntryIsAWarningAndTheOthersApply() {
    Compilation c = Fixtures.compile(migrations(), List.of("-Aschemadrift.severity=nulability:off,missing-column:warning"), ACCOUNT);
    assertThat(c).hadWarningContaining("[schemadrift:config] option 'schemadrift.severity' has entry 'nulability:off'");
    assertThat(c).hadErrorCount(0);
    assertThat(c).hadWarningContaining("[schemadrift:missing-column] column 'accounts.nickname'");
  }

  @Test
  void anUnknownDialectStillStopsTheCheck() {
    Compilation c = Fixtures.compile(migrations(), List.of("-Aschemadrift.dialect=db2"), ACCOUNT);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:config] option 'schemadrift.dialect' has unknown value 'db2'");
  }
}
