package io.github.schemadrift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way users add the processor, as a real Maven build of a small fixture project: the shaded
 * jar as a plain {@code provided} dependency (found through {@code META-INF/services}), on
 * {@code annotationProcessorPaths}, and there beside Lombok and Hibernate's own processor in
 * either order. Every build runs on JDK 17 and, where it is installed, on JDK 25, and both must
 * report the same findings.
 *
 * <p>The fixture builds use a local repository of their own: symbolic links to every folder of
 * this build's local repository, except that {@code io/github/schemadrift} holds the shaded jar
 * of this build. So they run offline, and nothing is installed into the shared repository.
 */
class WiringIT {

  @TempDir static Path work;

  private static Path repository;

  private static final Path FIXTURES = Fixtures.resource("wiring");

  /** One schemadrift diagnostic, as Maven prints it: {@code [ERROR] /path/Account.java:[16,39] [schemadrift:...] ...}. */
  record Finding(String level, String file, int line, String message) {}

  /** What one build printed and how it ended. */
  record Build(int exitCode, String output, List<Finding> findings, Path project) {
    String summary() {
      Matcher m = Pattern.compile("\\[schemadrift:summary\\][^\\n]*").matcher(output);
      return m.find() ? m.group() : null;
    }
  }

  private static final Pattern DIAGNOSTIC =
      Pattern.compile("^\\[(ERROR|WARNING)\\] (/\\S+\\.java):\\[(\\d+),\\d+\\] (\\[schemadrift:[^\\]]+\\].*)$", Pattern.MULTILINE);

  @BeforeAll
  static void localRepository() throws IOException {
    repository = work.resolve("repo");
    Path shared = Paths.get(property("schemadrift.localRepository"));
    linkAllBut(shared, repository, List.of("io", "github", "schemadrift"));
    Path dir = repository.resolve("io/github/schemadrift/schemadrift-processor/" + property("schemadrift.version"));
    Files.createDirectories(dir);
    String base = "schemadrift-processor-" + property("schemadrift.version");
    Files.copy(EclipseCompilerIT.shadedJar(), dir.resolve(base + ".jar"));
    Files.writeString(
        dir.resolve(base + ".pom"),
        "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
            + "<groupId>io.github.schemadrift</groupId><artifactId>schemadrift-processor</artifactId>"
            + "<version>" + property("schemadrift.version") + "</version></project>\n");
  }

  /** Links every entry of {@code from} into {@code to}, descending instead along {@code path}. */
  private static void linkAllBut(Path from, Path to, List<String> path) throws IOException {
    Files.createDirectories(to);
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> entries = Files.list(from)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (!path.isEmpty() && name.equals(path.get(0))) {
          if (path.size() > 1) {
            linkAllBut(entry, to.resolve(name), path.subList(1, path.size()));
          }
        } else {
          Files.createSymbolicLink(to.resolve(name), entry);
        }
      }
    }
  }

  // --- the ways in -------------------------------------------------------------------------

  private static final String PROVIDED_DEPENDENCY =
      dependency("io.github.schemadrift", "schemadrift-processor", "${schemadrift.version}", "provided");

  private static final String PROCESSOR_PATH_SCHEMADRIFT = path("io.github.schemadrift", "schemadrift-processor", "${schemadrift.version}");
  private static final String PROCESSOR_PATH_LOMBOK = path("org.projectlombok", "lombok", "${lombok.version}");
  private static final String PROCESSOR_PATH_HIBERNATE = path("org.hibernate.orm", "hibernate-processor", "${hibernate.version}");

  @Test
  void classPathOnJdk17FindsTheDrift() throws Exception {
    Build build = build("classpath-17", jdk17(), "drift", PROVIDED_DEPENDENCY, null, "");
    assertDrift(build);
  }

  @Test
  void classPathOnJdk25NeedsProcFullAndThenFindsTheSame() throws Exception {
    Path jdk25 = jdk25();
    Build without = build("classpath-25-default", jdk25, "drift", PROVIDED_DEPENDENCY, null, "");
    // JDK 23+ runs no processor found on the class path unless told: the build passes unchecked.
    assertThat(without.exitCode()).as(without.output()).isZero();
    assertThat(without.output()).doesNotContain("[schemadrift:");

    Build with = build("classpath-25-full", jdk25, "drift", PROVIDED_DEPENDENCY, null, "<proc>full</proc>");
    assertDrift(with);
    assertSameFindings(build("classpath-17-full", jdk17(), "drift", PROVIDED_DEPENDENCY, null, "<proc>full</proc>"), with);
  }

  @Test
  void processorPathOnJdk17AndJdk25FindsTheSame() throws Exception {
    Build on17 = build("path-17", jdk17(), "drift", "", PROCESSOR_PATH_SCHEMADRIFT, "");
    assertDrift(on17);
    Build on25 = build("path-25", jdk25(), "drift", "", PROCESSOR_PATH_SCHEMADRIFT, "");
    assertDrift(on25);
    assertSameFindings(on17, on25);
  }

  @Test
  void besideLombokAndHibernateProcessorInEitherOrder() throws Exception {
    for (String order : List.of("first", "last")) {
      String paths =
          order.equals("first")
              ? PROCESSOR_PATH_SCHEMADRIFT + PROCESSOR_PATH_LOMBOK + PROCESSOR_PATH_HIBERNATE
              : PROCESSOR_PATH_LOMBOK + PROCESSOR_PATH_HIBERNATE + PROCESSOR_PATH_SCHEMADRIFT;
      for (Path jdk : List.of(jdk17(), jdk25())) {
        Build build = build("coexist-" + order + "-" + jdk.getFileName(), jdk, "coexist", "", paths, "");
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.findings()).as(build.output()).isEmpty();
        assertThat(build.summary()).as(build.output()).contains("checked 2 entities against 2 migrations (mysql").contains(": 0 errors, 0 warnings");
        // Hibernate's processor wrote the metamodel and Lombok the accessors that Usage calls.
        assertThat(build.project().resolve("target/classes/app/Customer_.class")).exists();
        assertThat(build.project().resolve("target/classes/app/Usage.class")).exists();
      }
    }
  }

  @Test
  void driftBesideLombokAndHibernateProcessorIsStillFound() throws Exception {
    Build build =
        build("coexist-drift", jdk17(), "coexist,drift", "", PROCESSOR_PATH_LOMBOK + PROCESSOR_PATH_HIBERNATE + PROCESSOR_PATH_SCHEMADRIFT, "");
    assertDrift(build);
  }

  // --- assertions --------------------------------------------------------------------------

  /** The drift fixture's one finding, at its line, with the dialect detected from application.properties. */
  private static void assertDrift(Build build) throws IOException {
    assertThat(build.exitCode()).as(build.output()).isNotZero();
    Path account = build.project().resolve("src/main/java/app/Account.java");
    List<String> lines = Files.readAllLines(account);
    int line = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("name = \"nickname\", nullable = false")) {
        line = i + 1;
      }
    }
    // Maven repeats the error in its failure summary: compare distinct findings. The fix SQL at
    // the end belongs to the rule's own tests; here the finding, its place and its subject count.
    Set<Finding> distinct = Set.copyOf(build.findings());
    assertThat(distinct).as(build.output()).hasSize(1);
    Finding finding = distinct.iterator().next();
    assertThat(finding.level()).isEqualTo("ERROR");
    assertThat(finding.file()).isEqualTo(account.toString());
    assertThat(finding.line()).isEqualTo(line);
    assertThat(finding.message())
        .startsWith("[schemadrift:nullability] column 'accounts.nickname' is nullable (V1__accounts.sql:1) but field 'nickname' is declared nullable = false;")
        .contains("ALTER TABLE accounts MODIFY nickname");
    assertThat(build.summary()).as(build.output())
        .contains("(mysql, ")
        .contains("dialect mysql from spring.datasource.url in src/main/resources/application.properties");
  }

  private static void assertSameFindings(Build a, Build b) {
    assertThat(relative(b)).as("JDK 25 against JDK 17").isEqualTo(relative(a));
  }

  private static Set<Finding> relative(Build build) {
    Set<Finding> out = new java.util.TreeSet<>(java.util.Comparator.comparing(Finding::toString));
    for (Finding f : build.findings()) {
      out.add(new Finding(f.level(), build.project().relativize(Paths.get(f.file())).toString(), f.line(), f.message()));
    }
    return out;
  }

  // --- running a fixture build -------------------------------------------------------------

  private static Build build(String name, Path javaHome, String overlays, String dependencies, String processorPaths, String compilerExtra)
      throws IOException, InterruptedException {
    Path project = work.resolve(name);
    copy(FIXTURES.resolve("common"), project);
    for (String overlay : overlays.split(",")) {
      copy(FIXTURES.resolve(overlay), project);
    }
    Files.writeString(project.resolve("pom.xml"), pom(dependencies, processorPaths, compilerExtra));
    Path log = project.resolve("build.log");
    List<String> command = new ArrayList<>(List.of(
        Paths.get(property("schemadrift.mavenHome"), "bin", "mvn").toString(),
        "-B", "-o", "-Dmaven.repo.local=" + repository,
        "-Dschemadrift.version=" + property("schemadrift.version"),
        "-Dlombok.version=" + property("schemadrift.lombokVersion"),
        "-Dhibernate.version=" + property("schemadrift.hibernateProcessorVersion"),
        "-Djakarta.persistence.version=" + property("schemadrift.jakartaPersistenceVersion"),
        "compile"));
    ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("JAVA_HOME", javaHome.toString());
    pb.environment().remove("MAVEN_ARGS");
    Process process = pb.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the fixture build " + name + " did not end; its log: " + log);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    List<Finding> findings = new ArrayList<>();
    Matcher m = DIAGNOSTIC.matcher(output);
    while (m.find()) {
      findings.add(new Finding(m.group(1), m.group(2), Integer.parseInt(m.group(3)), m.group(4).trim()));
    }
    assertThat(output).as("the fixture build ran on the JDK it was given").contains("Building wiring-fixture");
    return new Build(process.exitValue(), output, findings, project);
  }

  private static String pom(String dependencies, String processorPaths, String compilerExtra) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
        + "  <modelVersion>4.0.0</modelVersion>\n"
        + "  <groupId>fixture</groupId><artifactId>wiring-fixture</artifactId><version>1</version>\n"
        + "  <name>wiring-fixture</name>\n"
        + "  <properties>\n"
        + "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>\n"
        + "    <maven.compiler.release>17</maven.compiler.release>\n"
        + "  </properties>\n"
        + "  <dependencies>\n"
        + dependency("jakarta.persistence", "jakarta.persistence-api", "${jakarta.persistence.version}", "compile")
        + (processorPaths != null && processorPaths.contains("lombok")
            ? dependency("org.projectlombok", "lombok", "${lombok.version}", "provided") : "")
        + dependencies
        + "  </dependencies>\n"
        + "  <build><plugins>\n"
        + "    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>\n"
        + "    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version>\n"
        + "      <configuration>\n"
        + (processorPaths == null ? "" : "        <annotationProcessorPaths>\n" + processorPaths + "        </annotationProcessorPaths>\n")
        + "        " + compilerExtra + "\n"
        + "      </configuration>\n"
        + "    </plugin>\n"
        + "  </plugins></build>\n"
        + "</project>\n";
  }

  private static String dependency(String group, String artifact, String version, String scope) {
    return "    <dependency><groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>" + version
        + "</version><scope>" + scope + "</scope></dependency>\n";
  }

  private static String path(String group, String artifact, String version) {
    return "          <path><groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>" + version + "</version></path>\n";
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Path jdk17() {
    return Paths.get(System.getProperty("java.home"));
  }

  /** JDK 25, which CI must have: the check that today's javac runs us the same way. */
  private static Path jdk25() {
    Path jdk = Paths.get(property("schemadrift.jdk25"));
    assertThat(jdk.resolve("bin/javac")).as("JDK 25 (set -Dschemadrift.jdk25=<its home>)").exists();
    return jdk;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property " + name + " (set by failsafe in processor/pom.xml)").isNotBlank();
    return value;
  }
}
