package io.github.schemadrift.config;

import io.github.schemadrift.migration.Dialect;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dialect a plain Hibernate or JPA project states in its own files: {@code hibernate.cfg.xml},
 * {@code persistence.xml} and {@code hibernate.properties} anywhere under the main resources, by
 * their connection URL ({@code hibernate.connection.url}, {@code jakarta.persistence.jdbc.url},
 * {@code javax.persistence.jdbc.url}) or, without one, by {@code hibernate.dialect}'s class name.
 */
final class HibernateConfigDialect {

  private static final List<String> FILES = List.of("hibernate.cfg.xml", "persistence.xml", "hibernate.properties");
  private static final List<String> URL_KEYS = List.of(
      "hibernate.connection.url", "jakarta.persistence.jdbc.url", "javax.persistence.jdbc.url");

  /** Hibernate dialect class names, by a part of the simple name, most specific first. */
  private static final Map<String, Dialect> DIALECT_CLASSES = new LinkedHashMap<>();

  static {
    DIALECT_CLASSES.put("mariadb", Dialect.MARIADB);
    DIALECT_CLASSES.put("mysql", Dialect.MYSQL);
    DIALECT_CLASSES.put("postgres", Dialect.POSTGRESQL);
    DIALECT_CLASSES.put("h2", Dialect.H2);
    DIALECT_CLASSES.put("oracle", Dialect.ORACLE);
    DIALECT_CLASSES.put("sqlserver", Dialect.SQLSERVER);
  }

  private HibernateConfigDialect() {}

  static Optional<Decision<Dialect>> detect(Path projectDir, List<String> notes) {
    if (projectDir == null) {
      return Optional.empty();
    }
    Path resources = projectDir.resolve("src/main/resources");
    Map<Dialect, String> found = new LinkedHashMap<>();
    for (Path file : files(resources, notes)) {
      Map<String, String> properties = properties(file, notes);
      String where = projectDir.relativize(file).toString().replace('\\', '/');
      Optional<Map.Entry<String, Dialect>> fromFile = fromProperties(properties, where, notes);
      fromFile.ifPresent(e -> found.putIfAbsent(e.getValue(), e.getKey()));
    }
    if (found.size() == 1) {
      Map.Entry<Dialect, String> only = found.entrySet().iterator().next();
      return Optional.of(new Decision<>(only.getKey(), only.getValue()));
    }
    if (found.size() > 1) {
      notes.add("Hibernate's files name several databases (" + found.entrySet().stream()
          .map(e -> e.getValue() + " says " + e.getKey().optionValue()).collect(Collectors.joining(", ")) + "); none was used");
    }
    return Optional.empty();
  }

  /** The dialect one file states, with where: its URL first, else its dialect class. */
  private static Optional<Map.Entry<String, Dialect>> fromProperties(Map<String, String> properties, String where, List<String> notes) {
    for (String key : URL_KEYS) {
      String url = properties.get(key);
      if (url != null) {
        Optional<Dialect> dialect = JdbcUrls.dialect(url);
        if (dialect.isPresent()) {
          return Optional.of(Map.entry(key + " in " + where, dialect.get()));
        }
        notes.add(key + " in " + where + " is '" + url + "', a database schemadrift does not model");
      }
    }
    String dialectClass = properties.get("hibernate.dialect");
    if (dialectClass != null) {
      String simple = dialectClass.substring(dialectClass.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Dialect> e : DIALECT_CLASSES.entrySet()) {
        if (simple.contains(e.getKey())) {
          return Optional.of(Map.entry("hibernate.dialect " + dialectClass + " in " + where, e.getValue()));
        }
      }
      notes.add("hibernate.dialect " + dialectClass + " in " + where + " names a database schemadrift does not model");
    }
    return Optional.empty();
  }

  private static List<Path> files(Path resources, List<String> notes) {
    if (!Files.isDirectory(resources)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(resources, 4)) {
      return walk.filter(p -> FILES.contains(p.getFileName().toString()) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      notes.add("cannot list " + resources + ": " + e.getMessage());
      return List.of();
    }
  }

  private static Map<String, String> properties(Path file, List<String> notes) {
    if (!file.getFileName().toString().endsWith(".properties")) {
      List<String> problems = new ArrayList<>();
      Map<String, String> xml = HibernateSettings.xmlProperties(file, problems);
      notes.addAll(problems);
      return xml;
    }
    Map<String, String> out = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(reader);
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).trim()));
    } catch (IOException | IllegalArgumentException e) {
      notes.add("cannot read " + file + ": " + e.getMessage());
    }
    return out;
  }
}
