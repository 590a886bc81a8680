package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterType;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.alter.sequence.AlterSequence;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.type.CreateType;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * Replays migrations, statement by statement, into the schema a fresh database would hold. Each
 * statement is classified: replayed (it changes a table, view, sequence or enum type), ignored
 * (data, functions, grants and other statements that do not change the schema's shape) or not
 * understood (reported with its place). Each parsed statement goes to the handler of its family
 * (table creation, table alteration, indexes, views, sequences and types) through one {@link
 * StatementDispatch}; the schema statements JSqlParser cannot read are recognised by their words
 * ({@link SchemaStatementReplay}).
 */
public final class MigrationReplayer implements AutoCloseable {

  private final Dialect dialect;
  private final StatementParser parser;
  private final Placeholders placeholders;
  final ReplayState state = new ReplayState();
  final SchemaNames names;
  private final SchemaStatementReplay schemaStatements;
  private final TableAlterationReplay alterations;
  private final ViewReplay views;
  private final SequenceTypeReplay sequencesAndTypes;
  private final ObjectRenameReplay renames;
  private final StatementDispatch dispatch;

  /** The line of the statement being replayed, for an unexpected failure's report. */
  int currentLine = 1;

  public MigrationReplayer(Dialect dialect) {
    this(dialect, Placeholders.none(dialect));
  }

  public MigrationReplayer(Dialect dialect, Placeholders placeholders) {
    this(dialect, placeholders, 0);
  }

  /**
   * A replayer that stops parsing a statement after {@code parseTimeoutMillis} (0: no bound) and
   * reports it; the parse then runs on a worker thread that {@link #close()} ends.
   */
  public MigrationReplayer(Dialect dialect, Placeholders placeholders, long parseTimeoutMillis) {
    this(dialect, placeholders, new StatementParser(dialect, parseTimeoutMillis));
  }

  /** With a parser of the caller's, for tests that need a slow one. */
  MigrationReplayer(Dialect dialect, Placeholders placeholders, StatementParser parser) {
    this.dialect = dialect;
    this.parser = parser;
    this.placeholders = placeholders;
    this.names = new SchemaNames(dialect, state);
    ReplayContext context =
        new ReplayContext(dialect, state, names, new ConstraintReader(dialect, names::referencedSchema));
    this.schemaStatements = new SchemaStatementReplay(dialect, state, names);
    this.alterations = new TableAlterationReplay(context);
    this.views = new ViewReplay(context);
    this.sequencesAndTypes = new SequenceTypeReplay(context);
    this.renames = new ObjectRenameReplay(context);
    TableCreationReplay tables = new TableCreationReplay(context);
    IndexReplay indexes = new IndexReplay(context);
    DropReplay drops = new DropReplay(state, tables, views, sequencesAndTypes, indexes);
    this.dispatch = new StatementDispatch()
        .on(CreateTable.class, tables::createTable)
        .on(Alter.class, alterations::alterTable)
        .on(RenameTableStatement.class, alterations::renameTables)
        .on(Drop.class, drops::drop)
        .on(CreateIndex.class, indexes::createIndex)
        .on(CreateSequence.class, sequencesAndTypes::createSequence)
        .on(AlterSequence.class, sequencesAndTypes::alterSequence)
        .on(CreateType.class, sequencesAndTypes::createType)
        .on(AlterType.class, sequencesAndTypes::alterType)
        .on(CreateView.class, views::createView)
        .on(AlterView.class, views::alterView);
    startIn(dialect.defaultSchema(), List.of());
  }

  /**
   * Where unqualified names land: {@code schema} (Flyway's default schema; null: the dialect's
   * own default, if it has one), with {@code schemas} (Flyway's {@code schemas}) known to exist.
   * Each migration starts there again, as Flyway restores the connection's schema after each.
   */
  public void startIn(String schema, List<String> schemas) {
    names.startIn(schema, schemas);
  }

  /** Reads and replays each migration in order, then returns the schema they build. */
  public static SchemaModel replay(List<MigrationFile> migrations, Dialect dialect) {
    return replay(migrations, dialect, Placeholders.none(dialect));
  }

  /** Reads and replays each migration in order, with Flyway's placeholders replaced first. */
  public static SchemaModel replay(List<MigrationFile> migrations, Dialect dialect, Placeholders placeholders) {
    return replay(migrations, dialect, placeholders, 0, (file, error) -> {
      throw error;
    });
  }

  /** Where a migration's replay failed unexpectedly: the file, the line it had reached, the error. */
  @FunctionalInterface
  public interface FailureHandler {
    void failed(SqlLocation at, RuntimeException error);
  }

  /**
   * Reads and replays each migration in order, each statement's parse bounded by {@code
   * parseTimeoutMillis} (0: no bound). A bug in the replay that throws ends only that file's
   * replay: {@code onFailure} hears where, and the next file is replayed.
   */
  public static SchemaModel replay(
      List<MigrationFile> migrations,
      Dialect dialect,
      Placeholders placeholders,
      long parseTimeoutMillis,
      FailureHandler onFailure) {
    return replay(migrations, dialect, placeholders, parseTimeoutMillis, null, List.of(), onFailure);
  }

  /**
   * As {@link #replay(List, Dialect, Placeholders, long, FailureHandler)}, with unqualified names
   * landing in {@code defaultSchema} (null: the dialect's default) and Flyway's {@code schemas}.
   */
  public static SchemaModel replay(
      List<MigrationFile> migrations,
      Dialect dialect,
      Placeholders placeholders,
      long parseTimeoutMillis,
      String defaultSchema,
      List<String> schemas,
      FailureHandler onFailure) {
    return replay(migrations, dialect, placeholders, parseTimeoutMillis, defaultSchema, schemas, onFailure,
        Math.max(1, Runtime.getRuntime().availableProcessors())); // one thread per core: javac itself uses one
  }

  /** As above, with the number of threads that read, split and parse ahead of the replay. */
  static SchemaModel replay(
      List<MigrationFile> migrations,
      Dialect dialect,
      Placeholders placeholders,
      long parseTimeoutMillis,
      String defaultSchema,
      List<String> schemas,
      FailureHandler onFailure,
      int threads) {
    return ReplaySnapshot.replay(null, migrations, dialect, placeholders, parseTimeoutMillis, defaultSchema, schemas, onFailure, threads).schema();
  }

  /**
   * One migration read, split and parsed ahead of its replay, on any thread: everything in it
   * depends only on the file and the settings, never on the schema replayed so far, so the
   * replay that consumes it in Flyway's order reports exactly what a replay on one thread would.
   */
  record PreparedScript(
      List<SqlProblem> readProblems,
      List<String> readNotes,
      String text,
      List<String> scriptNotes,
      List<SqlProblem> scriptProblems,
      List<SqlStatementText> statements,
      Map<SqlStatementText, ParseOutcome> parsed,
      RuntimeException failure) {}

  /** A statement's parse after the known-problem rewrites and keyword-quoting retries. */
  record ParseOutcome(DdlRewriter.Rewritten rewritten, StatementParser.Parsed parsed, Set<String> guardedIndexes) {}

  /** Reads, splits and parses one migration; a bug in it is kept for the replay to report in order. */
  static PreparedScript prepare(MigrationFile migration, Dialect dialect, Placeholders placeholders, StatementParser parser) {
    List<SqlProblem> readProblems = new ArrayList<>();
    List<String> readNotes = new ArrayList<>();
    String text = MigrationText.read(migration, readProblems, readNotes);
    text = JavaMigrationScript.toSql(migration, text, readNotes, readProblems);
    if (text == null) {
      return new PreparedScript(readProblems, readNotes, null, List.of(), List.of(), List.of(), Map.of(), null);
    }
    try {
      PreparedScript split = split(migration.displayName(), text, dialect, placeholders);
      Map<SqlStatementText, ParseOutcome> parsed = new java.util.IdentityHashMap<>();
      for (SqlStatementText statement : split.statements()) {
        String sql = statement.sql().strip();
        if (IgnoredStatements.needsParse(sql)) {
          try {
            parsed.put(statement, RetryingParse.parse(sql, dialect, parser));
          } catch (RuntimeException e) {
            // the replay parses it again and reports the failure at its place
          }
        }
      }
      return new PreparedScript(
          readProblems, readNotes, text, split.scriptNotes(), split.scriptProblems(), split.statements(), parsed, null);
    } catch (RuntimeException e) {
      return new PreparedScript(readProblems, readNotes, text, List.of(), List.of(), List.of(), Map.of(), e);
    }
  }

  /** Ends the parser's worker thread, if the parse is time-bounded. */
  @Override
  public void close() {
    parser.close();
  }

  /** Replaces placeholders, splits one script and replays its statements. */
  public void replayScript(String fileName, String script) {
    replayPrepared(fileName, split(fileName, script));
  }

  private PreparedScript split(String fileName, String script) {
    return split(fileName, script, dialect, placeholders);
  }

  /** Replaces placeholders and splits one script; the notes and problems are kept, not added. */
  private static PreparedScript split(String fileName, String script, Dialect dialect, Placeholders placeholders) {
    String text = script.startsWith("\uFEFF") ? script.substring(1) : script;
    Placeholders.Replaced replaced = placeholders.replace(text, fileName);
    List<String> scriptNotes = new ArrayList<>();
    for (Placeholders.Unknown unknown : replaced.unknown()) {
      scriptNotes.add(
          "unknown placeholder '${" + unknown.name() + "}' at " + fileName + ":" + unknown.line()
              + " was replayed as '" + unknown.name() + "'; give it a value with -Aschemadrift.placeholders="
              + unknown.name() + "=<value> or in spring.flyway.placeholders");
    }
    FlywayScriptSplitter.SplitResult split = FlywayScriptSplitter.split(replaced.text(), dialect, fileName);
    List<SqlProblem> scriptProblems = new ArrayList<>();
    for (FlywayScriptSplitter.SplitProblem p : split.problems()) {
      scriptProblems.add(
          new SqlProblem(
              "sql-parse", new SqlLocation(fileName, p.line()), p.column(), p.message(), null));
    }
    return new PreparedScript(
        List.of(), List.of(), script, scriptNotes, scriptProblems, split.statements(), Map.of(), null);
  }

  /** Replays a script split (and perhaps parsed) ahead; statements not parsed ahead are parsed now. */
  void replayPrepared(String fileName, PreparedScript prepared) {
    names.resetSearchPath();
    if (prepared.failure() != null) {
      throw prepared.failure();
    }
    state.notes.addAll(prepared.scriptNotes());
    state.problems.addAll(prepared.scriptProblems());
    for (SqlStatementText statement : prepared.statements()) {
      currentLine = statement.line();
      try {
        replayStatement(fileName, statement, prepared.parsed().get(statement));
      } catch (RuntimeException e) {
        state.unsupported(
            new SqlLocation(fileName, statement.line()),
            "the statement could not be replayed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
            null);
      }
    }
  }

  /** Adds a note about the replay, shown once in the summary. */
  public void note(String text) {
    state.notes.add(text);
  }

  /** The schema as replayed so far. */
  public SchemaModel toModel(List<MigrationFile> migrations) {
    return new SchemaModel(
        dialect,
        state.tables,
        migrations,
        state.problems,
        state.stats(),
        state.sequences,
        state.enumTypes,
        state.views,
        state.notes,
        names.homeSchema(),
        null).withDroppedTables(state.droppedTables);
  }

  void replayStatement(String fileName, SqlStatementText text) {
    replayStatement(fileName, text, null);
  }

  /** Replays one statement, with its parse done ahead when {@code ahead} is not null. */
  private void replayStatement(String fileName, SqlStatementText text, ParseOutcome ahead) {
    SqlLocation at = new SqlLocation(fileName, text.line());
    String sql = text.sql().strip();
    String bare = sql;
    while (bare.endsWith(";")) {
      bare = bare.substring(0, bare.length() - 1).strip();
    }
    if (bare.isEmpty()) {
      state.ignored();
      return;
    }
    if (replayByWords(sql, bare, at)) {
      return;
    }
    ParseOutcome outcome = ahead != null ? ahead : RetryingParse.parse(sql, dialect, parser);
    StatementParser.Parsed parsed = outcome.parsed();
    if (parsed.timedOut()) {
      state.notParsed(new SqlProblem("sql-parse", at, text.column(), parsed.error(), UnparsedStatements.touchedTable(sql, names)));
    } else if (!parsed.ok()) {
      notParsed(fileName, text, sql, bare, parsed);
    } else if (!dispatch.dispatch(parsed.statement(), at, outcome)) {
      state.ignored();
    }
  }

  /** Replays a statement recognised by its words, not parsed: false when it must be parsed. */
  private boolean replayByWords(String sql, String bare, SqlLocation at) {
    Matcher rename = DdlRewriter.SP_RENAME.matcher(bare);
    if (rename.matches()) {
      alterations.spRename(rename.group(1), rename.group(2), rename.group(3), at);
      return true;
    }
    String keyDrop = SqlServerKeyDrop.asDropPrimaryKey(dialect, bare);
    if (keyDrop != null) {
      replayStatement(at.file(), new SqlStatementText(keyDrop, at.line(), 1));
      return true;
    }
    if (IgnoredStatements.executableSet(bare)) {
      state.ignored();
      return true;
    }
    if (IgnoredStatements.ignored(sql)) {
      if (!schemaStatements.replaySchemaStatement(bare, at)) {
        schemaStatements.changeSchema(bare);
        state.ignored();
        UnseenDdl.replayOrNote(at.file(), new SqlStatementText(sql, at.line(), 1), state.notes, state.problems, s -> replayStatement(at.file(), s));
      }
      return true;
    }
    if (schemaStatements.replayObjectMove(bare, at) || renames.replay(bare, at)) {
      return true;
    }
    List<String> droppedTypes = DdlRewriter.dropTypeNames(bare);
    if (!droppedTypes.isEmpty()) {
      sequencesAndTypes.dropTypeNames(droppedTypes);
      return true;
    }
    return false;
  }

  /**
   * A statement JSqlParser could not parse: a view still replayed by its words, two SQL Server
   * statements written without a delimiter replayed one by one, or a {@code sql-parse} problem.
   */
  private void notParsed(String fileName, SqlStatementText text, String sql, String bare, StatementParser.Parsed parsed) {
    if (views.replayUnparsed(bare, new SqlLocation(fileName, text.line()))) {
      return;
    }
    int cut = UnparsedStatements.statementBoundary(dialect, sql, parsed.errorLine(), parsed.errorColumn());
    if (cut > 0) {
      // SQL Server runs two statements written without a delimiter between them
      replayStatement(fileName, new SqlStatementText(sql.substring(0, cut), text.line(), text.column()));
      int firstLine = text.line() + (int) sql.substring(0, cut).chars().filter(ch -> ch == '\n').count();
      replayStatement(fileName, new SqlStatementText(sql.substring(cut), firstLine, parsed.errorColumn()));
      return;
    }
    // JSqlParser also counts a lone '\r' as a line break, and a rewrite may add lines: the place
    // reported stays within the statement's own lines in the file.
    int lastLine = text.line() + (int) sql.chars().filter(ch -> ch == '\n').count();
    int line = Math.min(text.line() + parsed.errorLine() - 1, lastLine);
    int column = parsed.errorLine() == 1 ? text.column() + parsed.errorColumn() - 1 : parsed.errorColumn();
    state.notParsed(new SqlProblem("sql-parse", new SqlLocation(fileName, line), column, parsed.error(), UnparsedStatements.touchedTable(sql, names)));
  }
}
