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
    String keys = null;
    for (ConfigFile file : spring.files()) {
      if (file.properties().keySet().stream().anyMatch(k -> k.startsWith("spring.jpa."))) {
        keys = file.describe(projectDir);
        break;
      }
    }
    return new NamingDetection.Evidence(keys, unitFile(projectDir));
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
