package io.github.schemadrift.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringConfigReaderTest {

  @TempDir Path resources;

  private void write(String name, String text) throws IOException {
    Path file = resources.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void yamlIsFlattenedToDottedKeys() {
    List<Map<String, String>> docs =
        SpringConfigReader.yaml(
            "spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n    username: app\n"
                + "  flyway:\n    locations:\n      - classpath:db/migration\n      - classpath:db/extra\n");
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0))
        .containsEntry("spring.datasource.url", "jdbc:postgresql://db:5432/app")
        .containsEntry("spring.datasource.username", "app")
        .containsEntry("spring.flyway.locations[0]", "classpath:db/migration")
        .containsEntry("spring.flyway.locations", "classpath:db/migration,classpath:db/extra");
  }

  @Test
  void yamlDocumentsCarryTheirProfile() throws IOException {
    write(
        "application.yml",
        "spring:\n  datasource:\n    url: jdbc:postgresql://db/app\n---\n"
            + "spring:\n  config:\n    activate:\n      on-profile: test\n  datasource:\n    url: jdbc:h2:mem:test\n");
    SpringConfigReader.Result result = SpringConfigReader.read(resources);
    assertThat(result.problems()).isEmpty();
    assertThat(result.defaults()).hasSize(1);
    assertThat(result.profiles()).singleElement().satisfies(f -> {
      assertThat(f.profile()).isEqualTo("test");
      assertThat(f.properties()).containsEntry("spring.datasource.url", "jdbc:h2:mem:test");
    });
    assertThat(result.value("spring.datasource.url")).get().satisfies(e -> assertThat(e.getValue()).isEqualTo("jdbc:postgresql://db/app"));
  }

  @Test
  void propertiesBeatYamlAndConfigFolderBeatsRoot() throws IOException {
    write("application.yml", "spring.datasource.url: jdbc:mysql://yaml/app\n");
    write("application.properties", "spring.datasource.url=jdbc:mariadb://props/app\n");
    assertThat(SpringConfigReader.read(resources).value("spring.datasource.url")).get()
        .satisfies(e -> assertThat(e.getValue()).isEqualTo("jdbc:mariadb://props/app"));
    write("config/application.properties", "spring.datasource.url=jdbc:oracle:thin:@db:1521/app\n");
    assertThat(SpringConfigReader.read(resources).value("spring.datasource.url")).get()
        .satisfies(e -> {
          assertThat(e.getValue()).isEqualTo("jdbc:oracle:thin:@db:1521/app");
          assertThat(e.getKey().file()).isEqualTo(resources.resolve("config/application.properties"));
        });
  }

  @Test
  void multiDocumentPropertiesAndProfileFiles() throws IOException {
    write("application.properties", "spring.datasource.url=jdbc:postgresql://a/b\n#---\nspring.config.activate.on-profile=dev\nspring.datasource.url=jdbc:h2:mem:dev\n");
    write("application-it.properties", "spring.datasource.url=jdbc:tc:postgresql:16:///it\n");
    SpringConfigReader.Result result = SpringConfigReader.read(resources);
    assertThat(result.profiles()).extracting(ConfigFile::profile).containsExactlyInAnyOrder("dev", "it");
    assertThat(result.defaults()).singleElement().satisfies(f -> assertThat(f.properties()).containsEntry("spring.datasource.url", "jdbc:postgresql://a/b"));
  }

  @Test
  void laterDefaultDocumentOverridesEarlier() throws IOException {
    write("application.yml", "spring.datasource.url: jdbc:h2:mem:a\n---\nspring.datasource.url: jdbc:postgresql://b/c\n");
    assertThat(SpringConfigReader.read(resources).value("spring.datasource.url")).get()
        .satisfies(e -> assertThat(e.getValue()).isEqualTo("jdbc:postgresql://b/c"));
  }

  @Test
  void placeholdersResolveToPropertiesOrTheirFallback() throws IOException {
    write("application.properties", "db.host=db\nspring.datasource.url=${DATABASE_URL:jdbc:postgresql://${db.host}/app}\nother=${UNSET}\n");
    SpringConfigReader.Result result = SpringConfigReader.read(resources);
    assertThat(result.value("spring.datasource.url")).get().satisfies(e -> assertThat(e.getValue()).isEqualTo("jdbc:postgresql://db/app"));
    assertThat(result.value("other")).get().satisfies(e -> assertThat(e.getValue()).isEqualTo("${UNSET}"));
  }

  @Test
  void brokenYamlIsAProblemNotACrash() throws IOException {
    write("application.yml", "spring:\n  datasource: [unclosed\n");
    SpringConfigReader.Result result = SpringConfigReader.read(resources);
    assertThat(result.files()).isEmpty();
    assertThat(result.problems()).singleElement().asString().startsWith("cannot read ").contains("application.yml");
  }

  @Test
  void missingFolderGivesNothing() {
    assertThat(SpringConfigReader.read(resources.resolve("absent")).files()).isEmpty();
  }

  @Test
  void profileSwitchesInAProfileSpecificDocumentAreNotFollowedAndSaid() throws IOException {
    write("application.properties", "spring.profiles.active=prod\n");
    write("application-prod.properties", "spring.profiles.include=extra\nspring.flyway.locations=classpath:db/prod\n");
    write("application-extra.properties", "spring.flyway.locations=classpath:db/extra\n");
    SpringConfigReader.Result result = SpringConfigReader.read(resources);
    assertThat(result.activeProfiles()).containsExactly("prod");
    assertThat(result.problems()).singleElement().asString()
        .endsWith("application-prod.properties: 'spring.profiles.include' in a document for profile 'prod' is not followed:"
            + " Spring Boot refuses it in a profile-specific document (InvalidConfigDataPropertyException); move it to a"
            + " document without a profile");
  }

  @Test
  void profileSwitchesInDefaultDocumentsAreNoProblem() throws IOException {
    write("application.yml", "spring:\n  profiles:\n    include: extra\n    group:\n      prod: proddb\n");
    assertThat(SpringConfigReader.read(resources).problems()).isEmpty();
  }
}
