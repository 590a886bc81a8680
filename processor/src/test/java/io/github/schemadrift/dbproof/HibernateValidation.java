package io.github.schemadrift.dbproof;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.extract.spi.ColumnInformation;
import org.hibernate.tool.schema.internal.DefaultSchemaFilter;
import org.hibernate.tool.schema.internal.GroupedSchemaValidatorImpl;
import org.hibernate.tool.schema.internal.HibernateSchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.SchemaValidator;

/**
 * Hibernate 7's {@code jakarta.persistence.schema-generation.database.action=validate} against a
 * live database, run so that it judges every column instead of stopping at the first one it
 * rejects: the validator is Hibernate's own ({@link GroupedSchemaValidatorImpl}), reading the
 * database's JDBC metadata, and only its per-column type check is wrapped to record the verdict.
 * The dialect is the one Hibernate detects from the connection, as an application gets it.
 */
final class HibernateValidation {

  private HibernateValidation() {}

  /**
   * Validate's verdict on one column: the DDL type Hibernate would create for the attribute, and
   * Hibernate's message when it rejects the column (null when it accepts it).
   */
  record Verdict(String hibernateType, String rejection) {
    boolean accepted() {
      return rejection == null;
    }
  }

  /** Each mapped column's verdict, keyed {@code table.column} in lower case. */
  static Map<String, Verdict> verdicts(List<Class<?>> entities, ClassLoader loader, String url, String user, String password) {
    Map<String, Verdict> verdicts = new TreeMap<>();
    run(entities, loader, url, user, password, new CollectingTool(verdicts));
    return verdicts;
  }

  /**
   * Hibernate's validate exactly as shipped, which throws on the first column it rejects; the
   * message, or null when it accepts the whole schema.
   */
  static String plainValidate(List<Class<?>> entities, ClassLoader loader, String url, String user, String password) {
    try {
      run(entities, loader, url, user, password, null);
      return null;
    } catch (SchemaManagementException rejected) {
      return rejected.getMessage();
    }
  }

  /** The dialect class Hibernate detects on this connection. */
  static String detectedDialect(ClassLoader loader, String url, String user, String password) {
    StandardServiceRegistry registry = registry(loader, url, user, password, null);
    try {
      return registry.requireService(org.hibernate.engine.jdbc.env.spi.JdbcEnvironment.class).getDialect().getClass().getSimpleName();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  private static void run(List<Class<?>> entities, ClassLoader loader, String url, String user, String password,
      HibernateSchemaManagementTool tool) {
    StandardServiceRegistry registry = registry(loader, url, user, password, tool);
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.forEach(sources::addAnnotatedClass);
      Metadata metadata = sources.buildMetadata();
      Map<String, Object> settings = new HashMap<>(registry.requireService(
          org.hibernate.engine.config.spi.ConfigurationService.class).getSettings());
      SchemaManagementToolCoordinator.process(metadata, registry, settings, action -> {});
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  private static StandardServiceRegistry registry(ClassLoader loader, String url, String user, String password,
      HibernateSchemaManagementTool tool) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("jakarta.persistence.jdbc.url", url);
    settings.put("jakarta.persistence.jdbc.user", user);
    settings.put("jakarta.persistence.jdbc.password", password);
    settings.put("jakarta.persistence.schema-generation.database.action", "validate");
    settings.put("jakarta.persistence.validation.mode", "none");
    if (tool != null) {
      settings.put("hibernate.schema_management_tool", tool);
    }
    // the pair entities live in a class loader of their own, which Hibernate's class loading must see
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
    return new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
  }

  /** Hibernate's schema tool with a validator that records instead of throwing. */
  private static final class CollectingTool extends HibernateSchemaManagementTool {
    private final Map<String, Verdict> verdicts;

    CollectingTool(Map<String, Verdict> verdicts) {
      this.verdicts = verdicts;
    }

    @Override
    public SchemaValidator getSchemaValidator(Map<String, Object> options) {
      return new GroupedSchemaValidatorImpl(this, DefaultSchemaFilter.INSTANCE) {
        @Override
        protected void validateColumnType(Table table, Column column, ColumnInformation information, Metadata metadata,
            Dialect dialect) {
          String key = (table.getName() + "." + column.getName()).toLowerCase(Locale.ROOT);
          String type = column.getSqlType(metadata);
          try {
            super.validateColumnType(table, column, information, metadata, dialect);
            verdicts.put(key, new Verdict(type, null));
          } catch (SchemaManagementException rejected) {
            verdicts.put(key, new Verdict(type, rejected.getMessage()));
          }
        }
      };
    }
  }
}
