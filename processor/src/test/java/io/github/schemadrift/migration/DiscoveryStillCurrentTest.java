package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last round reuses the first round's discovery only while it is current: no walked folder
 * gained, lost or renamed a file since it was listed.
 */
class DiscoveryStillCurrentTest {

  @TempDir Path dir;
  private Path db;
  private Path sub;

  @BeforeEach
  void folders() throws IOException {
    db = Files.createDirectories(dir.resolve("db"));
    sub = Files.createDirectories(db.resolve("sub"));
    Files.writeString(db.resolve("V1__a.sql"), "SELECT 1;\n");
    Files.writeString(sub.resolve("V2__b.sql"), "SELECT 1;\n");
  }

  private void age(Path... folders) throws IOException {
    FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3_600));
    for (Path folder : folders) {
      Files.setLastModifiedTime(folder, hourAgo);
    }
  }

  @Test
  void unchangedFoldersKeepTheDiscoveryCurrent() throws IOException {
    age(db, sub);
    MigrationDiscovery.Result result = MigrationDiscovery.discover(List.of(db));

    assertThat(result.folders()).extracting(MigrationDiscovery.FolderStamp::folder).containsExactlyInAnyOrder(db, sub);
    assertThat(result.stillCurrent()).isTrue();
    Files.writeString(db.resolve("V1__a.sql"), "SELECT 2;\n"); // content is the cache key's business, not the listing's
    assertThat(result.stillCurrent()).isTrue();
  }

  @Test
  void aFileAddedInASubfolderMakesItStale() throws IOException {
    age(db, sub);
    MigrationDiscovery.Result result = MigrationDiscovery.discover(List.of(db));

    Files.writeString(sub.resolve("V3__c.sql"), "SELECT 1;\n");

    assertThat(result.stillCurrent()).isFalse();
    assertThat(MigrationDiscovery.discover(List.of(db)).migrations()).hasSize(3);
  }

  @Test
  void aRemovedOrRenamedFileMakesItStale() throws IOException {
    age(db, sub);
    MigrationDiscovery.Result removed = MigrationDiscovery.discover(List.of(db));
    Files.delete(db.resolve("V1__a.sql"));
    assertThat(removed.stillCurrent()).isFalse();

    age(db, sub);
    MigrationDiscovery.Result renamed = MigrationDiscovery.discover(List.of(db));
    Files.move(sub.resolve("V2__b.sql"), sub.resolve("V2__renamed.sql"));
    assertThat(renamed.stillCurrent()).isFalse();
  }

  @Test
  void foldersChangedJustBeforeTheWalkAreNeverTrusted() {
    // written a moment ago by folders(): a coarse clock could hide a second change in the same tick
    MigrationDiscovery.Result result = MigrationDiscovery.discover(List.of(db));

    assertThat(result.stillCurrent()).isFalse();
  }

  @Test
  void aDiscoveryWithErrorsOrWithoutFoldersIsNeverReused() throws IOException {
    age(db, sub);
    MigrationDiscovery.Result missing = MigrationDiscovery.discover(List.of(dir.resolve("nowhere")));
    assertThat(missing.errors()).isNotEmpty();
    assertThat(missing.stillCurrent()).isFalse();

    assertThat(new MigrationDiscovery.Result(List.of(), List.of()).stillCurrent()).isFalse();
  }
}
