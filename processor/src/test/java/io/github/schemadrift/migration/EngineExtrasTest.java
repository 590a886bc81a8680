package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rewrites for JSqlParser's gaps, the richer model, placeholders and discovery extras. */
class EngineExtrasTest {

  private static SchemaModel replay(Dialect dialect, String script) {
    MigrationReplayer replayer = new MigrationReplayer(dialect, Placeholders.of(Map.of("schema", "app"), dialect));
    replayer.replayScript("V1__t.sql", script);
    return replayer.toModel(List.of());
  }

  @Test
  void rewritesCoverWhatJsqlParserCannotParse() {
    SchemaModel s =
        replay(
            Dialect.POSTGRESQL,
            "CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(5), fk INT);\n"
                + "ALTER TABLE t ALTER COLUMN a SET DATA TYPE VARCHAR(9);\n"
                + "CREATE SEQUENCE IF NOT EXISTS s START WITH 5 INCREMENT BY 2;\n"
                + "CREATE INDEX ix ON t (a);\nDROP INDEX CONCURRENTLY ix;\n"
                + "CREATE TYPE mood AS ENUM ('A');\nDROP TYPE IF EXISTS mood;\n");
    assertThat(s.problems()).isEmpty();
    TableDef t = s.table("t", false).orElseThrow();
    assertThat(t.column(Dialect.POSTGRESQL, "a", false).orElseThrow().type().length()).isEqualTo(9);
    assertThat(t.column(Dialect.POSTGRESQL, "a", false).orElseThrow().lastChanged().line()).isEqualTo(2);
    assertThat(t.indexes()).isEmpty();
    assertThat(s.sequence("s", false).orElseThrow().increment()).isEqualTo(2);
    assertThat(s.enumTypes()).isEmpty();

    SchemaModel m =
        replay(
            Dialect.MYSQL,
            "CREATE TABLE p (id INT PRIMARY KEY);\n"
                + "CREATE TABLE c (id INT PRIMARY KEY, p_id INT, active TINYINT(1), kind ENUM('X','Y') NOT NULL,\n"
                + "  CONSTRAINT fk_c_p FOREIGN KEY (p_id) REFERENCES p (id));\n"
                + "ALTER TABLE c DROP FOREIGN KEY fk_c_p;\n"
                + "ALTER TABLE c CHANGE active deleted TINYINT(1) NOT NULL;\n");
    assertThat(m.problems()).isEmpty();
    TableDef c = m.table("c", false).orElseThrow();
    assertThat(c.foreignKeys()).isEmpty();
    assertThat(c.column(Dialect.MYSQL, "deleted", false).orElseThrow().nullable()).isFalse();
    assertThat(c.column(Dialect.MYSQL, "kind", false).orElseThrow().enumValues()).containsExactly("X", "Y");
  }

  @Test
  void checksWithInListsAndForeignKeysAreModelled() {
    SchemaModel s =
        replay(
            Dialect.POSTGRESQL,
            "CREATE TABLE ${schema}.u (id BIGSERIAL PRIMARY KEY);\n"
                + "CREATE TABLE v (id INT PRIMARY KEY, u_id BIGINT REFERENCES u(id) ON DELETE CASCADE,\n"
                + "  status VARCHAR(10) CHECK (status IN ('NEW', 'DONE')), code VARCHAR(3) UNIQUE);\n"
                + "ALTER TABLE u RENAME TO users;\n");
    assertThat(s.problems()).isEmpty();
    TableDef v = s.table("v", false).orElseThrow();
    assertThat(v.foreignKeys()).singleElement().satisfies(f -> {
      assertThat(f.referencedTable()).isEqualTo("users");
      assertThat(f.onDelete()).isEqualTo("CASCADE");
    });
    assertThat(v.checks()).singleElement().satisfies(ch -> {
      assertThat(ch.column()).isEqualTo("status");
      assertThat(ch.allowedValues()).containsExactly("NEW", "DONE");
    });
    assertThat(v.uniques()).singleElement().satisfies(u -> assertThat(u.columns()).containsExactly("code"));
    assertThat(s.table("users", false).orElseThrow().schema()).isEqualTo("app");
    assertThat(SchemaJsonExport.toJson(s)).contains("\"referencedTable\": \"users\"").contains("\"lastChanged\": \"V1__t.sql:2\"");
  }

  @Test
  void unknownPlaceholderIsANoteWithFileAndLine() {
    MigrationReplayer replayer = new MigrationReplayer(Dialect.H2);
    replayer.replayScript("V2__p.sql", "\uFEFF-- bom\nCREATE TABLE ${missing}.t (id INT);\n");
    SchemaModel s = replayer.toModel(List.of());
    assertThat(s.notes()).singleElement().asString().contains("${missing}").contains("V2__p.sql:2");
    assertThat(s.table("T", false)).isPresent();
  }

  @Test
  void baselineReplacesEarlierVersionsAndUndoIsIgnored(@TempDir Path dir) throws Exception {
    for (String name : List.of("V1__a.sql", "V2__b.sql", "B2__base.sql", "V3__c.sql", "U3__undo.sql", "R__r.sql", "V4__Backfill.class")) {
      Files.writeString(dir.resolve(name), "SELECT 1;");
    }
    MigrationDiscovery.Result r = MigrationDiscovery.discover(List.of(dir));
    assertThat(r.migrations()).extracting(MigrationFile::displayName).containsExactly("B2__base.sql", "V3__c.sql", "R__r.sql");
    assertThat(r.javaMigrations()).containsExactly("V4__Backfill.class");
    assertThat(r.errors()).isEmpty();
  }
}
