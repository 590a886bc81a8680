package io.github.schemadrift.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Hibernate settings that change table and column names, read from wherever the project keeps
 * them. Highest precedence first: {@code -Aschemadrift.hibernate.<key>} options,
 * {@code @SchemaDriftConfig(hibernate = "key=value")}, Spring Boot's
 * {@code spring.jpa.hibernate.naming.*} and {@code spring.jpa.properties.hibernate.*} (active
 * profiles, then the default profile), {@code META-INF/persistence.xml}, {@code hibernate.cfg.xml}
 * and {@code hibernate.properties}. Keys are Hibernate's without the {@code hibernate.} prefix
 * ({@code default_schema}).
 */
public final class HibernateSettings {

  /** The keys read, for {@code getSupportedOptions()} and the summary. */
  public static final List<String> KEYS = List.of(
      "default_schema", "physical_naming_strategy", "implicit_naming_strategy",
      "globally_quoted_identifiers", "auto_quote_keyword");

  private static final String ENVERS = "org.hibernate.envers.";

  private final SettingSources sources;
  private final List<String> problems;

  private HibernateSettings(SettingSources sources, List<String> problems) {
    this.sources = sources;
    this.problems = problems;
  }

  /**
   * Reads the settings.
   *
   * @param options the raw {@code -A} options
   * @param annotation {@code @SchemaDriftConfig(hibernate)} entries and where the annotation is, or null
   * @param spring the Spring application files
   * @param projectDir the project directory; may be null
   */
  public static HibernateSettings read(
      Map<String, String> options,
      Map.Entry<String, List<String>> annotation,
      SpringConfigReader.Result spring,
      Path projectDir) {
    List<String> problems = new ArrayList<>();
    SettingSources sources = new SettingSources();
    sources.add(new SettingSources.Source("option -Aschemadrift.hibernate.", null,
        FlywaySettings.optionSource(options, "schemadrift.hibernate.")));
    if (annotation != null) {
      Map<String, String> entries = new LinkedHashMap<>();
      SettingSources.entries(annotation.getValue(), annotation.getKey(), problems)
          .forEach((k, v) -> entries.put(k.replaceFirst("^hibernate\\.", ""), v));
      sources.add(new SettingSources.Source("", annotation.getKey(), entries));
    }
    addSpring(sources, spring, projectDir);
    if (projectDir != null) {
      Path resources = projectDir.resolve("src/main/resources");
      for (String name : List.of("META-INF/persistence.xml", "hibernate.cfg.xml")) {
        Path file = resources.resolve(name);
        if (Files.isRegularFile(file)) {
          Map<String, String> xml = xmlProperties(file, problems);
          sources.add(new SettingSources.Source("hibernate.", "src/main/resources/" + name,
              SettingSources.under(xml, "hibernate.")));
          sources.add(new SettingSources.Source("", "src/main/resources/" + name, envers(xml, "")));
        }
      }
      Path properties = resources.resolve("hibernate.properties");
      if (Files.isRegularFile(properties)) {
        Map<String, String> values = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
          Properties p = new Properties();
          p.load(reader);
          p.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, p.getProperty(k)));
        } catch (IOException | IllegalArgumentException e) {
          problems.add("cannot read " + properties + ": " + e.getMessage());
        }
        sources.add(new SettingSources.Source("hibernate.", "src/main/resources/hibernate.properties",
            SettingSources.under(values, "hibernate.")));
        sources.add(new SettingSources.Source("", "src/main/resources/hibernate.properties", envers(values, "")));
      }
    }
    return new HibernateSettings(sources, problems);
  }

  /** Spring Boot's Hibernate keys in the application files, active profiles first. */
  private static void addSpring(SettingSources sources, SpringConfigReader.Result spring, Path projectDir) {
    for (ConfigFile file : spring.effective(spring.activeProfiles())) {
      Map<String, String> resolved = new LinkedHashMap<>();
      file.properties().forEach((k, v) -> resolved.put(k, SpringConfigReader.resolveIn(file, spring, v)));
      Map<String, String> naming = new LinkedHashMap<>();
      SettingSources.under(resolved, "spring.jpa.hibernate.naming.").forEach((k, v) -> {
        String key = SettingSources.normalize(k);
        if (key.equals("physicalstrategy")) {
          naming.put(k, v);
        } else if (key.equals("implicitstrategy")) {
          naming.put(k, v);
        }
      });
      sources.add(new SettingSources.Source("spring.jpa.hibernate.naming.", file.describe(projectDir), naming));
      Map<String, String> idMappings = new LinkedHashMap<>(); // Boot 2's name for hibernate.id.new_generator_mappings
      SettingSources.under(resolved, "spring.jpa.hibernate.").forEach((k, v) -> {
        if (SettingSources.normalize(k).equals("usenewidgeneratormappings")) {
          idMappings.put(k, v);
        }
      });
      sources.add(new SettingSources.Source("spring.jpa.hibernate.", file.describe(projectDir), idMappings));
      sources.add(new SettingSources.Source("spring.jpa.properties.hibernate.", file.describe(projectDir),
          SettingSources.under(resolved, "spring.jpa.properties.hibernate.")));
      sources.add(new SettingSources.Source("spring.jpa.properties.", file.describe(projectDir), envers(resolved, "spring.jpa.properties.")));
    }
  }

  /** What could not be read. */
  public List<String> problems() {
    return problems;
  }

  /** {@code hibernate.default_schema}, if set. */
  public Optional<Decision<String>> defaultSchema() {
    return sources.get("default_schema").filter(d -> !d.value().isBlank());
  }

  /** The physical naming strategy's class name, if set. */
  public Optional<Decision<String>> physicalStrategy() {
    return sources.get("physical-strategy", "physical_naming_strategy").filter(d -> !d.value().isBlank());
  }

  /** The implicit naming strategy's class name, if set. */
  public Optional<Decision<String>> implicitStrategy() {
    return sources.get("implicit-strategy", "implicit_naming_strategy").filter(d -> !d.value().isBlank());
  }

  /** {@code hibernate.id.new_generator_mappings} (Spring Boot 2: {@code spring.jpa.hibernate.use-new-id-generator-mappings}), if set. */
  public Optional<Decision<String>> newGeneratorMappings() {
    return sources.get("id.new_generator_mappings", "use-new-id-generator-mappings").filter(d -> !d.value().isBlank());
  }

  /** {@code hibernate.globally_quoted_identifiers}, if set. */
  public Optional<Decision<String>> globallyQuoted() {
    return sources.get("globally_quoted_identifiers");
  }

  /** A setting by its key without {@code hibernate.} ({@code type.preferred_instant_jdbc_type}), if set. */
  public Optional<Decision<String>> setting(String key) {
    return sources.get(key).filter(d -> !d.value().isBlank());
  }

  /** {@code hibernate.auto_quote_keyword}, if set. */
  public Optional<Decision<String>> autoQuoteKeyword() {
    return sources.get("auto_quote_keyword");
  }

  /** The {@code org.hibernate.envers.*} entries under {@code prefix}, keys written in full. */
  private static Map<String, String> envers(Map<String, String> flat, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    SettingSources.under(flat, prefix + ENVERS).forEach((k, v) -> out.put(ENVERS + k, v));
    return out;
  }

  /** An Envers setting ({@code audit_table_suffix}), if set. */
  public Optional<Decision<String>> envers(String key) {
    return sources.get(ENVERS + key);
  }

  /**
   * The {@code <property>} elements of a {@code persistence.xml} ({@code name}/{@code value}) or a
   * {@code hibernate.cfg.xml} ({@code name} and text; a name without {@code hibernate.} gets it).
   * External DTDs are not loaded: the files name Hibernate's DTD by URL.
   */
  static Map<String, String> xmlProperties(Path file, List<String> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setExpandEntityReferences(false);
      Document document = factory.newDocumentBuilder().parse(file.toFile());
      NodeList properties = document.getElementsByTagNameNS("*", "property");
      if (properties.getLength() == 0) {
        properties = document.getElementsByTagName("property");
      }
      for (int i = 0; i < properties.getLength(); i++) {
        Element property = (Element) properties.item(i);
        String name = property.getAttribute("name").trim();
        String value = property.hasAttribute("value") ? property.getAttribute("value") : property.getTextContent();
        if (!name.isEmpty()) {
          out.put(name.startsWith("hibernate.") || name.startsWith("jakarta.") || name.startsWith("javax.")
              || name.startsWith("org.") ? name : "hibernate." + name, value.trim());
        }
      }
    } catch (Exception e) {
      problems.add("cannot read " + file + ": " + e.getMessage());
    }
    return out;
  }
}
