package io.github.schemadrift.dbproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import io.github.schemadrift.migration.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 * Gap 9 of issue 16: the {@code type} rule agrees with Hibernate 7's schema validate on every
 * (Java type, column type) pair of {@link TypePairs}, on H2 in-process, a real PostgreSQL 15 and
 * a real MariaDB 10.11. Validate rejects a pair: schemadrift reports a {@code type} error there.
 * Validate accepts it: no {@code type} error (a warning stays allowed only for the narrowings
 * {@link #lossyWarnings} names, see docs/rules/type.md). The table each run produces is the one in
 * docs/rules/type.md; regenerate it with {@code -Dschemadrift.updateTypePairs=true}.
 */
class TypePairsProofTest {

  private static final boolean UPDATE = Boolean.getBoolean("schemadrift.updateTypePairs");
  private static final Pattern COLUMN = Pattern.compile("^\\[schemadrift:type\\] column '([^']+)'");

  @TempDir Path dir;

  @Test
  void h2() throws Exception {
    String url = "jdbc:h2:mem:typepairs;DB_CLOSE_DELAY=-1";
    judge(Dialect.H2, url, "sa", "");
  }

  @Test
  void postgresql() throws Exception {
    Optional<Path> bin = LocalPostgres.binaries();
    assumeTrue(bin.isPresent(), "no PostgreSQL binaries under /usr/lib/postgresql (.ci/run installs them); skipping");
    try (LocalPostgres pg = LocalPostgres.start(bin.get())) {
      judge(Dialect.POSTGRESQL, pg.url(), "postgres", "");
    }
  }

  @Test
  void mariadb() throws Exception {
    Optional<LocalMariaDb.Binaries> bin = LocalMariaDb.binaries();
    assumeTrue(bin.isPresent(), "no MariaDB server binaries (mariadbd, mariadb-install-db) installed; skipping");
    try (LocalMariaDb db = LocalMariaDb.start(bin.get())) {
      judge(Dialect.MARIADB, db.url(), "root", "");
    }
  }

  /**
   * The pairs validate accepts where schemadrift warns (docs/rules/policy.md: the application runs,
   * but values lose something): a {@code Double} in a single-precision column loses digits; an
   * {@code Instant} or {@code OffsetDateTime} in a timestamp without zone loses its offset (the JVM's
   * zone decides what is stored); PostgreSQL reads a {@code timestamp with time zone} back under a
   * {@code LocalDateTime} in the session's zone.
   */
  static boolean lossyWarning(Dialect dialect, String java, String column) {
    // MariaDB's real is a double, its float a single
    boolean singlePrecision = dialect == Dialect.MARIADB ? column.equals("float") : column.equals("real");
    boolean zoned = java.equals("Instant") || java.equals("OffsetDateTime") || java.equals("ZonedDateTime");
    return (java.equalsIgnoreCase("double") && singlePrecision)
        || (zoned && dialect != Dialect.MARIADB && column.equals("timestamp(6)"))
        || (java.equals("LocalDateTime") && dialect == Dialect.POSTGRESQL && column.equals("timestamp(6) with time zone"));
  }

  /** One pair's two verdicts. */
  record Pair(TypePairs.JavaSide java, String column, HibernateValidation.Verdict hibernate, Diagnostic.Kind schemadrift) {
    String disagreement(Dialect dialect) {
      boolean error = schemadrift == Diagnostic.Kind.ERROR;
      boolean warning = schemadrift == Diagnostic.Kind.WARNING;
      if (!hibernate.accepted() && !error) {
        return "validate rejects, schemadrift " + (warning ? "only warns" : "is silent") + ": " + hibernate.rejection();
      }
      if (hibernate.accepted() && error) {
        return "validate accepts, schemadrift reports an error";
      }
      if (hibernate.accepted() && warning != lossyWarning(dialect, java.label(), column)) {
        return warning ? "a warning outside the documented lossy pairs" : "no warning on a documented lossy pair";
      }
      return null;
    }
  }

  private void judge(Dialect dialect, String url, String user, String password) throws Exception {
    String ddl = TypePairs.ddl(dialect);
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      for (String statement : ddl.split(";\n")) {
        s.execute(statement);
      }
    }
    Compilation compilation = compile(dialect, ddl);
    assertThat(compilation.errors().stream().filter(e -> !e.getMessage(null).startsWith("[schemadrift:")))
        .as("the pair entities compile").isEmpty();
    Map<String, Diagnostic.Kind> schemadrift = typeFindings(compilation);
    // schemadrift's errors fail that compilation, so the classes Hibernate loads come from a plain one
    Compilation plain = javac().withOptions("-proc:none").compile(TypePairs.sources(dialect));
    assertThat(plain.errors()).isEmpty();
    ClassLoader loader = new BytesLoader(plain, getClass().getClassLoader());
    List<Class<?>> entities = new ArrayList<>();
    for (TypePairs.JavaSide java : TypePairs.JAVA) {
      entities.add(loader.loadClass("pairs.P" + java.entity()));
    }
    Map<String, HibernateValidation.Verdict> hibernate = HibernateValidation.verdicts(entities, loader, url, user, password);
    List<Pair> pairs = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    for (TypePairs.JavaSide java : TypePairs.JAVA) {
      for (String type : TypePairs.COLUMNS.get(dialect)) {
        String key = java.table() + "." + TypePairs.column(type);
        assertThat(hibernate).as("Hibernate judged %s", key).containsKey(key);
        Pair pair = new Pair(java, type, hibernate.get(key), schemadrift.get(key));
        pairs.add(pair);
        String disagreement = pair.disagreement(dialect);
        if (disagreement != null) {
          disagreements.add(java.label() + " in " + type + ": " + disagreement);
        }
      }
    }
    assertThat(pairs).hasSize(TypePairs.JAVA.size() * TypePairs.COLUMNS.get(dialect).size());
    assertThat(disagreements).as("pairs where schemadrift's type rule and Hibernate's validate disagree").isEmpty();
    assertThat(pairs).as("both verdicts occur").anyMatch(p -> p.hibernate().accepted()).anyMatch(p -> !p.hibernate().accepted());
    // the recording validator judges as the shipped one: plain validate stops at one of the same rejections
    String first = HibernateValidation.plainValidate(entities, loader, url, user, password);
    assertThat(first).as("Hibernate's validate as shipped rejects the schema").isNotNull();
    assertThat(hibernate.values()).extracting(HibernateValidation.Verdict::rejection).contains(first);
    String dialectClass = HibernateValidation.detectedDialect(loader, url, user, password);
    checkDocumented(dialect, TypePairsTable.render(dialect, dialectClass, pairs));
  }

  /** The dialect's table in docs/rules/type.md is the one this run produced. */
  private static void checkDocumented(Dialect dialect, String table) throws IOException {
    Path doc = repositoryRoot().resolve("docs/rules/type.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    String begin = "<!-- type-pairs:" + dialect.optionValue() + ":begin -->\n";
    String end = "<!-- type-pairs:" + dialect.optionValue() + ":end -->";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (UPDATE && from >= 0 && to > from) {
      Files.writeString(doc, text.substring(0, from + begin.length()) + table + text.substring(to), StandardCharsets.UTF_8);
      return;
    }
    assertThat(from).as("%s in %s", begin.trim(), doc).isNotNegative();
    assertThat(text.substring(from + begin.length(), to))
        .as("the %s table in docs/rules/type.md; regenerate with -Dschemadrift.updateTypePairs=true", dialect)
        .isEqualTo(table);
  }

  private static Path repositoryRoot() {
    Path here = Paths.get("").toAbsolutePath();
    return Files.isDirectory(here.resolve("processor")) ? here : here.getParent();
  }

  private Compilation compile(Dialect dialect, String ddl) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__pairs.sql"), ddl);
    return javac()
        .withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.dialect=" + dialect.optionValue(),
            "-Aschemadrift.naming=jpa", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000")
        .compile(TypePairs.sources(dialect));
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

  /** The compiled pair entities, loaded from the compilation's class files. */
  private static final class BytesLoader extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();

    BytesLoader(Compilation compilation, ClassLoader parent) throws IOException {
      super(parent);
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String name = file.getName().replaceFirst("^/CLASS_OUTPUT/", "").replaceFirst("\\.class$", "").replace('/', '.');
          try (InputStream in = file.openInputStream()) {
            classes.put(name, in.readAllBytes());
          }
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
