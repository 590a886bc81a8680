package io.github.schemadrift.fixproof;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.TestAbortedException;

/**
 * The fixes for Oracle and SQL Server, where no server is at hand: every case's fix migration is
 * pinned in a golden file ({@code src/test/resources/fixproof/golden/<dialect>/<case>.sql}), and
 * the replay itself must parse and apply every statement of it (each one replayed, none refused,
 * none ignored but the statements that move rows, which must parse) after the case's migrations in the dialect's own types; a second compile with the
 * fix added must report nothing, and the fix may use no column type the dialect lacks (the replay
 * itself accepts any type name). Regenerate the golden files with
 * {@code -Dschemadrift.updateGolden=true} and review the diff.
 */
class GoldenFixFilesTest {

  private static final Path GOLDEN = moduleDir().resolve("src/test/resources/fixproof/golden");
  private static final boolean UPDATE = Boolean.getBoolean("schemadrift.updateGolden");

  /** SQL Server's {@code SET IDENTITY_INSERT table ON|OFF}, the statement's whole syntax. */
  private static final java.util.regex.Pattern IDENTITY_INSERT =
      java.util.regex.Pattern.compile("(?i)SET IDENTITY_INSERT [\\w.\\[\\]]+ (?:ON|OFF)");

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Dialect dialect : List.of(Dialect.ORACLE, Dialect.SQLSERVER)) {
      FixProofCases.selected().forEach(c -> out.add(Arguments.of(dialect, c)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void fixIsPinnedAndReplayedWhole(Dialect dialect, FixProofCase proofCase) throws Exception {
    String skip = proofCase.notApplicable(dialect);
    if (skip != null) {
      throw new TestAbortedException("no finding to fix on " + dialect + ": " + skip);
    }
    Map<String, String> migrations = new LinkedHashMap<>();
    proofCase.migrations().forEach((file, sql) -> migrations.put(file, DialectSql.translate(sql, dialect)));
    Path db = FixProof.write(dir.resolve("db"), migrations);
    Path fixDir = Files.createDirectories(dir.resolve("fix"));
    List<String> options = new ArrayList<>(proofCase.options());
    options.add("-Aschemadrift.dialect=" + dialect.optionValue());
    Compilation before = FixProof.compile(db, FixProof.plus(options, "-Aschemadrift.fixMigration=" + fixDir), proofCase);
    assertThat(FixProof.findings(before, proofCase.ruleId())).as("findings before the fix").isNotEmpty();
    Path fix = FixProof.onlyFile(fixDir);
    String text = Files.readString(fix).replaceFirst("schemadrift \\S+:", "schemadrift <version>:");
    pin(dialect, proofCase, text);

    SchemaModel without = MigrationReplayer.replay(MigrationDiscovery.discover(List.of(db)).migrations(), dialect);
    Files.copy(fix, db.resolve(fix.getFileName()));
    SchemaModel with = MigrationReplayer.replay(MigrationDiscovery.discover(List.of(db)).migrations(), dialect);
    List<String> problems = new ArrayList<>();
    with.problems().forEach(p -> problems.add("the replay does not apply " + p.location() + ": " + p.message()));
    List<String> data = dataStatements(text);
    for (String statement : data) {
      if (IDENTITY_INSERT.matcher(statement).matches()) {
        continue; // T-SQL's session switch, which JSqlParser does not read: its whole syntax is this form
      }
      try {
        CCJSqlParserUtil.parse(statement);
      } catch (JSQLParserException e) {
        problems.add("a data statement of the fix does not parse: " + statement + ": " + e.getMessage());
      }
    }
    if (with.stats().ignored() - without.stats().ignored() != data.size()) {
      problems.add("the replay ignores " + (with.stats().ignored() - without.stats().ignored()) + " statement(s) of the fix, "
          + data.size() + " of them data statements");
    }
    if (with.stats().replayed() == without.stats().replayed()) {
      problems.add("the replay applies no statement of the fix");
    }
    DialectSql.unknownTypes(text, dialect).forEach(t -> problems.add("the fix uses type '" + t + "', which " + dialect + " does not have"));
    FixProof.findings(FixProof.compile(db, options, proofCase), "")
        .forEach(f -> problems.add("after the fix schemadrift still reports: " + f));
    String gap = proofCase.knownGap(dialect);
    if (gap != null && !problems.isEmpty()) {
      throw new TestAbortedException("known gap (issue 22): " + gap + "; today: " + problems.get(0));
    }
    assertThat(gap).as("%s now passes on %s: remove its known gap from FixProofCases", proofCase, dialect).isNull();
    assertThat(problems).as("%s on %s, fix:\n%s", proofCase, dialect, text).isEmpty();
  }

  /**
   * The fix's statements that change rows, not the schema's shape ({@code INSERT}, {@code UPDATE},
   * and SQL Server's {@code SET IDENTITY_INSERT} around an insert): the replay ignores them by
   * design, so each one only has to parse.
   */
  static List<String> dataStatements(String fix) {
    List<String> out = new ArrayList<>();
    String code = fix.lines().filter(l -> !l.startsWith("--")).collect(java.util.stream.Collectors.joining("\n"));
    for (String statement : code.split(";\n")) {
      String bare = statement.strip();
      if (bare.regionMatches(true, 0, "INSERT ", 0, 7) || bare.regionMatches(true, 0, "UPDATE ", 0, 7)
          || bare.regionMatches(true, 0, "SET IDENTITY_INSERT ", 0, 20)) {
        out.add(bare.endsWith(";") ? bare.substring(0, bare.length() - 1) : bare);
      }
    }
    return out;
  }

  private static void pin(Dialect dialect, FixProofCase proofCase, String text) throws Exception {
    Path golden = GOLDEN.resolve(dialect.optionValue()).resolve(proofCase.name() + ".sql");
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, text);
      return;
    }
    assertThat(golden).as("golden file %s; regenerate with -Dschemadrift.updateGolden=true", golden).exists();
    assertThat(text).as("the fix of %s on %s against %s", proofCase, dialect, golden).isEqualTo(Files.readString(golden));
  }

  private static Path moduleDir() {
    Path here = Paths.get("").toAbsolutePath();
    return here.endsWith("processor") ? here : here.resolve("processor");
  }
}
