package io.github.schemadrift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code -Aschemadrift.userCache}: on (the XDG folder), off, or a folder of the user's choice. */
class UserCacheOptionTest {

  private static final Map<String, String> ENV = Map.of("XDG_CACHE_HOME", "/xdg");
  private static final Optional<Path> PROJECT = Optional.of(Path.of("/work/project"));

  @Test
  void onIsTheXdgFolderAndOffIsNone() {
    assertThat(SettingsStage.userCacheDir("on", PROJECT, ENV, "/home/u")).contains(Path.of("/xdg/schemadrift"));
    assertThat(SettingsStage.userCacheDir(" on ", PROJECT, Map.of(), "/home/u")).contains(Path.of("/home/u/.cache/schemadrift"));
    assertThat(SettingsStage.userCacheDir("off", PROJECT, ENV, "/home/u")).isEmpty();
  }

  @Test
  void aFolderMovesItRelativeToTheProject() {
    assertThat(SettingsStage.userCacheDir("/tmp/sd-cache", PROJECT, ENV, "/home/u")).contains(Path.of("/tmp/sd-cache"));
    assertThat(SettingsStage.userCacheDir("../cache", PROJECT, ENV, "/home/u")).contains(Path.of("/work/project/../cache"));
  }

  @Test
  void aValueThatIsNoPathIsRejected() {
    assertThatThrownBy(() -> SettingsStage.userCacheDir("a\0b", PROJECT, ENV, "/home/u")).isInstanceOf(RuntimeException.class);
  }

  @Test
  void theOptionWinsOverTheAnnotationWhichWinsOverTheDefault() {
    assertThat(SettingsStage.userCacheSetting("off", "/tmp/a", "package 'app'").value()).isEqualTo("off");
    assertThat(SettingsStage.userCacheSetting(null, "/tmp/a", "package 'app'"))
        .isEqualTo(new io.github.schemadrift.config.Decision<>("/tmp/a", "@SchemaDriftConfig(userCache) on package 'app'"));
    assertThat(SettingsStage.userCacheSetting(null, " ", "package 'app'").value()).isEqualTo("on");
    assertThat(SettingsStage.userCacheSetting(null, null, null).value()).isEqualTo("on");
  }
}
