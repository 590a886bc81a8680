package io.github.schemadrift.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.config.FlywaySettings;
import io.github.schemadrift.config.SpringConfigReader;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery of the changelog and the choice between Flyway and Liquibase, on project folders. */
class LiquibaseStageTest {

  @TempDir Path project;

  private static final String CHANGELOG = """
      databaseChangeLog:
        - changeSet:
            id: 1
            author: a
            changes:
              - createTable: {tableName: t, columns: [{column: {name: id, type: int}}]}
      """;

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private LiquibaseStage.Outcome resolve(Map<String, String> options, List<MigrationFile> flywayMigrations) {
    SpringConfigReader.Result spring = SpringConfigReader.read(project.resolve("src/main/resources"));
    FlywaySettings flyway = FlywaySettings.read(options, null, spring, project);
    LiquibaseSettings settings = LiquibaseSettings.read(options, List.of(), spring, project);
    return LiquibaseStage.resolve(settings, flyway, project, Dialect.POSTGRESQL, flywayMigrations);
  }

  private static final MigrationFile FLYWAY =
      new MigrationFile(Path.of("V1__a.sql"), "V1__a.sql", MigrationFile.Kind.VERSIONED, "1", "a");

  @Test
  void bootsDefaultChangelogIsFound() throws IOException {
    write("pom.xml", "<project/>");
    write("src/main/resources/db/changelog/db.changelog-master.yaml", CHANGELOG);

    LiquibaseStage.Outcome outcome = resolve(Map.of(), List.of());

    assertThat(outcome.active()).isTrue();
    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.migrations()).hasSize(1);
    assertThat(outcome.decided()).anyMatch(d -> d.startsWith(
        "Liquibase changelog 'db/changelog/db.changelog-master.yaml' from Spring Boot's default spring.liquibase.change-log: 1 changeSets, 1 changes"));
    assertThat(outcome.migrations().get(0).path()).startsWith(project.resolve("target/schemadrift-liquibase/postgresql"));
  }

  @Test
  void noChangelogLeavesFlywayAlone() {
    LiquibaseStage.Outcome outcome = resolve(Map.of(), List.of(FLYWAY));

    assertThat(outcome.active()).isFalse();
    assertThat(outcome.migrations()).containsExactly(FLYWAY);
    assertThat(outcome.decided()).isEmpty();
  }

  @Test
  void springChangeLogAndParametersAreRead() throws IOException {
    write("src/main/resources/application.yml", """
        spring:
          liquibase:
            change-log: classpath:/db/master.yaml
            parameters:
              table: from_spring
        """);
    write("src/main/resources/db/master.yaml", CHANGELOG.replace("tableName: t", "tableName: \"${table}\""));

    LiquibaseStage.Outcome outcome = resolve(Map.of(), List.of());

    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.warnings()).isEmpty();
    assertThat(outcome.decided()).anyMatch(d -> d.startsWith("Liquibase changelog 'db/master.yaml' from spring.liquibase.change-log in src/main/resources/application.yml"));
    assertThat(outcome.migrations()).hasSize(1);
  }

  @Test
  void liquibasePropertiesChangeLogFileIsRead() throws IOException {
    write("liquibase.properties", "liquibase.command.changelogFile=db/changes.yaml\nparameter.table=from_properties\n");
    write("src/main/resources/db/changes.yaml", CHANGELOG.replace("tableName: t", "tableName: \"${table}\""));

    LiquibaseStage.Outcome outcome = resolve(Map.of(), List.of());

    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.decided()).anyMatch(d -> d.startsWith("Liquibase changelog 'db/changes.yaml' from changelogFile in liquibase.properties"));
    assertThat(outcome.migrations()).hasSize(1);
  }

  @Test
  void theOptionWinsAndAMissingChangelogIsAnError() throws IOException {
    write("src/main/resources/db/changelog/db.changelog-master.yaml", CHANGELOG);

    LiquibaseStage.Outcome outcome = resolve(Map.of("schemadrift.liquibase.changeLog", "db/nowhere.xml"), List.of(FLYWAY));

    assertThat(outcome.active()).isFalse();
    assertThat(outcome.migrations()).containsExactly(FLYWAY);
    assertThat(outcome.errors()).singleElement().asString()
        .startsWith("Liquibase changelog 'db/nowhere.xml' from option -Aschemadrift.liquibase.changeLog does not exist in ");
  }

  @Test
  void bothEnabledReplayFlywayFirstThenTheChangelog() throws IOException {
    write("src/main/resources/db/changelog/db.changelog-master.yaml", CHANGELOG);

    LiquibaseStage.Outcome outcome = resolve(Map.of(), List.of(FLYWAY));

    assertThat(outcome.migrations()).hasSize(2).first().isEqualTo(FLYWAY);
    assertThat(outcome.decided()).contains(
        "both Flyway and Liquibase are enabled: the 1 Flyway migrations are replayed first, then the Liquibase changelog");
  }

  @Test
  void theEnabledSettingsChooseWhatIsReplayed() throws IOException {
    write("src/main/resources/db/changelog/db.changelog-master.yaml", CHANGELOG);
    write("src/main/resources/application.properties", "spring.flyway.enabled=false\n");

    LiquibaseStage.Outcome flywayOff = resolve(Map.of(), List.of(FLYWAY));

    assertThat(flywayOff.migrations()).hasSize(1).doesNotContain(FLYWAY);
    assertThat(flywayOff.decided()).contains(
        "Flyway migrations not replayed: disabled by spring.flyway.enabled in src/main/resources/application.properties");

    write("src/main/resources/application.properties", "spring.liquibase.enabled=false\n");
    LiquibaseStage.Outcome liquibaseOff = resolve(Map.of(), List.of(FLYWAY));

    assertThat(liquibaseOff.active()).isFalse();
    assertThat(liquibaseOff.migrations()).containsExactly(FLYWAY);
    assertThat(liquibaseOff.decided()).contains("Liquibase changelog 'db/changelog/db.changelog-master.yaml' not replayed:"
        + " disabled by spring.liquibase.enabled in src/main/resources/application.properties");
  }
}
