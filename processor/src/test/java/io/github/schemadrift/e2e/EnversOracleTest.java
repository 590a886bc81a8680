package io.github.schemadrift.e2e;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.SchemaDriftProcessor;
import io.github.schemadrift.e2e.enversfull.Book;
import io.github.schemadrift.e2e.enversfull.Car;
import io.github.schemadrift.e2e.enversfull.Circle;
import io.github.schemadrift.e2e.enversfull.Disc;
import io.github.schemadrift.e2e.enversfull.Gadget;
import io.github.schemadrift.e2e.enversfull.Item;
import io.github.schemadrift.e2e.enversfull.Library;
import io.github.schemadrift.e2e.enversfull.Shape;
import io.github.schemadrift.e2e.enversfull.Shelf;
import io.github.schemadrift.e2e.enversfull.Vehicle;
import io.github.schemadrift.e2e.enversfull.Visitor;
import io.github.schemadrift.hibernateproof.HibernateDdl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate Envers 7 as the oracle for the audit tables of the {@code e2e.enversfull} model
 * (secondary tables, every kind of collection, the three inheritance strategies, modified flags):
 * Envers generates the DDL without a database, and schemadrift must expect exactly the audit tables
 * and columns it generates. Three compilations per configuration: the full DDL compiles clean;
 * without the audit tables, the missing ones reported are exactly Envers' ones; with each audit
 * table cut down to one column, the missing columns reported are exactly Envers' other columns.
 */
class EnversOracleTest {

  @TempDir Path dir;

  private static final List<Class<?>> MODEL = List.of(Library.class, Book.class, Shelf.class, Visitor.class, Item.class,
      Disc.class, Vehicle.class, Car.class, Shape.class, Circle.class, Gadget.class);

  private static final Map<String, String> VALIDITY = Map.of(
      "audit_strategy", "org.hibernate.envers.strategy.ValidityAuditStrategy",
      "audit_strategy_validity_store_revend_timestamp", "true",
      "global_with_modified_flag", "true");

  static Stream<Arguments> configurations() {
    return Stream.of(
        Arguments.of(HibernateDdl.Dialect.POSTGRESQL, false, Map.of()),
        Arguments.of(HibernateDdl.Dialect.H2, true, Map.of()),
        Arguments.of(HibernateDdl.Dialect.H2, false, VALIDITY),
        Arguments.of(HibernateDdl.Dialect.POSTGRESQL, true, VALIDITY));
  }

  @ParameterizedTest
  @MethodSource("configurations")
  void schemadriftExpectsExactlyEnversAuditTables(HibernateDdl.Dialect dialect, boolean spring, Map<String, String> envers)
      throws IOException {
    Map<String, Object> settings = new LinkedHashMap<>();
    envers.forEach((k, v) -> settings.put("org.hibernate.envers." + k, v));
    String ddl = HibernateDdl.generate(MODEL, dialect, spring, settings);
    Map<String, List<String>> tables = createdTables(ddl);
    Map<String, List<String>> audit = new TreeMap<>();
    tables.forEach((name, columns) -> {
      if (name.toLowerCase(Locale.ROOT).endsWith("_aud") || name.toLowerCase(Locale.ROOT).endsWith("_history")) {
        audit.put(name.toLowerCase(Locale.ROOT), columns);
      }
    });
    assertThat(audit).as("Envers' audit tables\n" + ddl).hasSizeGreaterThan(10);

    assertThat(findings(ddl, dialect, spring, envers, "full")).as("findings on Envers' own DDL\n" + ddl).isEmpty();

    String withoutAudit = statements(ddl).stream()
        .filter(s -> audit.keySet().stream().noneMatch(t -> mentions(s, t)))
        .reduce("", (a, b) -> a + b + ";\n");
    TreeSet<String> missingTables = new TreeSet<>();
    for (String f : findings(withoutAudit, dialect, spring, envers, "none")) {
      Matcher m = Pattern.compile("audit table '([^']+)'").matcher(f);
      assertThat(m.find()).as(f).isTrue();
      missingTables.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    assertThat(missingTables).isEqualTo(new TreeSet<>(audit.keySet()));

    StringBuilder cut = new StringBuilder(withoutAudit);
    TreeSet<String> expectedColumns = new TreeSet<>();
    audit.forEach((table, columns) -> {
      cut.append("create table ").append(table).append(" (").append(columns.get(0)).append(" integer);\n");
      columns.stream().skip(1).forEach(c -> expectedColumns.add(table + "." + c.toLowerCase(Locale.ROOT)));
    });
    TreeSet<String> missingColumns = new TreeSet<>();
    for (String f : findings(cut.toString(), dialect, spring, envers, "cut")) {
      Matcher m = Pattern.compile("column '([^']+)'").matcher(f);
      assertThat(m.find()).as(f).isTrue();
      missingColumns.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    assertThat(missingColumns).isEqualTo(expectedColumns);
  }

  /**
   * How Envers' DDL numbers revisions: a sequence ({@code REVINFO_SEQ} on PostgreSQL), each one
   * left out of the migrations reported by name and nothing else; or an identity {@code REV} (H2),
   * which, turned into a plain column, is reported once.
   */
  @ParameterizedTest
  @MethodSource("configurations")
  void schemadriftExpectsEnversRevisionNumbering(HibernateDdl.Dialect dialect, boolean spring, Map<String, String> envers)
      throws IOException {
    Map<String, Object> settings = new LinkedHashMap<>();
    envers.forEach((k, v) -> settings.put("org.hibernate.envers." + k, v));
    String ddl = HibernateDdl.generate(MODEL, dialect, spring, settings);
    Matcher sequence = Pattern.compile("(?i)^create sequence (\\S+)").matcher("");
    TreeSet<String> sequences = new TreeSet<>();
    String withoutSequences = statements(ddl).stream()
        .filter(s -> {
          if (sequence.reset(s).find()) {
            sequences.add(sequence.group(1).toLowerCase(Locale.ROOT));
            return false;
          }
          return true;
        })
        .reduce("", (a, b) -> a + b + ";\n");
    if (dialect == HibernateDdl.Dialect.H2) {
      assertThat(sequences).as("Envers' sequences on H2\n" + ddl).isEmpty();
      String plain = ddl.replaceFirst("(?i)(create table revinfo \\(rev integer) generated by default as identity", "$1 not null");
      assertThat(plain).as("REVINFO with an identity REV\n" + ddl).isNotEqualTo(ddl);
      assertThat(findings(plain, dialect, spring, envers, "noidentity"))
          .singleElement().asString().containsIgnoringCase("[schemadrift:audit-table] nothing numbers the revisions in 'revinfo.rev'");
      return;
    }
    assertThat(sequences).as("Envers' sequences\n" + ddl).isNotEmpty();
    TreeSet<String> reported = new TreeSet<>();
    for (String f : findings(withoutSequences, dialect, spring, envers, "noseq")) {
      Matcher m = Pattern.compile("no sequence '([^']+)'").matcher(f);
      assertThat(m.find()).as(f).isTrue();
      reported.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    assertThat(reported).isEqualTo(sequences);
  }

  private static boolean mentions(String statement, String table) {
    return Pattern.compile("(?i)\\b(table|exists)\\s+" + Pattern.quote(table) + "\\b").matcher(statement).find();
  }

  private static List<String> statements(String ddl) {
    return Stream.of(ddl.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Each created table's columns, in order, from Hibernate's one-line create statements. */
  private static Map<String, List<String>> createdTables(String ddl) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?i)create table (\\S+) \\((.*)\\)").matcher("");
    for (String statement : statements(ddl)) {
      if (!m.reset(statement).matches()) {
        continue;
      }
      List<String> columns = new ArrayList<>();
      int depth = 0;
      StringBuilder part = new StringBuilder();
      for (char ch : (m.group(2) + ",").toCharArray()) {
        if (ch == ',' && depth == 0) {
          String p = part.toString().trim();
          String first = p.split("\\s+")[0];
          if (!first.equalsIgnoreCase("primary") && !first.equalsIgnoreCase("unique") && !first.equalsIgnoreCase("check")) {
            columns.add(first);
          }
          part.setLength(0);
          continue;
        }
        depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
        part.append(ch);
      }
      out.put(m.group(1), columns);
    }
    return out;
  }

  private List<String> findings(String ddl, HibernateDdl.Dialect dialect, boolean spring, Map<String, String> envers,
      String name) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve(name));
    Files.writeString(migrations.resolve("V1__init.sql"), ddl);
    List<String> options = new ArrayList<>(List.of("-Aschemadrift.migrations=" + migrations,
        "-Aschemadrift.dialect=" + dialect.option(), "-Aschemadrift.naming=" + (spring ? "spring" : "jpa"),
        "-Xmaxerrs", "100000", "-Xmaxwarns", "100000"));
    envers.forEach((k, v) -> options.add("-Aschemadrift.hibernate.org.hibernate.envers." + k + "=" + v));
    Compilation compilation = javac().withProcessors(new SchemaDriftProcessor()).withOptions(options).compile(sources());
    return Fixtures.findings(compilation);
  }

  private static List<JavaFileObject> sources() throws IOException {
    return Fixtures.sourcesIn("io/github/schemadrift/e2e/enversfull");
  }
}
