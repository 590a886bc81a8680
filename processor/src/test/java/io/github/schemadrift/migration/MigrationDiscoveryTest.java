package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationDiscoveryTest {

  @TempDir Path dir;

  private void touch(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "SELECT 1;");
  }

  @Test
  void ordersVersionsNumericallyThenRepeatablesByDescription() throws IOException {
    for (String name : List.of("V1.10__ten.sql", "V1.9__nine.sql", "V2__two.sql", "sub/V1_2__one_two.sql", "R__b_view.sql", "R__a_view.sql", "V3__notes.txt", "U2__undo.sql")) {
      touch(name);
    }
    MigrationDiscovery.Result result = MigrationDiscovery.discover(List.of(dir));
    assertThat(result.errors()).isEmpty();
    assertThat(result.migrations())
        .extracting(MigrationFile::displayName)
        .containsExactly("sub/V1_2__one_two.sql", "V1.9__nine.sql", "V1.10__ten.sql", "V2__two.sql", "R__a_view.sql", "R__b_view.sql");
  }

  @Test
  void duplicateVersionsAreAnErrorNamingBoth() throws IOException {
    touch("V1__a.sql");
    touch("V1.0__b.sql");
    MigrationDiscovery.Result result = MigrationDiscovery.discover(List.of(dir));
    assertThat(result.errors()).singleElement().asString().contains("'V1.0__b.sql'", "'V1__a.sql'", "same version");
  }
}
