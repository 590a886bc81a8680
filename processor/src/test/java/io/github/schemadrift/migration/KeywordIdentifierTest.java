package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names that JSqlParser takes for keywords, in every statement form, and MySQL's # comments. */
class KeywordIdentifierTest {

  private static SchemaModel replay(Dialect dialect, String script) {
    MigrationReplayer replayer = new MigrationReplayer(dialect);
    replayer.replayScript("V1__k.sql", script);
    return replayer.toModel(List.of());
  }

  private static List<String> columns(SchemaModel schema, String table) {
    return schema.table(table, false).orElseThrow().columns().stream().map(ColumnDef::name).toList();
  }

  @Test
  void keywordColumnsReplayInEveryForm() {
    SchemaModel schema =
        replay(
            Dialect.POSTGRESQL,
            "CREATE TABLE script (id INT PRIMARY KEY, sample TEXT NOT NULL, Settings INT CHECK (settings > 0),"
                + " CONSTRAINT u_sample UNIQUE (sample));\n"
                + "ALTER TABLE script ADD COLUMN statement TEXT;\n"
                + "ALTER TABLE script ADD force INT;\n"
                + "ALTER TABLE script ALTER COLUMN force SET NOT NULL;\n"
                + "ALTER TABLE script RENAME COLUMN statement TO prior;\n"
                + "ALTER TABLE script DROP COLUMN settings;\n"
                + "CREATE UNIQUE INDEX ix_prior ON script (prior);\n"
                + "CREATE TABLE returns (id INT, script_id INT REFERENCES script (id), exists INT);\n"
                + "CREATE VIEW sample_view AS SELECT s.sample, prior FROM script s;\n");
    assertThat(schema.problems()).isEmpty();
    assertThat(columns(schema, "script")).containsExactly("id", "sample", "prior", "force");
    assertThat(schema.table("script", false).orElseThrow().column(Dialect.POSTGRESQL, "force", false).orElseThrow().nullable())
        .isFalse();
    assertThat(columns(schema, "returns")).containsExactly("id", "script_id", "exists");
    assertThat(schema.view("sample_view", false)).isPresent();
    assertThat(schema.view("sample_view", false).orElseThrow().columns()).containsExactly("sample", "prior");
  }

  @Test
  void aParseThatMisreadsTheStatementIsRefusedNotReplayed() throws Exception {
    // what the old retry produced for ADD COLUMN script text: a column "column" of type "script"
    net.sf.jsqlparser.statement.Statement misread =
        net.sf.jsqlparser.parser.CCJSqlParserUtil.parse("ALTER TABLE t ADD \"column\" \"script\"");
    ParseSanity.Refusal refusal =
        ParseSanity.check(misread, "ALTER TABLE t\n  ADD COLUMN script text", Dialect.POSTGRESQL);
    assertThat(refusal).isNotNull();
    assertThat(refusal.message()).contains("'column'");
    assertThat(refusal.line()).isEqualTo(2);
    assertThat(refusal.column()).isEqualTo(7);
    net.sf.jsqlparser.statement.Statement right =
        net.sf.jsqlparser.parser.CCJSqlParserUtil.parse("ALTER TABLE t ADD COLUMN \"script\" text");
    assertThat(ParseSanity.check(right, "ALTER TABLE t ADD COLUMN script text", Dialect.POSTGRESQL)).isNull();
    // the retry that quotes the word at a parse error no longer turns COLUMN into a name
    assertThat(DdlRewriter.quoteKeywordAt("ALTER TABLE t ADD COLUMN script text", 1, 19, Dialect.POSTGRESQL)).isNull();
    SchemaModel schema = replay(Dialect.POSTGRESQL, "CREATE TABLE t (id INT);\nALTER TABLE t ADD COLUMN script text;");
    assertThat(schema.problems()).isEmpty();
    assertThat(columns(schema, "t")).containsExactly("id", "script");
  }

  @Test
  void mysqlHashCommentsBetweenColumnsAreStripped() {
    SchemaModel schema =
        replay(
            Dialect.MARIADB,
            "CREATE TABLE t (\n  id INT PRIMARY KEY, # the key\n  label VARCHAR(20) DEFAULT '#1', # a '#' in a string\n"
                + "  `a#b` INT # a quoted name\n);\n");
    assertThat(schema.problems()).isEmpty();
    assertThat(columns(schema, "t")).containsExactly("id", "label", "a#b");
    assertThat(schema.table("t", false).orElseThrow().column(Dialect.MARIADB, "label", false).orElseThrow().defaultValue())
        .isEqualTo("'#1'");
  }

  @Test
  void quotedKeywordsFoldAsTheDialectFoldsUnquotedNames() {
    assertThat(KeywordQuoting.quote("ALTER TABLE t ADD COLUMN Script text", Dialect.POSTGRESQL))
        .isEqualTo("ALTER TABLE t ADD COLUMN \"script\" text");
    assertThat(KeywordQuoting.quote("ALTER TABLE t ADD COLUMN Script text", Dialect.H2))
        .isEqualTo("ALTER TABLE t ADD COLUMN \"SCRIPT\" text");
    assertThat(KeywordQuoting.quote("ALTER TABLE t ADD COLUMN Script text", Dialect.MARIADB))
        .isEqualTo("ALTER TABLE t ADD COLUMN `Script` text");
    assertThat(KeywordQuoting.quote("ALTER TABLE t ADD COLUMN label text", Dialect.POSTGRESQL))
        .isEqualTo("ALTER TABLE t ADD COLUMN label text");
  }
}
