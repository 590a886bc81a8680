package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 12, end to end: a missing column on a table that DDL the replay cannot see names
 * (SQL built at run time in a Java-based migration, or a PL/pgSQL {@code EXECUTE} of a built
 * string) is a warning that names that DDL, not an error. DDL that names another table explains
 * nothing, and the warning is suppressible like the error it replaces.
 */
class UnseenDdlSofteningTest {

  @TempDir Path dir;

  private static final String CREATE = "CREATE TABLE accounts (id BIGINT PRIMARY KEY);\n";

  /** A Java-based migration that adds a column named at run time to {@code table}. */
  private static String javaMigration(String table) {
    return "package db.migration;\n\n"
        + "import org.flywaydb.core.api.migration.BaseJavaMigration;\n"
        + "import org.flywaydb.core.api.migration.Context;\n\n"
        + "public class V2__Extra_columns extends BaseJavaMigration {\n"
        + "  public void migrate(Context context) throws Exception {\n"
        + "    String column = System.getenv(\"EXTRA_COLUMN\");\n"
        + "    try (var s = context.getConnection().createStatement()) {\n"
        + "      s.execute(\"ALTER TABLE " + table + " ADD COLUMN \" + column + \" VARCHAR(40)\");\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
  }

  /** A DO block that adds a column named at run time to {@code table} through EXECUTE. */
  private static String dynamicExecute(String table) {
    return "DO $$\nDECLARE col text := 'nick' || 'name';\nBEGIN\n"
        + "  EXECUTE 'ALTER TABLE " + table + " ADD COLUMN ' || col || ' varchar(40)';\nEND $$;\n";
  }

  private static JavaFileObject account(String... annotationsOnNickname) {
    return Fixtures.source("app.Account",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"accounts\")",
        "public class Account {",
        "  @Id private Long id;",
        "  " + String.join(" ", annotationsOnNickname) + " private String nickname;",
        "}");
  }

  private Compilation compile(String name, Map<String, String> migrations, JavaFileObject source) {
    Path db = Fixtures.migrations(dir.resolve(name), migrations);
    return Fixtures.compile(db, List.of("-Aschemadrift.dialect=postgresql"), source);
  }

  @Test
  void aColumnAJavaMigrationCouldAddAtRunTimeIsAWarningThatSaysSo() {
    JavaFileObject source = account();
    Compilation c = compile("java", Map.of("V1__accounts.sql", CREATE, "V2__Extra_columns.java", javaMigration("accounts")), source);
    assertThat(c).succeeded();
    assertThat(c).hadErrorCount(0);
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[schemadrift:missing-column] column 'accounts.nickname'")
        .inFile(source).onLineContaining("private String nickname");
    assertThat(c).hadWarningContaining("; DDL the replay cannot see (SQL built at run time in a Java-based migration at "
        + "V2__Extra_columns.java:10) names table 'accounts' and could explain this");
  }

  @Test
  void aColumnADynamicExecuteCouldAddIsAWarningThatSaysSo() {
    JavaFileObject source = account();
    Compilation c = compile("execute", Map.of("V1__accounts.sql", CREATE, "V2__extra_columns.sql", dynamicExecute("accounts")), source);
    assertThat(c).succeeded();
    assertThat(c).hadErrorCount(0);
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[schemadrift:missing-column] column 'accounts.nickname'")
        .inFile(source).onLineContaining("private String nickname");
    assertThat(c).hadWarningContaining("at V2__extra_columns.sql:4) names table 'accounts' and could explain this");
  }

  @Test
  void dynamicDdlOnAnotherTableExplainsNothing() {
    JavaFileObject source = account();
    Compilation java = compile("other-java", Map.of("V1__accounts.sql", CREATE + "CREATE TABLE audit_log (id BIGINT);\n",
        "V2__Extra_columns.java", javaMigration("audit_log")), source);
    assertThat(java).hadErrorCount(1);
    assertThat(java).hadErrorContaining("[schemadrift:missing-column] column 'accounts.nickname'")
        .inFile(source).onLineContaining("private String nickname");
    assertThat(java).hadWarningCount(0);

    Compilation execute = compile("other-execute", Map.of("V1__accounts.sql", CREATE + "CREATE TABLE audit_log (id BIGINT);\n",
        "V2__extra_columns.sql", dynamicExecute("audit_log")), source);
    assertThat(execute).hadErrorCount(1);
    assertThat(execute).hadErrorContaining("[schemadrift:missing-column] column 'accounts.nickname'")
        .inFile(source).onLineContaining("private String nickname");
  }

  @Test
  void withoutUnseenDdlTheMissingColumnStaysAnError() {
    JavaFileObject source = account();
    Compilation c = compile("plain", Map.of("V1__accounts.sql", CREATE), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:missing-column] column 'accounts.nickname'")
        .inFile(source).onLineContaining("private String nickname");
  }

  @Test
  void theSoftenedWarningIsSuppressedLikeTheError() {
    JavaFileObject source = account("@SuppressWarnings(\"schemadrift:missing-column\")");
    Compilation java = compile("suppressed-java", Map.of("V1__accounts.sql", CREATE, "V2__Extra_columns.java", javaMigration("accounts")), source);
    assertThat(java).succeededWithoutWarnings();
    Compilation execute = compile("suppressed-execute", Map.of("V1__accounts.sql", CREATE, "V2__extra_columns.sql", dynamicExecute("accounts")), source);
    assertThat(execute).succeededWithoutWarnings();
  }
}
