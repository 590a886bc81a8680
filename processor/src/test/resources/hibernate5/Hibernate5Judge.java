import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.internal.ClassLoaderServiceImpl;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.hbm2ddl.SchemaExport;
import org.hibernate.tool.hbm2ddl.SchemaValidator;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.internal.GroupedSchemaValidatorImpl;
import org.hibernate.tool.schema.internal.HibernateSchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Compiled by the hibernateproof tests (Hibernate5Ddl) against Hibernate 5.6's jars and run in a
 * class loader that holds only them: Hibernate 5.6's own schema export and schema validator.
 */
public final class Hibernate5Judge {

  private Hibernate5Judge() {}

  /** The DDL of 5.6's SchemaExport (create only, to a script, no database). */
  public static String export(List<String> classes, Map<String, String> settings) throws Exception {
    Map<String, Object> all = new HashMap<>(settings);
    all.put("hibernate.temp.use_jdbc_metadata_defaults", "false");
    all.putIfAbsent("javax.persistence.validation.mode", "none"); // "ddl" where a case loads a validator
    StandardServiceRegistry registry = registry(all);
    try {
      Metadata metadata = metadata(registry, classes);
      // 5.6 applies Bean Validation to the mapping when a session factory starts (its integrator)
      AutoCloseable factory = "ddl".equals(all.get("javax.persistence.validation.mode")) ? metadata.buildSessionFactory() : null;
      Path script = Files.createTempFile("hibernate5-", ".sql");
      try {
        new SchemaExport().setOutputFile(script.toString()).setOverrideOutputFileContent().setDelimiter(";")
            .setFormat(false).setHaltOnError(true).createOnly(EnumSet.of(TargetType.SCRIPT), metadata);
        return new String(Files.readAllBytes(script), "UTF-8");
      } finally {
        Files.deleteIfExists(script);
        if (factory != null) {
          factory.close();
        }
      }
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  /**
   * 5.6's schema validator against a database ({@code hibernate.connection.*} in the settings):
   * null when it accepts the schema, else its message.
   */
  public static String validate(List<String> classes, Map<String, String> settings) throws Exception {
    Map<String, Object> all = new HashMap<>(settings);
    all.put("javax.persistence.validation.mode", "none");
    StandardServiceRegistry registry = registry(all);
    try {
      new SchemaValidator().validate(metadata(registry, classes));
      return null;
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  /**
   * 5.6's grouped schema validator with only its per-column type check wrapped: for each column
   * ({@code table.column} in lower case), {@code "<5.6's DDL type>|"} when it accepts the column's
   * type, {@code "<type>|<message>"} when it rejects it.
   */
  public static Map<String, String> columnVerdicts(List<String> classes, Map<String, String> settings) throws Exception {
    Map<String, Object> all = new HashMap<>(settings);
    all.put("javax.persistence.validation.mode", "none");
    StandardServiceRegistry registry = registry(all);
    try {
      Metadata metadata = metadata(registry, classes);
      HibernateSchemaManagementTool tool = (HibernateSchemaManagementTool) registry.getService(SchemaManagementTool.class);
      Map<String, String> verdicts = new HashMap<>();
      new GroupedSchemaValidatorImpl(tool, org.hibernate.tool.schema.internal.DefaultSchemaFilter.INSTANCE) {
        @Override
        protected void validateColumnType(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column,
            org.hibernate.tool.schema.extract.spi.ColumnInformation information, Metadata md,
            org.hibernate.tool.schema.spi.ExecutionOptions options, org.hibernate.dialect.Dialect dialect) {
          String key = (table.getName() + "." + column.getName()).toLowerCase(java.util.Locale.ROOT);
          String type = column.getSqlType(dialect, md);
          try {
            super.validateColumnType(table, column, information, md, options, dialect);
            verdicts.put(key, type + "|");
          } catch (org.hibernate.tool.schema.spi.SchemaManagementException rejected) {
            verdicts.put(key, type + "|" + rejected.getMessage());
          }
        }
      }.doValidation(metadata, SchemaManagementToolCoordinator.buildExecutionOptions(all, ExceptionHandlerHaltImpl.INSTANCE));
      return verdicts;
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  /**
   * A registry whose Java services (integrators, type contributors) come from this class loader
   * only: 5.6's own service lookup also asks the system class loader, which holds the tests'
   * Hibernate 7 and its services.
   */
  private static StandardServiceRegistry registry(Map<String, Object> settings) {
    ClassLoader own = Hibernate5Judge.class.getClassLoader();
    ClassLoaderServiceImpl classes = new ClassLoaderServiceImpl(own) {
      @Override
      public <S> Collection<S> loadJavaServices(Class<S> contract) {
        List<S> services = new ArrayList<>();
        ServiceLoader.load(contract, own).forEach(services::add);
        return services;
      }
    };
    BootstrapServiceRegistry boot = new BootstrapServiceRegistryBuilder().applyClassLoaderService(classes).build();
    return new StandardServiceRegistryBuilder(boot).applySettings(settings).build();
  }

  private static Metadata metadata(StandardServiceRegistry registry, List<String> classes) throws ClassNotFoundException {
    MetadataSources sources = new MetadataSources(registry);
    ClassLoader loader = Hibernate5Judge.class.getClassLoader();
    for (String name : classes) {
      sources.addAnnotatedClass(Class.forName(name, true, loader));
    }
    return sources.buildMetadata();
  }
}
