package io.github.schemadrift.hibernateproof;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's own DDL for a set of entity classes, produced by its JPA schema-generation scripts
 * without any database: {@code scripts.action=create}, no JDBC metadata access.
 */
public final class HibernateDdl {

  /** The dialects the proof runs with. */
  public enum Dialect {
    POSTGRESQL("org.hibernate.dialect.PostgreSQLDialect", "postgresql"),
    H2("org.hibernate.dialect.H2Dialect", "h2");

    final String hibernateClass;
    final String schemadriftOption;

    Dialect(String hibernateClass, String schemadriftOption) {
      this.hibernateClass = hibernateClass;
      this.schemadriftOption = schemadriftOption;
    }

    public String option() {
      return schemadriftOption;
    }
  }

  private HibernateDdl() {}

  public static String generate(List<Class<?>> entities, Dialect dialect, boolean springNaming) {
    return generate(entities, dialect, springNaming, null, Map.of());
  }

  /**
   * @param implicitStrategy a value for {@code hibernate.implicit_naming_strategy} (a short name or
   *     class name) used with Hibernate's standard physical naming, or null
   */
  public static String generate(List<Class<?>> entities, Dialect dialect, boolean springNaming, String implicitStrategy) {
    return generate(entities, dialect, springNaming, implicitStrategy, Map.of());
  }

  /** The same, with more Hibernate settings ({@code org.hibernate.envers.*} for instance). */
  public static String generate(List<Class<?>> entities, Dialect dialect, boolean springNaming, Map<String, Object> extra) {
    return generate(entities, dialect, springNaming, null, extra);
  }

  private static String generate(List<Class<?>> entities, Dialect dialect, boolean springNaming, String implicitStrategy,
      Map<String, Object> extra) {
    StringWriter script = new StringWriter();
    Map<String, Object> settings = new HashMap<>();
    settings.put("hibernate.dialect", dialect.hibernateClass);
    settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
    settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
    settings.put("jakarta.persistence.schema-generation.scripts.create-target", script);
    settings.put("jakarta.persistence.validation.mode", "none");
    settings.put("hibernate.hbm2ddl.delimiter", ";");
    settings.put("hibernate.format_sql", "false");
    if (springNaming) {
      settings.put("hibernate.physical_naming_strategy", new SpringLikePhysicalNamingStrategy());
      settings.put("hibernate.implicit_naming_strategy", new SpringLikeImplicitNamingStrategy());
    }
    if (implicitStrategy != null) {
      settings.put("hibernate.implicit_naming_strategy", implicitStrategy);
    }
    settings.putAll(extra);
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.forEach(sources::addAnnotatedClass);
      Metadata metadata = sources.buildMetadata();
      if ("ddl".equals(extra.get("jakarta.persistence.validation.mode"))) {
        // Bean Validation reaches the DDL only when a session factory is built: it generates the script then
        metadata.buildSessionFactory().close();
      } else {
        SchemaManagementToolCoordinator.process(metadata, registry, settings, action -> {});
      }
      return script.toString();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
