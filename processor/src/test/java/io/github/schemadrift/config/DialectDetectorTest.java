package io.github.schemadrift.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.migration.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialectDetectorTest {

  @TempDir Path project;

  private static final Predicate<String> NOTHING = name -> false;

  private void write(String name, String text) throws IOException {
    Path file = project.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private DialectDetector.Detection detect(Predicate<String> classPath) {
    return DialectDetector.detect(SpringConfigReader.read(project.resolve("src/main/resources")), project, classPath);
  }

  @ParameterizedTest
  @CsvSource({
    "jdbc:postgresql://localhost:5432/tasks, postgresql",
    "jdbc:mysql://localhost/app?useSSL=false, mysql",
    "jdbc:mariadb://localhost/app, mariadb",
    "jdbc:h2:mem:test;MODE=PostgreSQL, h2",
    "jdbc:oracle:thin:@//db:1521/XE, oracle",
    "jdbc:sqlserver://db:1433;databaseName=app, sqlserver",
    "jdbc:tc:postgresql:16:///app, postgresql",
    "jdbc:p6spy:mysql://db/app, mysql",
  })
  void jdbcUrls(String url, String dialect) {
    assertThat(JdbcUrls.dialect(url)).map(Dialect::optionValue).hasValue(dialect);
  }

  @Test
  void unknownOrUnresolvedUrlsNameNothing() {
    assertThat(JdbcUrls.dialect("jdbc:sqlite:app.db")).isEmpty();
    assertThat(JdbcUrls.dialect("${DATABASE_URL}")).isEmpty();
    assertThat(JdbcUrls.dialect(null)).isEmpty();
  }

  @Test
  void datasourceUrlDecidesAndSaysWhere() throws IOException {
    write("src/main/resources/application.properties", "spring.datasource.url=jdbc:mysql://db/app\n");
    DialectDetector.Detection d = detect(NOTHING);
    assertThat(d.dialect()).get().satisfies(x -> {
      assertThat(x.value()).isEqualTo(Dialect.MYSQL);
      assertThat(x.source()).isEqualTo("spring.datasource.url in src/main/resources/application.properties");
    });
    assertThat(d.notes()).isEmpty();
  }

  @Test
  void flywayUrlBeatsDatasourceUrl() throws IOException {
    write("src/main/resources/application.yml",
        "spring:\n  datasource:\n    url: jdbc:h2:mem:x\n  flyway:\n    url: jdbc:postgresql://db/app\n");
    assertThat(detect(NOTHING).dialect()).get().satisfies(x -> {
      assertThat(x.value()).isEqualTo(Dialect.POSTGRESQL);
      assertThat(x.source()).isEqualTo("spring.flyway.url in src/main/resources/application.yml");
    });
  }

  @Test
  void disagreeingProfileIsReportedButTheDefaultProfileDecides() throws IOException {
    write("src/main/resources/application.properties", "spring.datasource.url=jdbc:postgresql://db/app\n");
    write("src/main/resources/application-test.properties", "spring.datasource.url=jdbc:h2:mem:test\n");
    DialectDetector.Detection d = detect(NOTHING);
    assertThat(d.dialect()).get().extracting(Decision::value).isEqualTo(Dialect.POSTGRESQL);
    assertThat(d.notes()).containsExactly(
        "profiles disagree with the default profile: src/main/resources/application-test.properties (profile 'test') says h2; the default profile's postgresql was used");
  }

  @Test
  void profilesAloneDecideWhenTheyAgreeAndNotWhenTheyDisagree() throws IOException {
    write("src/main/resources/application-prod.properties", "spring.datasource.url=jdbc:oracle:thin:@db:1521/p\n");
    assertThat(detect(NOTHING).dialect()).get().satisfies(x -> {
      assertThat(x.value()).isEqualTo(Dialect.ORACLE);
      assertThat(x.source()).isEqualTo("spring.datasource.url in src/main/resources/application-prod.properties (profile 'prod')");
    });
    write("src/main/resources/application-dev.properties", "spring.datasource.url=jdbc:h2:mem:dev\n");
    DialectDetector.Detection d = detect(NOTHING);
    assertThat(d.dialect()).isEmpty();
    assertThat(d.notes()).singleElement().asString().startsWith("profiles disagree on spring.datasource.url: ").contains("says h2").contains("says oracle").endsWith("none was used");
  }

  @Test
  void flywayConfWhenSpringSaysNothing() throws IOException {
    write("flyway.conf", "flyway.url=jdbc:sqlserver://db:1433;databaseName=app\nflyway.user=sa\n");
    assertThat(detect(NOTHING).dialect()).get().satisfies(x -> {
      assertThat(x.value()).isEqualTo(Dialect.SQLSERVER);
      assertThat(x.source()).isEqualTo("flyway.url in flyway.conf");
    });
  }

  @Test
  void flywayToml() throws IOException {
    write("flyway.toml", "[environments.default]\nurl = \"jdbc:mariadb://db/app\"\n");
    assertThat(detect(NOTHING).dialect()).get().extracting(Decision::source).isEqualTo("url in flyway.toml");
  }

  @Test
  void jdbcDriverOnTheClassPath() {
    DialectDetector.Detection d = detect(Set.of("com.mysql.cj.jdbc.Driver", "org.flywaydb.database.postgresql.PostgreSQLDatabaseType")::contains);
    assertThat(d.dialect()).get().satisfies(x -> {
      assertThat(x.value()).isEqualTo(Dialect.MYSQL);
      assertThat(x.source()).isEqualTo("JDBC driver com.mysql.cj.jdbc.Driver on the compile class path");
    });
  }

  @Test
  void severalDriversFallThroughToTheFlywayModule() {
    DialectDetector.Detection d = detect(Set.of("org.h2.Driver", "org.postgresql.Driver", "org.flywaydb.database.oracle.OracleDatabaseType")::contains);
    assertThat(d.dialect()).get().satisfies(x -> {
      assertThat(x.value()).isEqualTo(Dialect.ORACLE);
      assertThat(x.source()).isEqualTo("Flyway database module org.flywaydb.database.oracle.OracleDatabaseType on the compile class path");
    });
    assertThat(d.notes()).containsExactly("several JDBC drivers on the compile class path (org.postgresql.Driver, org.h2.Driver); none was used");
  }

  @Test
  void nothingFound() {
    DialectDetector.Detection d = detect(NOTHING);
    assertThat(d.dialect()).isEmpty();
    assertThat(d.notes()).isEmpty();
  }
}
