package io.github.schemadrift.hibernateproof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Hibernate 5.6 (javax.persistence) as the judge: the jars Maven copies to
 * {@code target/hibernate5} (processor/pom.xml, {@code copy-hibernate5}) in a class loader of their
 * own, beside the test class path's Hibernate 7. The case's javax entities and
 * {@code hibernate5/Hibernate5Judge.java} are compiled against those jars with javax.tools and run
 * there: 5.6's {@code SchemaExport} gives the DDL without a database, its {@code SchemaValidator}
 * checks a real one.
 */
final class Hibernate5Ddl {

  /** The 5.6 dialects the proof runs with, and schemadrift's name for each. */
  enum Dialect {
    H2("org.hibernate.dialect.H2Dialect", "h2"),
    POSTGRESQL("org.hibernate.dialect.PostgreSQL10Dialect", "postgresql"),
    MARIADB("org.hibernate.dialect.MariaDB103Dialect", "mariadb"),
    /** MySQL 5.7 has no sequences: 5.6 keeps {@code hibernate_sequence} as a table. */
    MYSQL("org.hibernate.dialect.MySQL57Dialect", "mysql");

    final String hibernateClass;
    final String option;

    Dialect(String hibernateClass, String option) {
      this.hibernateClass = hibernateClass;
      this.option = option;
    }
  }

  private static final Map<String, Hibernate5Ddl> COMPILED = new ConcurrentHashMap<>();

  private final URLClassLoader loader;
  private final List<String> entities;

  private Hibernate5Ddl(URLClassLoader loader, List<String> entities) {
    this.loader = loader;
    this.entities = entities;
  }

  /** The judge for the {@code @Entity} classes of a test package, compiled once per test run. */
  static Hibernate5Ddl forPackage(String pkg) {
    return COMPILED.computeIfAbsent(pkg, p -> compile(ProofEntities.sourceFiles(p),
        ProofEntities.entityNames(p).stream().map(n -> p + "." + n).toList(), jars()));
  }

  /** The judge for given source files and their entity classes (qualified names), compiled once per key. */
  static Hibernate5Ddl forSources(String key, List<Path> sources, List<String> entities) {
    return COMPILED.computeIfAbsent(key, k -> compile(sources, entities, jars()));
  }

  /** The same with Hibernate Validator 6.2 (javax.validation) and an EL beside 5.6, for Bean Validation's DDL. */
  static Hibernate5Ddl withValidator(String key, List<Path> sources, List<String> entities) {
    return COMPILED.computeIfAbsent(key, k -> compile(sources, entities, validatorJars()));
  }

  /** 5.6's jars and Hibernate Validator 6.2's, as copied by Maven (copy-hibernate5-validator). */
  static List<Path> validatorJars() {
    Path dir = jars().get(0).getParent().resolveSibling("hibernate5-validator");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = new ArrayList<>(jars());
      files.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(all::add);
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException("Hibernate Validator 6.2 is copied to " + dir.toAbsolutePath()
          + " by the Maven build (generate-test-resources)", e);
    }
  }

  /** Hibernate 5.6's jars and their dependencies, as copied by Maven. */
  static List<Path> jars() {
    Path dir = Paths.get("target/hibernate5");
    if (!Files.isDirectory(dir)) {
      dir = Paths.get("processor").resolve(dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
      if (jars.stream().noneMatch(p -> p.getFileName().toString().startsWith("hibernate-core-5.6."))) {
        throw new IllegalStateException("no hibernate-core 5.6 jar in " + dir.toAbsolutePath()
            + "; run the Maven build (generate-test-resources copies it)");
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException("Hibernate 5.6's jars are copied to " + dir.toAbsolutePath()
          + " by the Maven build (generate-test-resources)", e);
    }
  }

  /** The class path of a compilation that sees Hibernate 5.6 and javax.persistence, and nothing else. */
  static List<java.io.File> classPath() {
    return jars().stream().map(Path::toFile).toList();
  }

  private static Hibernate5Ddl compile(List<Path> sources, List<String> entities, List<Path> jars) {
    try {
      Path out = Files.createTempDirectory("hibernate5-judge");
      out.toFile().deleteOnExit();
      List<String> args = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", out.toString(), "-classpath",
          String.join(java.io.File.pathSeparator, jars.stream().map(Path::toString).toList())));
      sources.forEach(p -> args.add(p.toString()));
      for (String strategy : List.of("SpringLikePhysicalNamingStrategy", "SpringLikeImplicitNamingStrategy")) {
        // Spring Boot's naming, as the Hibernate 7 proof has it: the same naming API in 5.6
        args.add(ProofEntities.sourceDir(Hibernate5Ddl.class.getPackageName()).resolve(strategy + ".java").toString());
      }
      args.add(judgeSource().toString());
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      java.io.StringWriter errors = new java.io.StringWriter();
      int status = javac.run(null, null, new java.io.PrintStream(new java.io.ByteArrayOutputStream()) {
        @Override
        public void write(byte[] b, int off, int len) {
          errors.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
        }
      }, args.toArray(String[]::new));
      if (status != 0) {
        throw new IllegalStateException("the javax entities do not compile against Hibernate 5.6:\n" + errors);
      }
      List<URL> urls = new ArrayList<>(List.of(out.toUri().toURL()));
      for (Path jar : jars) {
        urls.add(jar.toUri().toURL());
      }
      for (String driver : List.of("org.h2.Driver", "org.postgresql.Driver", "org.mariadb.jdbc.Driver")) {
        urls.add(jarOf(driver)); // the test class path's drivers, for the validator
      }
      URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      return new Hibernate5Ddl(loader, entities);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path judgeSource() {
    Path file = Paths.get("src/test/resources/hibernate5/Hibernate5Judge.java");
    return Files.isRegularFile(file) ? file : Paths.get("processor").resolve(file);
  }

  /** Hibernate settings for Spring Boot's naming (Boot 2 configures the same two strategies for Hibernate 5). */
  static final Map<String, String> SPRING_NAMING = Map.of(
      "hibernate.physical_naming_strategy", Hibernate5Ddl.class.getPackageName() + ".SpringLikePhysicalNamingStrategy",
      "hibernate.implicit_naming_strategy", Hibernate5Ddl.class.getPackageName() + ".SpringLikeImplicitNamingStrategy");

  /** 5.6's DDL for the entities on the dialect, with more Hibernate settings. */
  String generate(Dialect dialect, Map<String, String> extra) {
    Map<String, String> settings = new HashMap<>(extra);
    settings.put("hibernate.dialect", dialect.hibernateClass);
    return (String) call("export", settings);
  }

  /**
   * 5.6's schema validator against a running database: null when it accepts the schema, else its
   * message. The test class path's H2, PostgreSQL and MariaDB drivers are loaded beside Hibernate 5.6.
   */
  String validate(Dialect dialect, String driver, String url, String user, String password, Map<String, String> extra) {
    Map<String, String> settings = new HashMap<>(extra);
    settings.put("hibernate.dialect", dialect.hibernateClass);
    settings.put("hibernate.connection.driver_class", driver);
    settings.put("hibernate.connection.url", url);
    settings.put("hibernate.connection.username", user);
    settings.put("hibernate.connection.password", password);
    return (String) call("validate", settings);
  }

  /** 5.6's per-column type verdicts against a running database: see {@code Hibernate5Judge.columnVerdicts}. */
  @SuppressWarnings("unchecked")
  Map<String, String> columnVerdicts(Dialect dialect, String driver, String url, String user, String password) {
    Map<String, String> settings = new HashMap<>();
    settings.put("hibernate.dialect", dialect.hibernateClass);
    settings.put("hibernate.connection.driver_class", driver);
    settings.put("hibernate.connection.url", url);
    settings.put("hibernate.connection.username", user);
    settings.put("hibernate.connection.password", password);
    return (Map<String, String>) call("columnVerdicts", settings);
  }

  private Object call(String method, Map<String, String> settings) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Method m = loader.loadClass("Hibernate5Judge").getMethod(method, List.class, Map.class);
      return m.invoke(null, entities, settings);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Hibernate 5.6's " + method + " failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** A JDBC driver's jar from the test class path, to load beside Hibernate 5.6 for validation. */
  static URL jarOf(String driverClass) {
    try {
      return Class.forName(driverClass).getProtectionDomain().getCodeSource().getLocation();
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A jakarta test source read as javax: {@code jakarta.persistence} becomes {@code javax.persistence}
   * and the package {@code from} becomes {@code to}; written to a temporary folder.
   */
  static Path javaxCopy(Path jakartaSource, String from, String to) {
    try {
      Path file = Files.createTempDirectory("javax-case").resolve(jakartaSource.getFileName());
      file.getParent().toFile().deleteOnExit();
      String text = Files.readString(jakartaSource);
      Files.writeString(file, text.replace("jakarta.persistence", "javax.persistence").replace("package " + from + ";", "package " + to + ";"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final java.util.regex.Pattern ENTITY =
      java.util.regex.Pattern.compile("^@Entity\\b[\\s\\S]*?\\bclass\\s+(\\w+)", java.util.regex.Pattern.MULTILINE);

  /** The qualified names of the {@code @Entity} classes of a source file of package {@code pkg}. */
  static List<String> entityNames(Path file, String pkg) {
    try {
      List<String> names = new ArrayList<>();
      java.util.regex.Matcher m = ENTITY.matcher(Files.readString(file));
      while (m.find()) {
        names.add(pkg + "." + m.group(1));
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
