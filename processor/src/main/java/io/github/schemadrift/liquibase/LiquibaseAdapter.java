package io.github.schemadrift.liquibase;

import io.github.schemadrift.liquibase.LiquibaseChangelogs.Generated;
import io.github.schemadrift.liquibase.LiquibaseChangelogs.Request;
import io.github.schemadrift.migration.Dialect;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liquibase.Contexts;
import liquibase.GlobalConfiguration;
import liquibase.LabelExpression;
import liquibase.RuntimeEnvironment;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeLogIterator;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.IgnoreChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.OfflineConnection;
import liquibase.exception.LiquibaseException;
import liquibase.logging.core.NoOpLogService;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs Liquibase offline, as {@code update-sql} against an {@code offline:<dbms>} URL does: parses
 * the changelog with Liquibase's own parsers (XML, YAML, JSON, formatted SQL; includes, properties,
 * contexts, labels and dbms filters applied by Liquibase), then has {@link ChangeSetGenerator} turn
 * each change into the SQL Liquibase generates for the dialect. No DATABASECHANGELOG bookkeeping is
 * generated. Liquibase runs in a scope of its own: this class loader (javac's context class loader
 * does not see the processor jar, so Liquibase's service loading would find nothing), no logging,
 * no XSD validation (the XSDs are not shipped), no analytics.
 */
final class LiquibaseAdapter {

  private LiquibaseAdapter() {}

  static Generated generate(Request request) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    ClassLoader own = LiquibaseAdapter.class.getClassLoader();
    thread.setContextClassLoader(own);
    try {
      ResourceAccessor accessor = accessor(request.roots());
      Map<String, Object> scope = new HashMap<>();
      scope.put(Scope.Attr.classLoader.name(), own);
      scope.put(Scope.Attr.logService.name(), new NoOpLogService());
      scope.put(Scope.Attr.ui.name(), new LoggerUIService());
      scope.put(Scope.Attr.resourceAccessor.name(), accessor);
      scope.put(GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), false);
      scope.put(GlobalConfiguration.HEADLESS.getKey(), true);
      scope.put(AnalyticsArgs.ENABLED.getKey(), false);
      return Scope.child(scope, () -> run(request, accessor));
    } catch (LiquibaseException e) {
      return Generated.failed("cannot read the Liquibase changelog '" + request.changelog() + "': " + message(e));
    } catch (Exception e) {
      RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
      throw failure;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static Generated run(Request request, ResourceAccessor accessor) throws LiquibaseException {
    Database database = offlineDatabase(request.dialect(), accessor);
    Contexts contexts = new Contexts(request.contexts());
    LabelExpression labels = new LabelExpression(request.labels());
    ChangeLogParameters parameters = new ChangeLogParameters(database);
    request.parameters().forEach(parameters::set);
    parameters.setContexts(contexts);
    parameters.setLabels(labels);
    DatabaseChangeLog changeLog =
        ChangeLogParserFactory.getInstance()
            .getParser(request.changelog(), accessor)
            .parse(request.changelog(), parameters, accessor);
    ChangeSetGenerator generator = new ChangeSetGenerator(request, accessor);
    if (!generator.changeLogPreconditionsPass(changeLog, database)) {
      return generator.result();
    }
    ChangeLogIterator iterator =
        new ChangeLogIterator(
            changeLog,
            new ContextChangeSetFilter(contexts),
            new LabelChangeSetFilter(labels),
            new DbmsChangeSetFilter(database),
            new IgnoreChangeSetFilter());
    iterator.run(generator, new RuntimeEnvironment(database, contexts, labels));
    return generator.result();
  }

  /**
   * The database Liquibase generates SQL for, with no connection. The default schema is not
   * written, so unqualified names land where the replay puts those of Flyway migrations.
   */
  private static Database offlineDatabase(Dialect dialect, ResourceAccessor accessor) throws LiquibaseException {
    Database database =
        DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new OfflineConnection("offline:" + shortName(dialect), accessor));
    database.setOutputDefaultSchema(false);
    database.setOutputDefaultCatalog(false);
    return database;
  }

  /** Liquibase's short name of a dialect. */
  static String shortName(Dialect dialect) {
    return switch (dialect) {
      case POSTGRESQL -> "postgresql";
      case MYSQL -> "mysql";
      case MARIADB -> "mariadb";
      case H2 -> "h2";
      case ORACLE -> "oracle";
      case SQLSERVER -> "mssql";
    };
  }

  private static ResourceAccessor accessor(List<Path> roots) throws FileNotFoundException {
    List<ResourceAccessor> accessors = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        accessors.add(new DirectoryResourceAccessor(root));
      }
    }
    return new CompositeResourceAccessor(accessors);
  }

  /** The exception's own message and its causes', without Liquibase's class names. */
  static String message(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null && out.length() < 600; t = t.getCause()) {
      String text = t.getMessage();
      if (text != null && !text.isBlank() && out.indexOf(text) < 0) {
        out.append(out.length() == 0 ? "" : ": ").append(text.strip());
      }
    }
    return out.length() == 0 ? e.getClass().getSimpleName() : out.toString();
  }
}
