package io.github.schemadrift.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationFile;
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
    System.out.println(generated);
    for (MigrationFile m : generated.migrations()) {
      System.out.println(m.displayName() + "\n" + script(m));
    }
    assertThat(generated.error()).isNull();
    assertThat(generated.migrations()).hasSize(2);
  }
}
