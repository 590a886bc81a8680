package io.github.schemadrift.robustness;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile migrations: each gives one clear diagnostic with {@code file:line} (or the
 * option's name), the compile finishes, and nothing else is reported.
 */
class HostileInputTest {

  @TempDir Path dir;
  private Path migrations;

  /** Maps table {@code a} exactly as V1 creates it, so any other finding would be wrong. */
  private static final JavaFileObject ENTITY =
      JavaFileObjects.forSourceLines(
          "app.A",
          "package app;",
          "import jakarta.persistence.*;",
          "@Entity @Table(name = \"a\")",
          "public class A {",
          "  @Id private Long id;",
          "  private String name;",
          "}");

  @BeforeEach
  void writeFirstMigration() throws IOException {
    migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__init.sql"), "CREATE TABLE a (id BIGINT PRIMARY KEY, name TEXT);\n");
  }

  private Compilation compile(String... options) {
    List<String> all = new ArrayList<>(List.of(options));
    all.add("-Aschemadrift.migrations=" + migrations);
    return javac().withProcessors(new SchemaDriftProcessor()).withOptions(all).compile(ENTITY);
  }

  @Test
  void aBinaryFileIsSkippedWithTheOffsetOfItsFirstNulByte() throws IOException {
    byte[] bytes = {'S', 'E', 'L', 'E', 'C', 'T', ' ', '1', ';', '\n', 'P', 'K', 3, 4, 0, 0, (byte) 0xff};
    Files.write(migrations.resolve("V2__blob.sql"), bytes);

    Compilation c = compile();

    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining(
            "[schemadrift:sql-parse] V2__blob.sql:2: migration 'V2__blob.sql' looks binary (a NUL byte at byte offset 14), so it is not replayed");
  }

  @Test
  void aFileThatIsNotUtf8IsSkippedWithByteOffsetLineAndHowToReEncode() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("CREATE TABLE b (id BIGINT);\n-- caf".getBytes(StandardCharsets.UTF_8));
    out.write(0xE9); // 'é' in windows-1252
    out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    Files.write(migrations.resolve("V2__latin1.sql"), out.toByteArray());

    Compilation c = compile();

    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining(
            "[schemadrift:sql-parse] V2__latin1.sql:2: migration 'V2__latin1.sql' is not UTF-8 (byte 0xE9 at byte offset 34 cannot be decoded), so it is not replayed");
    assertThat(c).hadWarningContaining("re-encode the file, e.g. iconv -f windows-1252 -t utf-8");
  }

  @Test
  void anEmptyFileIsANoteNotAWarning() throws IOException {
    Files.write(migrations.resolve("V2__nothing.sql"), new byte[0]);
    Files.writeString(migrations.resolve("V3__blank.sql"), "\uFEFF\n  \n");

    Compilation c = compile();

    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("[schemadrift:summary] migration 'V2__nothing.sql' is empty: it changes nothing");
    assertThat(c).hadNoteContaining("[schemadrift:summary] migration 'V3__blank.sql' is empty: it changes nothing");
  }

  @Test
  void aTenThousandColumnTableIsReplayed() throws IOException {
    StringBuilder sql = new StringBuilder("CREATE TABLE wide (id BIGINT PRIMARY KEY");
    for (int i = 0; i < 10_000; i++) {
      sql.append(",\n  c").append(i).append(" VARCHAR(255)");
    }
    Files.writeString(migrations.resolve("V2__wide.sql"), sql.append(");\n"));
    JavaFileObject wide =
        JavaFileObjects.forSourceLines(
            "app.Wide",
            "package app;",
            "import jakarta.persistence.*;",
            "@Entity @Table(name = \"wide\")",
            "public class Wide {",
            "  @Id private Long id;",
            "  private String c9999;",
            "  private String c10000;",
            "}");

    Compilation c =
        javac().withProcessors(new SchemaDriftProcessor())
            .withOptions("-Aschemadrift.migrations=" + migrations)
            .compile(ENTITY, wide);

    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:missing-column] column 'wide.c10000'");
    assertThat(c).hadWarningCount(0);
  }

  @Test
  void deeplyNestedExpressionsAreStoppedAtTheParseTimeLimit() throws IOException {
    // Unbounded, JSqlParser spends minutes on each of these before it overflows the stack.
    int depth = 3000;
    Files.writeString(
        migrations.resolve("V2__nested.sql"),
        "CREATE TABLE n (id BIGINT PRIMARY KEY,\n  v INT DEFAULT " + "(".repeat(depth) + "1" + ")".repeat(depth) + ");\n"
            + "CREATE TABLE m (id BIGINT PRIMARY KEY, CHECK (" + "(".repeat(depth) + "id > 0" + ")".repeat(depth) + "));\n");

    // no entity maps 'n' or 'm', so the two lost statements are folded (level note); listed here
    Compilation c = compile("-Aschemadrift.parseTimeoutMillis=500", "-Aschemadrift.listFolded=true");

    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(0);
    assertThat(c)
        .hadNoteContaining(
            "[schemadrift:sql-parse] V2__nested.sql:1:1: parsing the statement took longer than 500 ms, so it was stopped; raise -Aschemadrift.parseTimeoutMillis if the statement is correct");
    assertThat(c).hadNoteContaining("[schemadrift:sql-parse] V2__nested.sql:3:1: parsing the statement took longer than 500 ms");
    assertThat(c).hadNoteContaining("[schemadrift:summary] 2 findings folded at level note: sql-parse 2;");
  }

  @Test
  void aParseTimeoutThatIsNotANumberNamesTheOption() {
    Compilation c = compile("-Aschemadrift.parseTimeoutMillis=soon");

    // one bad setting: a warning, the default is used, and the check goes on
    assertThat(c).hadErrorCount(0);
    assertThat(c)
        .hadWarningContaining(
            "[schemadrift:config] option 'schemadrift.parseTimeoutMillis' has invalid value 'soon'; write a number of milliseconds (0: no limit, default 2000); the default is used and the check goes on");
    assertThat(c).hadNoteContaining("[schemadrift:summary] checked ");
  }

  @Test
  void anUnknownPlaceholderIsANoteWithFileAndLine() throws IOException {
    Files.writeString(migrations.resolve("V2__schema.sql"), "-- uses a placeholder\nCREATE TABLE ${prefix}_log (id BIGINT);\n");

    Compilation c = compile();

    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .hadNoteContaining(
            "[schemadrift:summary] unknown placeholder '${prefix}' at V2__schema.sql:2 was replayed as 'prefix'");
  }

  @Test
  void aMigrationsLocationOutsideTheProjectIsReadAndSaidInTheSummary() throws IOException {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");

    Compilation c = compile("-Aschemadrift.projectDir=" + project);

    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("from " + migrations + " (outside the project directory " + project + "): 0 errors");
  }

  @Test
  void aLocationThatCannotBeReadAsADirectoryNamesTheOption() throws IOException {
    Path underAFile = migrations.resolve("V1__init.sql").resolve("sub");

    Compilation c =
        javac().withProcessors(new SchemaDriftProcessor())
            .withOptions("-Aschemadrift.migrations=" + underAFile)
            .compile(ENTITY);

    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:config] migrations directory '" + underAFile + "' does not exist");
    assertThat(c).hadErrorContaining("fix -Aschemadrift.migrations");
  }

  @Test
  void anUnreadableMigrationIsReportedWithItsName() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads files whatever their permissions");
    Path secret = Files.writeString(migrations.resolve("V2__secret.sql"), "CREATE TABLE s (id BIGINT);\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));

    Compilation c = compile();

    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[schemadrift:sql-parse] V2__secret.sql:1: cannot read migration 'V2__secret.sql'");
  }

  @Test
  void fiveMegabytesOfInsertsAreIgnoredByTheirFirstWords() throws IOException {
    StringBuilder sql = new StringBuilder(5_100_000);
    int rows = 0;
    while (sql.length() < 5_000_000) {
      sql.append("INSERT INTO a (id, name) VALUES (").append(rows++).append(", 'it''s; -- not /* a comment');\n");
    }
    Files.writeString(migrations.resolve("V2__data.sql"), sql);

    Compilation c = compile();

    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("1 statements replayed, " + rows + " ignored, 0 not understood");
    assertThat(rows).isGreaterThan(60_000);
  }
}
