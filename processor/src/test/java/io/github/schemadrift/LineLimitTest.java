package io.github.schemadrift;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The house limits: no main source file over {@value #FILE_LIMIT} lines, no method (or
 * constructor) over {@value #METHOD_LIMIT} lines, in every module's {@code src/main/java}. Methods
 * are measured from javac's own parse (the Tree API's start and end positions through the file's
 * {@link LineMap}), from the first annotation or modifier to the closing brace.
 *
 * <p>The named exceptions are the table under "Exceptions to the size limits" in {@code
 * docs/architecture.md}: one row per file ({@code *}: the file and all its methods; {@code (file)}:
 * its length only) or per method (its name: every overload). A row that no longer exempts anything
 * fails too, so the table never outlives the code.
 */
class LineLimitTest {

  static final int FILE_LIMIT = 400;
  static final int METHOD_LIMIT = 60;
  static final int README_LIMIT = 350;

  private static final String TABLE_HEADING = "## Exceptions to the size limits";

  /** One row of the exceptions table. */
  record Exception(String file, String member, String reason) {
    boolean exempts(String path, String name) {
      return file.equals(path) && (member.equals("*") || member.equals(name));
    }
  }

  /** One file or method over its limit. */
  record Offender(String file, String member, int line, int lines) {
    @Override
    public String toString() {
      return member.equals("(file)")
          ? file + ": " + lines + " lines (limit " + FILE_LIMIT + ")"
          : file + ":" + line + ": method " + member + " has " + lines + " lines (limit " + METHOD_LIMIT + ")";
    }
  }

  @Test
  void everyMainSourceFileAndMethodIsWithinTheLimitsOrANamedException() throws IOException {
    Path root = repositoryRoot();
    List<Exception> exceptions = exceptions(root.resolve("docs/architecture.md"));
    List<Offender> offenders = offenders(root);
    List<String> unnamed = new ArrayList<>();
    for (Offender o : offenders) {
      String name = o.member().equals("(file)") ? "(file)" : o.member();
      if (exceptions.stream().noneMatch(e -> e.exempts(o.file(), name))) {
        unnamed.add(o.toString());
      }
    }
    List<String> stale = new ArrayList<>();
    for (Exception e : exceptions) {
      boolean used = offenders.stream()
          .anyMatch(o -> e.exempts(o.file(), o.member().equals("(file)") ? "(file)" : o.member()));
      if (!used) {
        stale.add(e.file() + " " + e.member() + " (" + e.reason() + ")");
      }
    }
    List<String> problems = new ArrayList<>();
    unnamed.forEach(u -> problems.add("over the limits and not in the exceptions table: " + u));
    stale.forEach(r -> problems.add("an exceptions row that exempts nothing any more, remove it: " + r));
    assertThat(problems)
        .as("split the offenders, or add a row with the reason to the table in docs/architecture.md")
        .isEmpty();
  }

  /** The README is the first screenful of decisions (issue 14): details go to docs/. */
  @Test
  void theReadmeStaysWithinItsBudget() throws IOException {
    int lines = Files.readAllLines(repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8).size();
    assertThat(lines).as("README.md lines; move details to docs/ and link them").isLessThanOrEqualTo(README_LIMIT);
  }

  @Test
  void theMeasureSeesALongMethodAndALongFile() throws IOException {
    StringBuilder source = new StringBuilder("class Long {\n  void shortOne() {}\n  void longOne() {\n");
    for (int i = 0; i < 70; i++) {
      source.append("    System.out.println(").append(i).append(");\n");
    }
    source.append("  }\n}\n");
    for (int i = 0; i < 340; i++) {
      source.append("// filler\n");
    }
    Path dir = Files.createTempDirectory("linelimit");
    Path file = Files.createDirectories(dir.resolve("m/src/main/java")).resolve("Long.java");
    Files.writeString(file, source);
    List<Offender> offenders = offenders(dir);
    assertThat(offenders).extracting(Offender::member).containsExactly("(file)", "longOne");
    assertThat(offenders.get(1).lines()).isEqualTo(72);
    assertThat(offenders.get(1).line()).isEqualTo(3);
  }

  /** Every file and method over its limit under {@code root}'s modules, in path order. */
  static List<Offender> offenders(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> root.relativize(p).toString().replace('\\', '/').matches("[^/]+/src/main/java/.*"))
          .sorted()
          .toList();
    }
    List<Offender> offenders = new ArrayList<>();
    for (Path file : files) {
      int lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
      if (lines > FILE_LIMIT) {
        offenders.add(new Offender(relative(root, file), "(file)", 1, lines));
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
      JavacTask task = (JavacTask) javac.getTask(null, fm, d -> { }, List.of("-proc:none"), null, units);
      SourcePositions positions = Trees.instance(task).getSourcePositions();
      for (CompilationUnitTree unit : task.parse()) {
        offenders.addAll(longMethods(relative(root, Paths.get(unit.getSourceFile().toUri())), unit, positions));
      }
    }
    offenders.sort(Comparator.comparing(Offender::file).thenComparing(o -> o.member().equals("(file)") ? 0 : 1)
        .thenComparingInt(Offender::line));
    return offenders;
  }

  private static String relative(Path root, Path file) {
    return root.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
  }

  private static List<Offender> longMethods(String path, CompilationUnitTree unit, SourcePositions positions) {
    LineMap lineMap = unit.getLineMap();
    List<Offender> found = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethod(MethodTree method, Void unused) {
        long start = positions.getStartPosition(unit, method);
        long end = positions.getEndPosition(unit, method);
        if (start >= 0 && end >= 0) {
          int first = (int) lineMap.getLineNumber(start);
          int lines = (int) lineMap.getLineNumber(end) - first + 1;
          if (lines > METHOD_LIMIT) {
            found.add(new Offender(path, method.getName().toString(), first, lines));
          }
        }
        return super.visitMethod(method, unused);
      }
    }.scan(unit, null);
    return found;
  }

  /** The rows of the exceptions table: {@code | file | member | reason |} under its heading. */
  static List<Exception> exceptions(Path architecture) throws IOException {
    List<Exception> rows = new ArrayList<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(architecture, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        inSection = line.trim().equals(TABLE_HEADING);
        continue;
      }
      if (!inSection || !line.startsWith("|")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      if (cells.length < 5) {
        continue;
      }
      String file = strip(cells[1]);
      String member = strip(cells[2]);
      if (file.equals("file") || file.startsWith("---") || file.startsWith(":-")) {
        continue; // the header and its rule
      }
      rows.add(new Exception(file, member, cells[3].trim()));
    }
    return rows;
  }

  private static String strip(String cell) {
    return cell.trim().replace("`", "");
  }

  /** The repository root: the folder above the processor module. */
  private static Path repositoryRoot() {
    Path here = Paths.get("").toAbsolutePath();
    return Files.isDirectory(here.resolve("processor")) ? here : here.getParent();
  }
}
