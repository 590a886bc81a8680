package io.github.schemadrift.config;

import io.github.schemadrift.entity.NamingDetection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What the project's files say about who builds the persistence unit, for naming detection:
 * {@code spring.jpa.*} keys in the Spring files (Boot builds it), a {@code persistence.xml} or
 * {@code hibernate.cfg.xml} under the main resources (the application may build it itself).
 */
public final class NamingEvidence {

  private NamingEvidence() {}

  public static NamingDetection.Evidence of(SpringConfigReader.Result spring, Path projectDir) {
    return of(spring, projectDir, SpringCode.NONE);
  }

  /**
   * As above, with what the application's classes say: an {@code exclude} of Boot's JPA
   * auto-configuration there, or in {@code spring.autoconfigure.exclude} of a default-profile file,
   * means Boot does not build the unit.
   */
  public static NamingDetection.Evidence of(SpringConfigReader.Result spring, Path projectDir, SpringCode code) {
    String keys = null;
    for (ConfigFile file : spring.files()) {
      if (file.properties().keySet().stream().anyMatch(k -> k.startsWith("spring.jpa."))) {
        keys = file.describe(projectDir);
        break;
      }
    }
    String excluded = code.jpaAutoConfigurationExcluded();
    for (ConfigFile file : spring.defaults()) {
      if (excluded == null && file.properties().entrySet().stream()
          .anyMatch(e -> e.getKey().matches("spring\\.autoconfigure\\.exclude(\\[\\d+])?")
              && SpringCode.namesJpaAutoConfiguration(e.getValue()))) {
        excluded = "spring.autoconfigure.exclude in " + file.describe(projectDir);
      }
    }
    return new NamingDetection.Evidence(keys, unitFile(projectDir), excluded);
  }

  private static String unitFile(Path projectDir) {
    if (projectDir == null) {
      return null;
    }
    Path resources = projectDir.resolve("src/main/resources");
    if (!Files.isDirectory(resources)) {
      return null;
    }
    try (Stream<Path> walk = Files.walk(resources, 4)) {
      return walk.filter(p -> (p.getFileName().toString().equals("persistence.xml")
              || p.getFileName().toString().equals("hibernate.cfg.xml")) && Files.isRegularFile(p))
          .sorted().findFirst().map(p -> projectDir.relativize(p).toString().replace('\\', '/')).orElse(null);
    } catch (IOException e) {
      return null; // no evidence: detection falls back to the class path
    }
  }
}
