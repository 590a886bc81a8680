package io.github.schemadrift.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.migration.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where unqualified names in migrations land, and which file and key said so. */
class SchemaSettingsTest {

  @TempDir Path project;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "jdbc:mysql://db:3306/shop?useSSL=false    | shop",
        "jdbc:mariadb://a,b/Shop                   | Shop",
        "jdbc:tc:mysql:8://localhost/app           | app",
        "jdbc:mysql://db:3306/                     | -",
        "jdbc:mysql://db:3306                      | -",
        "jdbc:postgresql://db/app?currentSchema=sales,public | sales",
        "jdbc:postgresql://db/app?ssl=true         | -",
        "jdbc:postgresql://db/app?currentSchema=$user | -",
        "jdbc:h2:mem:test                          | -",
        "jdbc:mysql://db/${DB_NAME}                | -",
      })
  void urlsNameTheConnectionsSchema(String url, String schema) {
    assertThat(JdbcUrls.defaultSchema(url.trim())).isEqualTo(Optional.ofNullable(schema));
  }

  private Optional<Decision<String>> decide(Dialect dialect, String properties, Map<String, String> options)
      throws IOException {
    Path resources = project.resolve("src/main/resources");
    Files.createDirectories(resources);
    Files.writeString(resources.resolve("application.properties"), properties);
    SpringConfigReader.Result spring = SpringConfigReader.read(resources);
    FlywaySettings flyway = FlywaySettings.read(options, null, spring, project);
    return SchemaSettings.defaultSchema(dialect, flyway, spring, project);
  }

  @Test
  void flywaySettingsComeFirstThenTheUrlThenTheDialect() throws IOException {
    assertThat(decide(Dialect.POSTGRESQL, "spring.flyway.schemas=app,audit\n"
        + "spring.datasource.url=jdbc:postgresql://db/x?currentSchema=other\n", Map.of()))
        .hasValueSatisfying(d -> {
          assertThat(d.value()).isEqualTo("app");
          assertThat(d.source()).contains("src/main/resources/application.properties");
        });
    assertThat(decide(Dialect.POSTGRESQL, "spring.datasource.url=jdbc:postgresql://db/x?currentSchema=other\n", Map.of()))
        .contains(new Decision<>("other", "spring.datasource.url in src/main/resources/application.properties"));
    assertThat(decide(Dialect.POSTGRESQL, "", Map.of())).contains(new Decision<>("public", "the postgresql default"));
    assertThat(decide(Dialect.SQLSERVER, "", Map.of())).contains(new Decision<>("dbo", "the sqlserver default"));
    assertThat(decide(Dialect.MYSQL, "", Map.of())).isEmpty();
    assertThat(decide(Dialect.MYSQL, "spring.datasource.url=jdbc:mysql://db/shop\n", Map.of()))
        .contains(new Decision<>("shop", "spring.datasource.url in src/main/resources/application.properties"));
    assertThat(decide(Dialect.ORACLE, "spring.datasource.username=APP_OWNER\n", Map.of()))
        .contains(new Decision<>("APP_OWNER", "spring.datasource.username in src/main/resources/application.properties"));
    assertThat(decide(Dialect.POSTGRESQL, "", Map.of("schemadrift.flyway.defaultSchema", "opt")).map(Decision::value))
        .contains("opt");
  }
}
