package io.github.schemadrift.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationFile;
import io.github.schemadrift.migration.SqlLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiquibaseChangelogsTest {

  @TempDir Path dir;

  private LiquibaseChangelogs.Generated generate(String master, Dialect dialect, Map<String, String> parameters, String contexts, String labels) {
    return LiquibaseChangelogs.generate(new LiquibaseChangelogs.Request(
        master, List.of(dir.resolve("res")), dialect, parameters, contexts, labels, dir.resolve("out")));
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve("res").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private String script(MigrationFile file) throws IOException {
    return Files.readString(file.path());
  }

  @Test
  void yamlChangeSetsBecomeScriptsAtTheirChangesLines() throws IOException {
    write("db/changelog/db.changelog-master.yaml", """
        databaseChangeLog:
          - changeSet:
              id: 1-create-person
              author: dev
              changes:
                - createTable:
                    tableName: person
                    columns:
                      - column:
                          name: id
                          type: bigint
                          constraints:
                            primaryKey: true
                      - column:
                          name: name
                          type: varchar(100)
          - changeSet:
              id: 2-add-email
              author: dev
              changes:
                - addColumn:
                    tableName: person
                    columns:
                      - column:
                          name: email
                          type: varchar(200)
                - addNotNullConstraint:
                    tableName: person
                    columnName: name
                    columnDataType: varchar(100)
        """);
    LiquibaseChangelogs.Generated generated =
        generate("db/changelog/db.changelog-master.yaml", Dialect.POSTGRESQL, Map.of(), null, null);
    assertThat(generated.error()).isNull();
    assertThat(generated.warnings()).isEmpty();
    assertThat(generated.migrations()).hasSize(2);
    assertThat(generated.migrations().get(1).displayName())
        .isEqualTo("db.changelog-master.yaml" + SqlLocation.UNIT_SEPARATOR + "changeSet 2-add-email");
    List<String> lines = script(generated.migrations().get(1)).lines().toList();
    assertThat(lines.get(20)).isEqualTo("ALTER TABLE person ADD email VARCHAR(200); ");
    assertThat(lines.get(26)).isEqualTo("ALTER TABLE person ALTER COLUMN  name SET NOT NULL; ");
    assertThat(new SqlLocation(generated.migrations().get(1).displayName(), 21).toString())
        .isEqualTo("db.changelog-master.yaml:21 (changeSet 2-add-email)");
  }

  @Test
  void contextsLabelsParametersAndDbmsAreLiquibases() throws IOException {
    write("master.xml", """
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
          <property name="table" value="thing"/>
          <changeSet id="1" author="a">
            <createTable tableName="${table}"><column name="id" type="int"/></createTable>
          </changeSet>
          <changeSet id="2" author="a" context="test">
            <addColumn tableName="${table}"><column name="in_test" type="int"/></addColumn>
          </changeSet>
          <changeSet id="3" author="a" labels="slow">
            <addColumn tableName="${table}"><column name="slow" type="int"/></addColumn>
          </changeSet>
          <changeSet id="4" author="a" dbms="mysql">
            <addColumn tableName="${table}"><column name="mysql_only" type="int"/></addColumn>
          </changeSet>
          <changeSet id="5" author="a" runOnChange="true">
            <addColumn tableName="${extra}"><column name="from_parameter" type="int"/></addColumn>
          </changeSet>
        </databaseChangeLog>
        """);
    LiquibaseChangelogs.Generated all = generate("master.xml", Dialect.POSTGRESQL, Map.of("extra", "thing"), null, null);
    assertThat(all.warnings()).isEmpty();
    assertThat(all.migrations()).extracting(MigrationFile::description).containsExactly("1", "2", "3", "5");
    assertThat(script(all.migrations().get(3))).contains("ALTER TABLE thing ADD from_parameter INTEGER;");

    LiquibaseChangelogs.Generated filtered = generate("master.xml", Dialect.MYSQL, Map.of("extra", "thing"), "prod", "!slow");
    assertThat(filtered.migrations()).extracting(MigrationFile::description).containsExactly("1", "4", "5");
  }

  @Test
  void jsonAndFormattedSqlChangelogsCiteTheirLines() throws IOException {
    write("master.yaml", """
        databaseChangeLog:
          - include: {file: a.json}
          - include: {file: b.sql}
        """);
    write("a.json", """
        {"databaseChangeLog": [
          {"changeSet": {"id": "j1", "author": "a", "changes": [
            {"createTable": {"tableName": "j", "columns": [{"column": {"name": "id", "type": "int"}}]}}
          ]}}
        ]}
        """);
    write("b.sql", """
        --liquibase formatted sql

        --changeset a:s1
        ALTER TABLE j ADD x INT;
        -- a comment
        ALTER TABLE j ADD y INT;
        """);
    LiquibaseChangelogs.Generated generated = generate("master.yaml", Dialect.POSTGRESQL, Map.of(), null, null);

    assertThat(generated.warnings()).isEmpty();
    assertThat(generated.migrations()).hasSize(2);
    assertThat(script(generated.migrations().get(0)).lines().toList().get(2)).startsWith("CREATE TABLE j");
    assertThat(script(generated.migrations().get(1)).lines().toList().get(3))
        .isEqualTo("ALTER TABLE j ADD x INT; ALTER TABLE j ADD y INT; ");
  }

  @Test
  void dataChangesGiveNoSqlAndWhatCannotRunIsNamed() throws IOException {
    write("master.yaml", """
        databaseChangeLog:
          - changeSet:
              id: 1
              author: a
              changes:
                - createTable: {tableName: t, columns: [{column: {name: id, type: int}}]}
                - insert: {tableName: t, columns: [{column: {name: id, valueNumeric: 1}}]}
                - executeCommand: {executable: /bin/true}
          - changeSet:
              id: 2
              author: a
              preconditions:
                - onFail: HALT
                - dbms: {type: oracle}
              changes:
                - addColumn: {tableName: t, columns: [{column: {name: never, type: int}}]}
          - changeSet:
              id: 3
              author: a
              changes:
                - addColumn: {tableName: t, columns: [{column: {name: after_halt, type: int}}]}
        """);
    LiquibaseChangelogs.Generated generated = generate("master.yaml", Dialect.POSTGRESQL, Map.of(), null, null);

    assertThat(generated.migrations()).hasSize(1);
    assertThat(script(generated.migrations().get(0))).doesNotContain("INSERT");
    assertThat(generated.warnings())
        .contains("master.yaml:8 (changeSet 1): executeCommand runs code the replay cannot run; its schema changes are missing");
    assertThat(generated.warnings())
        .contains("master.yaml:10 (changeSet 2): its dbms precondition fails for postgresql and halts Liquibase's"
            + " update there; later changeSets are not replayed");
  }

  @Test
  void aCustomChangeClassOutsideTheProcessorPathIsAnError() throws IOException {
    // Liquibase loads the class while parsing; the project's classes are not on the processor path
    write("master.yaml", """
        databaseChangeLog:
          - changeSet:
              id: 1
              author: a
              changes:
                - customChange: {class: com.example.Missing}
        """);
    LiquibaseChangelogs.Generated generated = generate("master.yaml", Dialect.POSTGRESQL, Map.of(), null, null);

    assertThat(generated.error()).startsWith("cannot read the Liquibase changelog 'master.yaml': ").contains("com.example.Missing");
  }

  /** Every dialect the Flyway side knows is generated offline and replayed to the same table. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Dialect.class)
  void everyDialectGeneratesAndReplaysTheSeedChangelog(Dialect dialect) throws Exception {
    Path seed = Path.of(getClass().getResource("/seed-liquibase/yaml/db/changelog").toURI());
    LiquibaseChangelogs.Generated generated = LiquibaseChangelogs.generate(new LiquibaseChangelogs.Request(
        "db.changelog-master.yaml", List.of(seed), dialect, Map.of(), null, null, dir.resolve(dialect.name())));

    assertThat(generated.error()).isNull();
    assertThat(generated.migrations()).hasSize(3);
    io.github.schemadrift.migration.SchemaModel schema =
        io.github.schemadrift.migration.MigrationReplayer.replay(generated.migrations(), dialect);
    assertThat(schema.tables()).hasSize(1);
    assertThat(schema.tables().values().iterator().next().columns()).hasSize(15);
  }

  @Test
  void anUnreadableChangelogIsAnErrorNotACrash() throws IOException {
    write("master.yaml", "databaseChangeLog:\n  - changeSet: [not, a, map\n");
    LiquibaseChangelogs.Generated generated = generate("master.yaml", Dialect.POSTGRESQL, Map.of(), null, null);

    assertThat(generated.error()).startsWith("cannot read the Liquibase changelog 'master.yaml': ");
    assertThat(generated.migrations()).isEmpty();
  }
}
