package io.github.schemadrift.liquibase;

import io.github.schemadrift.migration.Dialect;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import liquibase.logging.core.NoOpLogService;
import liquibase.serializer.ChangeLogSerializer;
import liquibase.serializer.ChangeLogSerializerFactory;

/**
 * The suggested fix of a Liquibase project as a changelog in the format of the project's own
 * changelog (YAML, XML, JSON or formatted SQL), written by Liquibase's own serializers: one
 * changeSet for the dialect ({@code dbms}) with one {@code sql} change per statement that fixes a
 * printed error, and the fixes of warnings (only defaults disagree) in a second changeSet marked
 * {@code ignore: true}, for the user to switch on. The statements are the same as those of the
 * Flyway fix migration ({@code report/FixMigrationWriter}). Formatted SQL has no {@code ignore}, so
 * there the warnings' fixes stay comments, as in the Flyway file.
 */
public final class FixChangeLogWriter {

  /** The formats Liquibase parses, by file extension. */
  private static final List<String> FORMATS = List.of("yaml", "yml", "xml", "json", "sql");

  private FixChangeLogWriter() {}

  /** The extension of a changelog file in a format we write ({@code yaml} for {@code .yml}), else {@code yaml}. */
  public static String format(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    return !FORMATS.contains(extension) || name.indexOf('.') < 0 ? "yaml" : extension.equals("yml") ? "yaml" : extension;
  }

  /**
   * Where the file goes: into a folder as {@code schemadrift-fix.<format of the master changelog>},
   * else the named file (its extension chooses the format).
   */
  public static Path target(Path option, Path changelog) {
    if (Files.isDirectory(option)) {
      String format = changelog == null ? "yaml" : format(changelog);
      return option.resolve("schemadrift-fix." + format);
    }
    return option;
  }

  /**
   * The changelog text.
   *
   * @param id the changeSet's id, unique within the project (the fix's version or a time stamp)
   * @param version the processor's version, for the author and the comment
   */
  public static String content(Path target, Dialect dialect, String id, String version, List<String> statements,
      List<String> optional) {
    String format = format(target);
    String dbms = LiquibaseAdapter.shortName(dialect);
    List<ChangeSet> changeSets = new ArrayList<>();
    if (!statements.isEmpty()) {
      changeSets.add(changeSet("schemadrift-fix-" + id, dbms, format, statements));
    }
    if (!optional.isEmpty() && !format.equals("sql")) {
      ChangeSet warnings = changeSet("schemadrift-fix-" + id + "-warnings", dbms, format, optional);
      warnings.setIgnore(true);
      changeSets.add(warnings);
    }
    String text = serialize(format, changeSets);
    if (format.equals("sql")) {
      StringBuilder out = new StringBuilder(text);
      out.append("-- Suggested by schemadrift ").append(version).append(" for ").append(dbms)
          .append(": review every statement, then include this file from the master changelog.\n");
      if (!optional.isEmpty()) {
        out.append("-- From warnings: only defaults disagree; copy into a changeset what you want.\n");
        optional.forEach(s -> out.append("-- ").append(s.replace("\n", "\n-- ")).append(";\n"));
      }
      return out.toString();
    }
    return text;
  }

  private static ChangeSet changeSet(String id, String dbms, String format, List<String> statements) {
    // the file path only tells the formatted-SQL serializer which database the SQL is for
    ChangeSet changeSet = new ChangeSet(id, "schemadrift", false, false, "schemadrift-fix." + dbms + "." + format, null, dbms, null);
    for (String statement : statements) {
      changeSet.addChange(new RawSQLChange(statement));
    }
    return changeSet;
  }

  /** Liquibase's serializer for the format, run in a scope on this class loader (see {@link LiquibaseAdapter}). */
  private static String serialize(String format, List<ChangeSet> changeSets) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    ClassLoader own = FixChangeLogWriter.class.getClassLoader();
    thread.setContextClassLoader(own);
    try {
      Map<String, Object> scope = new HashMap<>();
      scope.put(Scope.Attr.classLoader.name(), own);
      scope.put(Scope.Attr.logService.name(), new NoOpLogService());
      scope.put(GlobalConfiguration.HEADLESS.getKey(), true);
      return Scope.child(scope, () -> {
        ChangeLogSerializer serializer = ChangeLogSerializerFactory.getInstance().getSerializer(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.write(changeSets, out);
        return out.toString(StandardCharsets.UTF_8);
      });
    } catch (Exception e) {
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
