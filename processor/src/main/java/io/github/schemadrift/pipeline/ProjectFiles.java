package io.github.schemadrift.pipeline;

import io.github.schemadrift.config.AnnotationConfig;
import io.github.schemadrift.config.FlywaySettings;
import io.github.schemadrift.config.HibernateSettings;
import io.github.schemadrift.config.SpringConfigReader;
import io.github.schemadrift.config.SpringConfigSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's own Flyway and Hibernate settings, each with where it was found: options,
 * a single {@code @SchemaDriftConfig}, Spring Boot's application files, Flyway's files.
 *
 * @param spring what the Spring Boot application files hold
 * @param flyway the Flyway settings
 * @param hibernate the Hibernate settings
 * @param problems settings that could not be used, for the summary's notes
 */
record ProjectFiles(
    SpringConfigReader.Result spring, FlywaySettings flyway, HibernateSettings hibernate, List<String> problems) {

  /**
   * Reads them; {@code detectionNotes} are the Spring problems dialect detection named already
   * (an unreadable file, a setting Boot refuses), which are not repeated.
   */
  static ProjectFiles read(
      Map<String, String> raw, List<AnnotationConfig> annotations, Optional<Path> projectDir, List<String> detectionNotes,
      io.github.schemadrift.config.SpringCode code) {
    String annotationPlace = annotations.size() == 1 ? "@SchemaDriftConfig on " + annotations.get(0).place() : null;
    SpringConfigReader.Result spring =
        SpringConfigSources.read(projectDir.map(p -> p.resolve("src/main/resources")).orElse(null), projectDir.orElse(null),
            raw.get(io.github.schemadrift.options.ProcessorOption.CONFIG_FILES.key()), code.propertySources());
    FlywaySettings flyway = FlywaySettings.read(raw,
        annotationPlace == null ? null : Map.entry(annotationPlace + " (flyway)", annotations.get(0).flyway()),
        spring, projectDir.orElse(null));
    HibernateSettings hibernate = HibernateSettings.read(raw,
        annotationPlace == null ? null : Map.entry(annotationPlace + " (hibernate)", annotations.get(0).hibernate()),
        spring, projectDir.orElse(null));
    List<String> problems = new ArrayList<>(flyway.problems());
    problems.addAll(hibernate.problems());
    spring.problems().stream().filter(p -> !detectionNotes.contains(p)).forEach(problems::add);
    return new ProjectFiles(spring, flyway, hibernate, List.copyOf(problems));
  }
}
