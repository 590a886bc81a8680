package io.github.schemadrift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The processor jar as users get it: self-contained, relocated, and registered. */
class ShadedJarIT {

  @Test
  void everyClassIsUnderOurPackage() throws IOException {
    try (JarFile jar = new JarFile(EclipseCompilerIT.shadedJar().toFile())) {
      List<String> foreign =
          Collections.list(jar.entries()).stream()
              .map(ZipEntry::getName)
              .filter(n -> n.endsWith(".class"))
              .filter(n -> !n.startsWith("io/github/schemadrift/") && !n.matches("META-INF/versions/\\d+/io/github/schemadrift/.*"))
              .toList();
      assertThat(foreign).isEmpty();
      assertThat(jar.getEntry("io/github/schemadrift/shaded/jsqlparser/parser/CCJSqlParser.class")).isNotNull();
      assertThat(jar.getEntry("io/github/schemadrift/shaded/flyway/core/api/MigrationVersion.class")).isNotNull();
    }
  }

  @Test
  void processorIsRegisteredForJavacAndGradle() throws IOException {
    try (JarFile jar = new JarFile(EclipseCompilerIT.shadedJar().toFile())) {
      assertThat(read(jar, "META-INF/services/javax.annotation.processing.Processor").trim())
          .isEqualTo("io.github.schemadrift.SchemaDriftProcessor");
      assertThat(read(jar, "META-INF/gradle/incremental.annotation.processors").trim())
          .isEqualTo("io.github.schemadrift.SchemaDriftProcessor,aggregating");
      assertThat(read(jar, "io/github/schemadrift/version.properties")).doesNotContain("${");
    }
  }

  private static String read(JarFile jar, String name) throws IOException {
    ZipEntry entry = jar.getEntry(name);
    assertThat(entry).as(name).isNotNull();
    return new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
  }
}
