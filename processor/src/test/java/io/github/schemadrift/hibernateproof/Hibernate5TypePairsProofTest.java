package io.github.schemadrift.hibernateproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import io.github.schemadrift.dbproof.LocalMariaDb;
import io.github.schemadrift.dbproof.LocalPostgres;
import io.github.schemadrift.dbproof.TypePairs;
import io.github.schemadrift.migration.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's gap 9 under the Hibernate 5 mode: the (Java type, column type) pairs of
 * {@link TypePairs}, as javax entities compiled against Hibernate 5.6, judged by 5.6's own schema
 * validator on H2 (a file database), a real PostgreSQL 15 and a real MariaDB 10.11, and by
 * schemadrift with {@code -Aschemadrift.hibernate=5}. Where they disagree (5.6 accepts and
 * schemadrift reports an error; 5.6 rejects and schemadrift only warns or is silent) the pair is in
 * {@code hibernate5/type-pairs-known-differences.txt}, which the run must match exactly.
 */
class Hibernate5TypePairsProofTest {

  private static final Pattern COLUMN = Pattern.compile("^\\[schemadrift:type\\] column '([^']+)'");

  @TempDir Path dir;

  @Test
  void h2() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("h2pairs").toAbsolutePath();
    assertKnown(Dialect.H2, judge(Dialect.H2, Hibernate5Ddl.Dialect.H2, "org.h2.Driver", url, "sa"));
  }

  @Test
  void postgresql() throws Exception {
    Optional<Path> bin = LocalPostgres.binaries();
    assumeTrue(bin.isPresent(), "no PostgreSQL binaries under /usr/lib/postgresql; skipping");
    try (LocalPostgres pg = LocalPostgres.start(bin.get())) {
      assertKnown(Dialect.POSTGRESQL,
          judge(Dialect.POSTGRESQL, Hibernate5Ddl.Dialect.POSTGRESQL, "org.postgresql.Driver", pg.url(), "postgres"));
    }
  }

  @Test
  void mariadb() throws Exception {
    Optional<LocalMariaDb.Binaries> bin = LocalMariaDb.binaries();
    assumeTrue(bin.isPresent(), "no MariaDB server binaries; skipping");
    try (LocalMariaDb db = LocalMariaDb.start(bin.get())) {
      assertKnown(Dialect.MARIADB, judge(Dialect.MARIADB, Hibernate5Ddl.Dialect.MARIADB, "org.mariadb.jdbc.Driver", db.url(), "root"));
    }
  }

  /** The disagreements of one dialect, one line each: {@code dialect | Java type | column | verdicts}. */
  private List<String> judge(Dialect dialect, Hibernate5Ddl.Dialect h5, String driver, String url, String user) throws Exception {
    String ddl = TypePairs.ddl(dialect);
    try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
      for (String statement : ddl.split(";\n")) {
        s.execute(statement);
      }
    }
    List<JavaFileObject> sources = javax(TypePairs.sources(dialect));
    Compilation compilation = compile(dialect, ddl, sources);
    assertThat(compilation.errors().stream().filter(e -> !e.getMessage(null).startsWith("[schemadrift:")))
        .as("the javax pair entities compile").isEmpty();
    Map<String, Diagnostic.Kind> schemadrift = typeFindings(compilation);
    Hibernate5Ddl judge = Hibernate5Ddl.forSources("typepairs-" + dialect.optionValue(), write(sources),
        TypePairs.JAVA.stream().map(j -> "pairs.P" + j.entity()).toList());
    Map<String, String> hibernate = judge.columnVerdicts(h5, driver, url, user, "");
    List<String> disagreements = new ArrayList<>();
    int pairs = 0;
    int rejected = 0;
    for (TypePairs.JavaSide java : TypePairs.JAVA) {
      for (String type : TypePairs.COLUMNS.get(dialect)) {
        String key = java.table() + "." + TypePairs.column(type);
        assertThat(hibernate).as("Hibernate 5.6 judged %s", key).containsKey(key);
        String verdict = hibernate.get(key);
        String h5type = verdict.substring(0, verdict.indexOf('|'));
        boolean accepted = verdict.endsWith("|");
        Diagnostic.Kind kind = schemadrift.get(key);
        pairs++;
        rejected += accepted ? 0 : 1;
        String line = dialect.optionValue() + " | " + java.label() + " | " + type + " | 5.6 maps " + h5type + " | ";
        if (accepted && kind == Diagnostic.Kind.ERROR) {
          disagreements.add(line + "5.6 accepts, schemadrift reports an error");
        } else if (!accepted && kind != Diagnostic.Kind.ERROR) {
          disagreements.add(line + "5.6 rejects, schemadrift " + (kind == null ? "is silent" : "only warns"));
        }
      }
    }
    System.out.printf("[hibernate5-type-pairs] %s: %d pairs, 5.6 rejects %d, %d disagreements%n",
        dialect.optionValue(), pairs, rejected, disagreements.size());
    assertThat(pairs).isEqualTo(TypePairs.JAVA.size() * TypePairs.COLUMNS.get(dialect).size());
    assertThat(rejected).as("both verdicts occur").isPositive().isLessThan(pairs);
    // the recording validator judges as the shipped one: 5.6's plain validate stops at one of the same rejections
    String first = judge.validate(h5, driver, url, user, "", Map.of());
    assertThat(first).as("5.6's validate as shipped rejects the schema").startsWith("SchemaManagementException: ");
    assertThat(hibernate.values()).anyMatch(v -> v.endsWith("|" + first.substring("SchemaManagementException: ".length())));
    return disagreements;
  }

  /** The run's disagreements are exactly the known ones of the dialect. */
  private static void assertKnown(Dialect dialect, List<String> disagreements) throws IOException {
    disagreements.forEach(d -> System.out.println("[hibernate5-type-pairs] " + d));
    List<String> known = new ArrayList<>();
    try (InputStream in = Hibernate5TypePairsProofTest.class.getResourceAsStream("/hibernate5/type-pairs-known-differences.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith(dialect.optionValue() + " | ")) {
          known.add(line);
        }
      }
    }
    assertThat(disagreements).as("the %s pairs where schemadrift's Hibernate 5 mode and 5.6's validate disagree", dialect)
        .containsExactlyInAnyOrderElementsOf(known);
  }

  /** The jakarta pair sources read as javax. */
  private static List<JavaFileObject> javax(List<JavaFileObject> jakarta) throws IOException {
    List<JavaFileObject> out = new ArrayList<>();
    for (JavaFileObject file : jakarta) {
      String name = file.getName().replaceFirst("^/", "").replaceFirst("\\.java$", "").replace('/', '.');
      out.add(com.google.testing.compile.JavaFileObjects.forSourceString(name,
          file.getCharContent(true).toString().replace("jakarta.persistence", "javax.persistence")));
    }
    return out;
  }

  private List<Path> write(List<JavaFileObject> sources) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/pairs"));
    List<Path> files = new ArrayList<>();
    for (JavaFileObject file : sources) {
      Path path = src.resolve(Path.of(file.getName()).getFileName().toString());
      Files.writeString(path, file.getCharContent(true));
      files.add(path);
    }
    return files;
  }

  private Compilation compile(Dialect dialect, String ddl, List<JavaFileObject> sources) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__pairs.sql"), ddl);
    return javac().withProcessors(new SchemaDriftProcessor()).withClasspath(Hibernate5Ddl.classPath())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=" + dialect.optionValue(),
            "-Aschemadrift.naming=jpa", "-Aschemadrift.hibernate=5", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000")
        .compile(sources);
  }

  /** The {@code type} findings by {@code table.column} in lower case. */
  private static Map<String, Diagnostic.Kind> typeFindings(Compilation compilation) {
    Map<String, Diagnostic.Kind> findings = new HashMap<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      Matcher m = COLUMN.matcher(d.getMessage(null));
      if (m.find()) {
        Diagnostic.Kind kind = d.getKind() == Diagnostic.Kind.MANDATORY_WARNING ? Diagnostic.Kind.WARNING : d.getKind();
        assertThat(findings.put(m.group(1).toLowerCase(Locale.ROOT), kind)).as("one type finding per column").isNull();
      }
    }
    return findings;
  }
}
