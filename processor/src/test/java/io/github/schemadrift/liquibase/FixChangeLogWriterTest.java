package io.github.schemadrift.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.migration.Dialect;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fix changelog's text per format: the errors' fixes run, the warnings' fixes are there but off. */
class FixChangeLogWriterTest {

  private static final List<String> ERRORS = List.of("ALTER TABLE t MODIFY a varchar(10) NOT NULL");
  private static final List<String> WARNINGS = List.of("ALTER TABLE t ALTER a SET DEFAULT 1");

  @Test
  void theWarningsFixesAreAnIgnoredChangeSetInYamlXmlAndJson() {
    String yaml = FixChangeLogWriter.content(Path.of("fix.yaml"), Dialect.MARIADB, "abc", "1.0", ERRORS, WARNINGS);
    assertThat(yaml).contains("id: schemadrift-fix-abc\n").contains("dbms: mariadb").contains("id: schemadrift-fix-abc-warnings")
        .contains("ignore: true").contains(ERRORS.get(0)).contains(WARNINGS.get(0));
    assertThat(yaml.indexOf("ignore: true")).isGreaterThan(yaml.indexOf("schemadrift-fix-abc-warnings"));

    String xml = FixChangeLogWriter.content(Path.of("fix.xml"), Dialect.MARIADB, "abc", "1.0", ERRORS, WARNINGS);
    assertThat(xml).contains("id=\"schemadrift-fix-abc-warnings\"").contains("ignore=\"true\"");
    String json = FixChangeLogWriter.content(Path.of("fix.json"), Dialect.MARIADB, "abc", "1.0", ERRORS, WARNINGS);
    assertThat(json).contains("\"ignore\": true");
  }

  @Test
  void formattedSqlKeepsTheWarningsFixesAsComments() {
    String sql = FixChangeLogWriter.content(Path.of("fix.sql"), Dialect.MARIADB, "abc", "1.0", ERRORS, WARNINGS);
    assertThat(sql).startsWith("-- liquibase formatted sql").contains("-- changeset schemadrift:schemadrift-fix-abc")
        .contains(ERRORS.get(0) + ";").contains("-- " + WARNINGS.get(0) + ";").doesNotContain("-warnings");
  }

  @Test
  void nothingToFixIsAnEmptyChangelogAndTheFormatFollowsTheMasterChangelog() {
    assertThat(FixChangeLogWriter.content(Path.of("fix.yaml"), Dialect.H2, "0", "1.0", List.of(), List.of())).doesNotContain("changeSet");
    assertThat(FixChangeLogWriter.format(Path.of("db.changelog-master.yml"))).isEqualTo("yaml");
    assertThat(FixChangeLogWriter.format(Path.of("db.changelog-master.xml"))).isEqualTo("xml");
    assertThat(FixChangeLogWriter.format(Path.of("changelog"))).isEqualTo("yaml");
  }
}
