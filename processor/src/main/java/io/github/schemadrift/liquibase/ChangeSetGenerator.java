package io.github.schemadrift.liquibase;

import io.github.schemadrift.liquibase.LiquibaseChangelogs.Generated;
import io.github.schemadrift.liquibase.LiquibaseChangelogs.Request;
import io.github.schemadrift.migration.MigrationFile;
import io.github.schemadrift.migration.SqlLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import liquibase.change.Change;
import liquibase.change.DbmsTargetedChange;
import liquibase.change.core.AbstractModifyDataChange;
import liquibase.change.core.EmptyChange;
import liquibase.change.core.ExecuteShellCommandChange;
import liquibase.change.core.InsertDataChange;
import liquibase.change.core.LoadDataChange;
import liquibase.change.core.OutputChange;
import liquibase.change.core.StopChange;
import liquibase.change.core.TagDatabaseChange;
import liquibase.change.custom.CustomChangeWrapper;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ChangeSetFilterResult;
import liquibase.changelog.visitor.ChangeSetVisitor;
import liquibase.database.Database;
import liquibase.database.DatabaseList;
import liquibase.exception.LiquibaseException;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

/**
 * Visits the changeSets Liquibase's filters let through, in Liquibase's order, and writes each
 * one's SQL as a script (see {@link ChangeSetScript}): what {@code update-sql} would print for the
 * dialect, with the changeSet's {@code modifySql} applied and changes for another dbms left out.
 * Changes that only move data (insert, update, delete, loadData, tagDatabase) give no SQL: they
 * cannot change a table's shape. What cannot be generated offline is named in a warning.
 */
final class ChangeSetGenerator implements ChangeSetVisitor {

  private final Request request;
  private final ResourceAccessor accessor;
  private final String masterFolder;
  private final List<MigrationFile> migrations = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, ChangeLines> lines = new HashMap<>();
  private final List<String> undecided = new ArrayList<>();
  private int changeSets;
  private int changes;
  private boolean stopped;

  ChangeSetGenerator(Request request, ResourceAccessor accessor) {
    this.request = request;
    this.accessor = accessor;
    int slash = request.changelog().lastIndexOf('/');
    this.masterFolder = slash < 0 ? "" : request.changelog().substring(0, slash + 1);
  }

  @Override
  public Direction getDirection() {
    return Direction.FORWARD;
  }

  @Override
  public void visit(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database, Set<ChangeSetFilterResult> accepted)
      throws LiquibaseException {
    if (stopped) {
      return;
    }
    String file = display(changeSet.getFilePath());
    ChangeLines text = lines.computeIfAbsent(changeSet.getFilePath(), this::read);
    int changeSetLine = text.changeSet(changeSet.getId(), changeSet.getAuthor());
    String place = file + ":" + changeSetLine + " (changeSet " + changeSet.getId() + ")";
    Preconditions.Outcome pre = Preconditions.evaluate(changeSet.getPreconditions(), database);
    if (pre == Preconditions.Outcome.UNDECIDED) {
      undecided.add(place);
    } else if (pre == Preconditions.Outcome.HALT) {
      warnings.add(place + ": its dbms precondition fails for " + database.getShortName()
          + " and halts Liquibase's update there; later changeSets are not replayed");
      stopped = true;
      return;
    } else if (pre == Preconditions.Outcome.SKIP) {
      return;
    }
    changeSets++;
    List<Change> all = changeSet.getChanges();
    int[] at = text.changes(changeSetLine, all.stream().map(c -> c.getSerializedObjectName()).toList());
    ChangeSetScript script = new ChangeSetScript();
    for (int i = 0; i < all.size() && !stopped; i++) {
      script.add(at[i], sql(all.get(i), changeSet, database, file + ":" + at[i] + " (changeSet " + changeSet.getId() + ")"), ";");
    }
    if (script.statements() > 0) {
      write(changeSet, file, script);
    }
  }

  /** The SQL of one change, as Liquibase generates it for the database; empty when it has none to replay. */
  private List<String> sql(Change change, ChangeSet changeSet, Database database, String place) {
    String name = change.getSerializedObjectName();
    if (change instanceof DbmsTargetedChange targeted
        && !DatabaseList.definitionMatches(targeted.getDbms(), database, true)) {
      return List.of();
    }
    if (change instanceof StopChange) {
      warnings.add(place + ": stop ends Liquibase's update here; later changeSets are not replayed");
      stopped = true;
      return List.of();
    }
    if (movesDataOnly(change)) {
      return List.of();
    }
    if (change instanceof CustomChangeWrapper || change instanceof ExecuteShellCommandChange) {
      warnings.add(place + ": " + name + " runs code the replay cannot run; its schema changes are missing");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try {
      if (change.validate(database).hasErrors()) {
        warnings.add(place + ": " + name + " is invalid for " + database.getShortName() + ": "
            + String.join("; ", change.validate(database).getErrorMessages()));
        return List.of();
      }
      SqlStatement[] statements = change.generateStatements(database);
      for (SqlStatement statement : statements == null ? new SqlStatement[0] : statements) {
        SqlGeneratorFactory generators = SqlGeneratorFactory.getInstance();
        if (statement.skipOnUnsupported() && !generators.supports(statement, database)) {
          continue;
        }
        if (generators.generateStatementsVolatile(statement, database)) {
          warnings.add(place + ": " + name + " needs a live database to generate its SQL; its schema changes are missing");
          continue;
        }
        for (Sql sql : generators.generateSql(statement, database)) {
          String text = applyVisitors(sql.toSql(), changeSet.getSqlVisitors(), database);
          if (text != null && !text.isBlank() && !isBookkeeping(text)) {
            out.add(text);
          }
        }
      }
    } catch (RuntimeException e) {
      warnings.add(place + ": Liquibase cannot generate " + name + " for " + database.getShortName() + ": "
          + LiquibaseAdapter.message(e));
      return List.of();
    }
    if (!out.isEmpty()) {
      changes++;
    }
    return out;
  }

  private static String applyVisitors(String sql, List<SqlVisitor> visitors, Database database) {
    String out = sql;
    for (SqlVisitor visitor : visitors) {
      out = visitor.modifySql(out, database); // the dbms filter already removed other databases' visitors
    }
    return out;
  }

  private static boolean movesDataOnly(Change change) {
    return change instanceof AbstractModifyDataChange
        || change instanceof InsertDataChange
        || change instanceof LoadDataChange
        || change instanceof TagDatabaseChange
        || change instanceof OutputChange
        || change instanceof EmptyChange;
  }

  /** A statement on Liquibase's own tables: never part of the project's schema. */
  private static boolean isBookkeeping(String sql) {
    return sql.toUpperCase(Locale.ROOT).contains("DATABASECHANGELOG");
  }

  boolean changeLogPreconditionsPass(DatabaseChangeLog changeLog, Database database) {
    Preconditions.Outcome pre = Preconditions.evaluate(changeLog.getPreconditions(), database);
    if (pre == Preconditions.Outcome.HALT || pre == Preconditions.Outcome.SKIP) {
      warnings.add(display(changeLog.getFilePath()) + ": the changelog's dbms precondition fails for "
          + database.getShortName() + ", so Liquibase runs none of it");
      return false;
    }
    if (pre == Preconditions.Outcome.UNDECIDED) {
      undecided.add(display(changeLog.getFilePath()));
    }
    return true;
  }

  private void write(ChangeSet changeSet, String file, ChangeSetScript script) {
    int number = migrations.size() + 1;
    String safeId = changeSet.getId().replaceAll("[^A-Za-z0-9._-]", "_");
    java.nio.file.Path path =
        request.output().resolve(String.format(Locale.ROOT, "%04d_%s.sql", number, safeId.length() > 60 ? safeId.substring(0, 60) : safeId));
    try {
      script.write(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
    String displayName = file + SqlLocation.UNIT_SEPARATOR + "changeSet " + changeSet.getId();
    migrations.add(new MigrationFile(path, displayName, MigrationFile.Kind.VERSIONED, String.valueOf(number), changeSet.getId()));
  }

  /** The changelog path relative to the master changelog's folder, as users see it in their tree. */
  private String display(String filePath) {
    String path = filePath.replace('\\', '/').replaceFirst("^classpath:", "").replaceFirst("^/+", "");
    return !masterFolder.isEmpty() && path.startsWith(masterFolder) ? path.substring(masterFolder.length()) : path;
  }

  private ChangeLines read(String filePath) {
    String text = "";
    try {
      Resource resource = accessor.get(filePath);
      if (resource.exists()) {
        try (InputStream in = resource.openInputStream()) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      // no text: every changeSet of the file is cited at line 1
    }
    return new ChangeLines(text, ChangeLines.Format.of(filePath));
  }

  Generated result() {
    List<String> all = new ArrayList<>(warnings);
    if (!undecided.isEmpty()) {
      all.add("preconditions other than dbms cannot be checked without a database; on a fresh database they are"
          + " taken to pass: " + String.join(", ", undecided));
    }
    return new Generated(List.copyOf(migrations), all, changeSets, changes, null);
  }
}
