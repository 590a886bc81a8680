package io.github.schemadrift.migration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.schema.Sequence;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterType;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.alter.sequence.AlterSequence;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.create.type.CreateType;
import net.sf.jsqlparser.statement.create.type.EnumTypeDefinition;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * Replays migrations, statement by statement, into the schema a fresh database would hold. Each
 * statement is classified: replayed (it changes a table, view, sequence or enum type), ignored
 * (data, functions, grants and other statements that do not change the schema's shape) or not
 * understood (reported with its place).
 */
public final class MigrationReplayer implements AutoCloseable {

  /**
   * Statements recognised by their first words as not changing any table's shape. They are not
   * parsed at all: procedural bodies and vendor DML are where JSqlParser fails most, and skipping
   * them keeps the replay fast.
   */
  private static final Pattern IGNORED =
      Pattern.compile(
          "(?is)^(?:insert|update|delete|merge|select|with|grant|revoke|comment|set|reset|do|copy"
              + "|begin|commit|rollback|start|end|analyze|vacuum|lock|unlock|call|exec|execute|perform"
              + "|refresh|cluster|reindex|truncate|use|delimiter|declare|savepoint|notify|listen"
              + "|prepare|deallocate|explain|show|values|checkpoint|discard|security|load|import|print|if|go|raiserror|whenever|purge|optimize|flush|runscript|script|backup"
              + "|create\\s+(?:or\\s+replace\\s+)?(?:or\\s+alter\\s+)?(?:editionable\\s+|noneditionable\\s+)?(?:definer\\s*=\\s*\\S+\\s+)?(?:function|procedure|proc|trigger|rule|event|aggregate|operator|language|extension|policy|role|user|login|publication|subscription|cast|collation|text\\s+search|package|synonym|public\\s+synonym|materialized\\s+view|trusted|schema|database|domain|server|foreign\\s+data\\s+wrapper|user\\s+mapping|statistics|conversion|access\\s+method|transform|alias|constant|tablespace|directory|context|java|library|dimension|profile|type\\s+body)"
              + "|alter\\s+(?:function|procedure|proc|trigger|rule|event|aggregate|operator|language|extension|policy|role|user|login|publication|subscription|collation|package|materialized\\s+view|schema|database|domain|server|default\\s+privileges|system|session|owner|tablespace|authorization)"
              + "|drop\\s+(?:function|procedure|proc|trigger|rule|event|aggregate|operator|language|extension|policy|role|user|login|publication|subscription|cast|collation|package|synonym|public\\s+synonym|materialized\\s+view|schema|database|domain|server|owned|statistics|alias|constant|tablespace))\\b");

  /** A table name in a statement JSqlParser could not parse, to tell whether it touches a mapped table. */
  private static final Pattern TOUCHED_TABLE =
      Pattern.compile(
          "(?is)^(?:ALTER\\s+TABLE|CREATE\\s+(?:GLOBAL\\s+TEMPORARY\\s+|TEMPORARY\\s+|TEMP\\s+|UNLOGGED\\s+|CACHED\\s+|MEMORY\\s+)?TABLE|DROP\\s+TABLE|CREATE\\s+(?:UNIQUE\\s+)?(?:CLUSTERED\\s+|NONCLUSTERED\\s+)?INDEX\\s+(?:CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?\\S+\\s+ON)\\s+(?:ONLY\\s+)?(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?([^\\s(;]+)");

  /** {@code SET search_path TO a, b} (PostgreSQL), with {@code SET SESSION}/{@code SET LOCAL}. */
  private static final Pattern SEARCH_PATH =
      Pattern.compile("(?is)^set\\s+(?:session\\s+|local\\s+)?search_path\\s*(?:to|=)\\s*(.+?)\\s*;*\\s*$");

  /** {@code SET SCHEMA x} (H2, PostgreSQL) and Oracle's {@code ALTER SESSION SET CURRENT_SCHEMA = x}. */
  private static final Pattern SET_SCHEMA =
      Pattern.compile("(?is)^(?:set\\s+schema\\s+|alter\\s+session\\s+set\\s+current_schema\\s*=\\s*)(\\S+?)\\s*;*\\s*$");

  /** {@code USE db} (MySQL, MariaDB). */
  private static final Pattern USE = Pattern.compile("(?is)^use\\s+(\\S+?)\\s*;*\\s*$");

  /** {@code CREATE SCHEMA [IF NOT EXISTS] x} and {@code CREATE SCHEMA AUTHORIZATION x}. */
  private static final Pattern CREATE_SCHEMA =
      Pattern.compile("(?is)^create\\s+schema\\s+(?:if\\s+not\\s+exists\\s+)?(?:authorization\\s+)?(\"[^\"]+\"|`[^`]+`|\\[[^\\]]+]|[^\\s;]+)");

  /** {@code DROP SCHEMA [IF EXISTS] a, b [CASCADE | RESTRICT]}; MySQL's {@code DROP DATABASE} too. */
  private static final Pattern DROP_SCHEMA =
      Pattern.compile("(?is)^drop\\s+(schema|database)\\s+(?:if\\s+exists\\s+)?(.+?)(?:\\s+(cascade|restrict))?\\s*;*\\s*$");

  /** {@code ALTER SCHEMA a RENAME TO b} (PostgreSQL, H2). */
  private static final Pattern RENAME_SCHEMA =
      Pattern.compile("(?is)^alter\\s+schema\\s+(\\S+)\\s+rename\\s+to\\s+(\\S+?)\\s*;*\\s*$");

  /** SQL Server's {@code ALTER SCHEMA s TRANSFER [OBJECT::]dbo.t}. */
  private static final Pattern TRANSFER =
      Pattern.compile("(?is)^alter\\s+schema\\s+(\\S+)\\s+transfer\\s+(?:object\\s*::\\s*)?(\\S+?)\\s*;*\\s*$");

  /** PostgreSQL's {@code ALTER TABLE|VIEW|SEQUENCE|TYPE x SET SCHEMA s}. */
  private static final Pattern SET_OBJECT_SCHEMA =
      Pattern.compile(
          "(?is)^alter\\s+(table|view|sequence|type)\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?(\\S+)\\s+set\\s+schema\\s+(\\S+?)\\s*;*\\s*$");

  private final Dialect dialect;
  private final StatementParser parser;
  private final ConstraintReader constraints;
  private final Map<String, TableDef> tables = new LinkedHashMap<>();
  private final Map<String, SqlLocation> droppedTables = new LinkedHashMap<>(); // by name key, for findings to name
  private final Map<String, SequenceDef> sequences = new LinkedHashMap<>();
  private final Map<String, EnumTypeDef> enumTypes = new LinkedHashMap<>();
  private final Map<String, ViewDef> views = new LinkedHashMap<>();
  private final List<SqlProblem> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Placeholders placeholders;
  /** The dialect key of the schema each migration starts in, or null when unknown. */
  private String homeSchema;
  /** The schemas unqualified names are looked up in, in order; new tables go into the first that exists. */
  private List<String> searchPath = new ArrayList<>();
  /** The schemas known to exist: the home schema, Flyway's {@code schemas} and those created. */
  private final Set<String> knownSchemas = new LinkedHashSet<>();
  /** The table a CREATE TABLE is building, which its own foreign keys may reference. */
  private TableDef creating;
  private int replayed;
  private int ignored;
  private int notUnderstood;

  /** The line of the statement being replayed, for an unexpected failure's report. */
  private int currentLine = 1;

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
    this.constraints = new ConstraintReader(dialect, this::referencedSchema);
    this.placeholders = placeholders;
    startIn(dialect.defaultSchema(), List.of());
  }

  /**
   * Where unqualified names land: {@code schema} (Flyway's default schema; null: the dialect's
   * own default, if it has one), with {@code schemas} (Flyway's {@code schemas}) known to exist.
   * Each migration starts there again, as Flyway restores the connection's schema after each.
   */
  public void startIn(String schema, List<String> schemas) {
    String start = schema == null || schema.isBlank() ? dialect.defaultSchema() : schema;
    homeSchema = start == null ? null : SqlIdentifier.of(start).key(dialect);
    knownSchemas.clear();
    if (homeSchema != null) {
      knownSchemas.add(homeSchema);
    }
    schemas.stream().filter(n -> !n.isBlank()).forEach(n -> knownSchemas.add(SqlIdentifier.of(n).key(dialect)));
    resetSearchPath();
  }

  private void resetSearchPath() {
    searchPath = new ArrayList<>();
    if (homeSchema != null) {
      searchPath.add(homeSchema);
    }
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
    return replay(migrations, dialect, placeholders, parseTimeoutMillis, defaultSchema, schemas, onFailure, threads());
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
    try (MigrationReplayer replayer = new MigrationReplayer(dialect, placeholders, parseTimeoutMillis);
        ParallelPreparation prepared =
            new ParallelPreparation(migrations, dialect, placeholders, parseTimeoutMillis, threads)) {
      replayer.startIn(defaultSchema, schemas);
      for (int i = 0; i < migrations.size(); i++) {
        MigrationFile migration = migrations.get(i);
        PreparedScript script = prepared.get(i);
        replayer.problems.addAll(script.readProblems());
        replayer.notes.addAll(script.readNotes());
        if (script.text() == null) {
          continue;
        }
        replayer.currentLine = 1;
        try {
          replayer.replayPrepared(migration.displayName(), script);
        } catch (RuntimeException e) {
          onFailure.failed(new SqlLocation(migration.displayName(), replayer.currentLine), e);
        }
      }
      return replayer.toModel(migrations);
    }
  }

  /** The threads that split and parse migrations: one per core, since javac itself uses one. */
  private static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
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
  record ParseOutcome(DdlRewriter.Rewritten rewritten, StatementParser.Parsed parsed) {}

  /** Reads, splits and parses one migration; a bug in it is kept for the replay to report in order. */
  static PreparedScript prepare(MigrationFile migration, Dialect dialect, Placeholders placeholders, StatementParser parser) {
    List<SqlProblem> readProblems = new ArrayList<>();
    List<String> readNotes = new ArrayList<>();
    MigrationReplayer reader = new MigrationReplayer(dialect, placeholders, parser);
    String text = reader.read(migration);
    readProblems.addAll(reader.problems);
    readNotes.addAll(reader.notes);
    if (text == null) {
      return new PreparedScript(readProblems, readNotes, null, List.of(), List.of(), List.of(), Map.of(), null);
    }
    try {
      PreparedScript split = reader.split(migration.displayName(), text);
      Map<SqlStatementText, ParseOutcome> parsed = new java.util.IdentityHashMap<>();
      for (SqlStatementText statement : split.statements()) {
        String sql = statement.sql().strip();
        if (needsParse(sql)) {
          try {
            parsed.put(statement, parseWithRetries(sql, dialect, parser));
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

  /** Whether {@link #replayStatement} would hand the statement to JSqlParser. */
  private static boolean needsParse(String sql) {
    String bare = sql;
    while (bare.endsWith(";")) {
      bare = bare.substring(0, bare.length() - 1).strip();
    }
    return !bare.isEmpty()
        && !DdlRewriter.SP_RENAME.matcher(bare).matches()
        && !IGNORED.matcher(sql).lookingAt()
        && DdlRewriter.dropTypeNames(bare).isEmpty();
  }

  /** Ends the parser's worker thread, if the parse is time-bounded. */
  @Override
  public void close() {
    parser.close();
  }

  /**
   * The migration's text, or null when it cannot be replayed: unreadable, binary (a NUL byte) or
   * not UTF-8, each reported with the byte offset and line. An empty file is noted.
   */
  private String read(MigrationFile migration) {
    String name = migration.displayName();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(migration.path());
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      problems.add(
          new SqlProblem(
              "sql-parse", new SqlLocation(name, 1), 0,
              "cannot read migration '" + name + "' (" + e + "), so it is not replayed", null));
      return null;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        problems.add(
            new SqlProblem(
                "sql-parse", new SqlLocation(name, lineAt(bytes, i)), 0,
                "migration '" + name + "' looks binary (a NUL byte at byte offset " + i
                    + "), so it is not replayed; a migration must be a UTF-8 text file", null));
        return null;
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, bytes.length + 1L));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      problems.add(
          new SqlProblem(
              "sql-parse", new SqlLocation(name, lineAt(bytes, offset)), 0,
              "migration '" + name + "' is not UTF-8 (byte 0x"
                  + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xff) + " at byte offset " + offset
                  + " cannot be decoded), so it is not replayed; Flyway reads migrations as UTF-8 by"
                  + " default: re-encode the file, e.g. iconv -f windows-1252 -t utf-8", null));
      return null;
    }
    out.flip();
    String text = out.toString();
    if (text.replace("\uFEFF", "").isBlank()) {
      notes.add("migration '" + name + "' is empty: it changes nothing");
    }
    return text;
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Replaces placeholders, splits one script and replays its statements. */
  public void replayScript(String fileName, String script) {
    replayPrepared(fileName, split(fileName, script));
  }

  /** Replaces placeholders and splits one script; the notes and problems are kept, not added. */
  private PreparedScript split(String fileName, String script) {
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
  private void replayPrepared(String fileName, PreparedScript prepared) {
    resetSearchPath();
    if (prepared.failure() != null) {
      throw prepared.failure();
    }
    notes.addAll(prepared.scriptNotes());
    problems.addAll(prepared.scriptProblems());
    for (SqlStatementText statement : prepared.statements()) {
      currentLine = statement.line();
      try {
        replayStatement(fileName, statement, prepared.parsed().get(statement));
      } catch (RuntimeException e) {
        unsupported(
            new SqlLocation(fileName, statement.line()),
            "the statement could not be replayed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
            null);
      }
    }
  }

  /** Adds a note about the replay, shown once in the summary. */
  public void note(String text) {
    notes.add(text);
  }

  /** The schema as replayed so far. */
  public SchemaModel toModel(List<MigrationFile> migrations) {
    return new SchemaModel(
        dialect,
        tables,
        migrations,
        problems,
        new SchemaModel.ReplayStats(replayed, ignored, notUnderstood),
        sequences,
        enumTypes,
        views,
        notes,
        homeSchema,
        null).withDroppedTables(droppedTables);
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
      ignored++;
      return;
    }
    Matcher rename = DdlRewriter.SP_RENAME.matcher(bare);
    if (rename.matches()) {
      spRename(rename.group(1), rename.group(2), rename.group(3), at);
      return;
    }
    if (IGNORED.matcher(sql).lookingAt()) {
      if (!replaySchemaStatement(bare, at)) {
        changeSchema(bare);
        ignored++;
      }
      return;
    }
    Matcher move = SET_OBJECT_SCHEMA.matcher(bare);
    if (move.matches()) {
      setObjectSchema(move.group(1).toUpperCase(Locale.ROOT), move.group(2), move.group(3), at);
      return;
    }
    List<String> droppedTypes = DdlRewriter.dropTypeNames(bare);
    if (!droppedTypes.isEmpty()) {
      droppedTypes.forEach(n -> removeFound(enumTypes, findType(n)));
      replayed++;
      return;
    }
    ParseOutcome outcome = ahead != null ? ahead : parseWithRetries(sql, dialect, parser);
    DdlRewriter.Rewritten rewritten = outcome.rewritten();
    StatementParser.Parsed parsed = outcome.parsed();
    if (parsed.timedOut()) {
      notUnderstood++;
      problems.add(new SqlProblem("sql-parse", at, text.column(), parsed.error(), touchedTable(sql)));
      return;
    }
    if (!parsed.ok()) {
      Matcher view = DdlRewriter.CREATE_VIEW.matcher(bare);
      if (view.matches()) {
        List<String> columns = view.group(2) == null ? List.of() : splitNames(view.group(2));
        putView(view.group(1), columns, at);
        return;
      }
      int cut = statementBoundary(sql, parsed.errorLine(), parsed.errorColumn());
      if (cut > 0) {
        // SQL Server runs two statements written without a delimiter between them
        replayStatement(fileName, new SqlStatementText(sql.substring(0, cut), text.line(), text.column()));
        int firstLine = text.line() + (int) sql.substring(0, cut).chars().filter(ch -> ch == '\n').count();
        replayStatement(fileName, new SqlStatementText(sql.substring(cut), firstLine, parsed.errorColumn()));
        return;
      }
      notUnderstood++;
      // JSqlParser also counts a lone '\r' as a line break, and a rewrite may add lines: the place
      // reported stays within the statement's own lines in the file.
      int lastLine = text.line() + (int) sql.chars().filter(ch -> ch == '\n').count();
      int line = Math.min(text.line() + parsed.errorLine() - 1, lastLine);
      int column = parsed.errorLine() == 1 ? text.column() + parsed.errorColumn() - 1 : parsed.errorColumn();
      problems.add(
          new SqlProblem(
              "sql-parse", new SqlLocation(fileName, line), column, parsed.error(), touchedTable(sql)));
      return;
    }
    Statement statement = parsed.statement();
    if (statement instanceof CreateTable create) {
      createTable(create, at);
    } else if (statement instanceof Alter alter) {
      alterTable(alter, at);
    } else if (statement instanceof Drop drop) {
      drop(drop, at);
    } else if (statement instanceof RenameTableStatement renameTable) {
      for (Map.Entry<Table, Table> pair : renameTable.getTableNames()) {
        if (!renameTable(find(pair.getKey()), pair.getValue().getFullyQualifiedName())) {
          unsupported(at, "RENAME TABLE names table '" + pair.getKey().getName() + "', which no earlier migration created", key(pair.getKey().getName()));
          return;
        }
      }
      replayed++;
    } else if (statement instanceof CreateIndex index) {
      createIndex(index, at);
    } else if (statement instanceof CreateSequence sequence) {
      createSequence(sequence.getSequence(), rewritten.ifNotExists(), at);
    } else if (statement instanceof AlterSequence sequence) {
      alterSequence(sequence.getSequence(), at);
    } else if (statement instanceof CreateType type) {
      createType(type, at);
    } else if (statement instanceof AlterType type) {
      alterType(type, at);
    } else if (statement instanceof CreateView view) {
      List<String> columns = ViewColumns.of(view);
      putView(view.getView().getFullyQualifiedName(), columns, at);
    } else if (statement instanceof AlterView view) {
      putView(view.getView().getFullyQualifiedName(), ViewColumns.of(view), at);
    } else {
      ignored++;
    }
  }

  /**
   * Parses a statement: first as rewritten around known JSqlParser gaps, then with reserved words
   * quoted where the parse fails, then as written. A first attempt that timed out is final.
   */
  static ParseOutcome parseWithRetries(String sql, Dialect dialect, StatementParser parser) {
    DdlRewriter.Rewritten rewritten = DdlRewriter.rewrite(sql, dialect);
    StatementParser.Parsed parsed = parser.parse(rewritten.sql());
    if (parsed.timedOut()) {
      return new ParseOutcome(rewritten, parsed);
    }
    StatementParser.Parsed firstFailure = parsed;
    String retry = rewritten.sql();
    for (int attempt = 0; attempt < 4 && !parsed.ok() && isDdl(retry); attempt++) {
      retry = DdlRewriter.quoteKeywordAt(retry, parsed.errorLine(), parsed.errorColumn(), dialect);
      if (retry == null) {
        break;
      }
      StatementParser.Parsed again = parser.parse(retry);
      if (again.timedOut()) {
        break;
      }
      if (again.ok()) {
        parsed = again;
      } else if (again.errorLine() == parsed.errorLine() && again.errorColumn() <= parsed.errorColumn()) {
        break;
      } else {
        parsed = again.errorLine() >= parsed.errorLine() ? again : parsed;
      }
    }
    if (!parsed.ok()) {
      parsed = firstFailure; // report where the statement as written fails
    }
    if (!parsed.ok() && !rewritten.sql().equals(sql)) {
      StatementParser.Parsed original = parser.parse(sql);
      parsed = original.ok() && !original.timedOut() ? original : parsed;
    }
    return new ParseOutcome(rewritten, parsed);
  }

  private void createTable(CreateTable create, SqlLocation at) {
    SqlIdentifier name = SqlIdentifier.of(create.getTable().getName());
    String key = name.key(dialect);
    String schema = create.getTable().getSchemaName() == null ? creationSchema() : schemaKey(create.getTable().getSchemaName());
    String tableKey = SchemaModel.tableKey(homeSchema, schema, key);
    if (tables.containsKey(tableKey)) {
      if (create.isIfNotExists()) {
        replayed++;
      } else {
        unsupported(at, "table '" + name.name() + "' is created twice; the database would refuse the second CREATE TABLE", key);
      }
      return;
    }
    if (create.getColumnDefinitions() == null || create.getColumnDefinitions().isEmpty()) {
      unsupported(at, "CREATE TABLE '" + name.name() + "' without a column list (AS SELECT or LIKE) is not replayed", key);
      return;
    }
    List<ColumnDef> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    List<ColumnSpec> specs = new ArrayList<>();
    for (ColumnDefinition definition : create.getColumnDefinitions()) {
      ColumnSpec spec = ColumnSpec.read(definition, dialect);
      specs.add(spec);
      columns.add(spec.toColumn(at));
      if (spec.primaryKey()) {
        primaryKey.add(spec.name().key(dialect));
      }
    }
    TableDef table = new TableDef(schema, name.name(), name.quoted(), columns, primaryKey, at);
    creating = table;
    try {
      for (ColumnSpec spec : specs) {
        table = constraints.addInline(table, spec, at);
      }
      if (create.getIndexes() != null) {
        for (Index index : create.getIndexes()) {
          Optional<TableDef> added = constraints.add(table, index, at);
          if (added.isEmpty()) {
            unsupported(at, "CREATE TABLE '" + name.name() + "' has a constraint that is not replayed: " + index, key);
            return;
          }
          table = added.get();
        }
      }
    } finally {
      creating = null;
    }
    table = table.withColumns(markPrimaryKeyNotNull(table.columns(), table.primaryKey(), at));
    tables.put(tableKey, table);
    replayed++;
  }

  private List<ColumnDef> markPrimaryKeyNotNull(List<ColumnDef> columns, List<String> primaryKey, SqlLocation at) {
    List<ColumnDef> result = new ArrayList<>(columns.size());
    for (ColumnDef column : columns) {
      boolean inKey = primaryKey.contains(dialect.key(column.name(), column.quoted()));
      result.add(inKey && column.nullable() ? column.withNullable(false, at) : column);
    }
    return result;
  }

  private void alterTable(Alter alter, SqlLocation at) {
    String key = key(alter.getTable().getName());
    String tableKey = find(alter.getTable());
    TableDef table = tableKey == null ? null : tables.get(tableKey);
    if (table == null) {
      if (alter.isUseTableIfExists()) {
        replayed++;
      } else {
        unsupported(at, "ALTER TABLE names table '" + SqlIdentifier.of(alter.getTable().getName()).name() + "', which no earlier migration created", key);
      }
      return;
    }
    TableAlteration alteration = new TableAlteration(dialect, constraints, at);
    TableAlteration.Outcome outcome = alteration.apply(table, alter);
    if (outcome.table() != null) {
      tables.put(tableKey, outcome.table());
    }
    if (outcome.renamedTo() != null) {
      renameTable(tableKey, outcome.renamedTo());
    }
    if (outcome.problem() != null) {
      unsupported(at, outcome.problem(), key);
      return;
    }
    replayed++;
  }

  private void createIndex(CreateIndex create, SqlLocation at) {
    String key = key(create.getTable().getName());
    String tableKey = find(create.getTable());
    TableDef table = tableKey == null ? null : tables.get(tableKey);
    Index index = create.getIndex();
    String name = index.getName() == null ? null : SqlIdentifier.of(stripSchema(index.getName())).name();
    if (table == null) {
      unsupported(at, "CREATE INDEX '" + name + "' names table '" + create.getTable().getName() + "', which no earlier migration created", key);
      return;
    }
    if (name != null && TableAlteration.findIndex(table, dialect, name).isPresent()) {
      if (create.isUsingIfNotExists()) {
        replayed++;
      } else {
        unsupported(at, "index '" + name + "' is created twice; the database would refuse the second CREATE INDEX", key);
      }
      return;
    }
    boolean unique = index.getType() != null && index.getType().toUpperCase(Locale.ROOT).contains("UNIQUE");
    List<String> columns = constraints.keys(index.getColumnsNames());
    tables.put(tableKey, ConstraintReader.withIndex(table, new IndexDef(name, columns, unique, at)));
    replayed++;
  }

  private void drop(Drop drop, SqlLocation at) {
    String type = drop.getType() == null ? "" : drop.getType().toUpperCase(Locale.ROOT).trim();
    List<Table> names = drop.getNames() != null && !drop.getNames().isEmpty() ? drop.getNames() : List.of(drop.getName());
    boolean ifExists = drop.isIfExists();
    switch (type) {
      case "TABLE":
        for (Table t : names) {
          String found = find(t);
          java.util.Optional.ofNullable(found == null ? null : tables.get(found)).ifPresent(d -> droppedTables.put(dialect.key(d.name(), d.quoted()), at));
          if ((found == null || tables.remove(found) == null) && !ifExists) {
            unsupported(at, "DROP TABLE names table '" + t.getName() + "', which no earlier migration created", key(t.getName()));
            return;
          }
        }
        break;
      case "VIEW":
        names.forEach(t -> removeFound(views, findView(qualified(t))));
        break;
      case "SEQUENCE":
        names.forEach(t -> {
          String found = findSequence(qualified(t));
          if (found != null) {
            sequences.remove(found);
          }
        });
        break;
      case "TYPE":
        names.forEach(t -> removeFound(enumTypes, findType(qualified(t))));
        break;
      case "INDEX":
        for (Table t : names) {
          if (!dropIndex(t, drop, at) && !ifExists) {
            return;
          }
        }
        break;
      default:
        ignored++;
        return;
    }
    replayed++;
  }

  private boolean dropIndex(Table indexName, Drop drop, SqlLocation at) {
    String name = SqlIdentifier.of(indexName.getName()).name();
    String onTable = null;
    List<String> on = drop.getParamsByType("ON");
    if (on != null && !on.isEmpty()) {
      onTable = on.get(0);
    } else if (dialect == Dialect.SQLSERVER && indexName.getSchemaName() != null) {
      onTable = indexName.getSchemaName(); // DROP INDEX table.index
    }
    String onKey = onTable == null ? null : find(onTable);
    for (Map.Entry<String, TableDef> entry : tables.entrySet()) {
      if (onTable != null && !entry.getKey().equals(onKey)) {
        continue;
      }
      Optional<TableDef> without = TableAlteration.dropIndex(entry.getValue(), dialect, name);
      if (without.isPresent()) {
        entry.setValue(without.get());
        return true;
      }
    }
    if (!drop.isIfExists()) {
      unsupported(at, "DROP INDEX names index '" + name + "', which no earlier migration created", onTable == null ? null : key(onTable));
    }
    return false;
  }

  private void createSequence(Sequence sequence, boolean ifNotExists, SqlLocation at) {
    SqlIdentifier name = SqlIdentifier.of(sequence.getName());
    String schema = sequence.getSchemaName() == null ? creationSchema() : schemaKey(sequence.getSchemaName());
    String key = SchemaModel.tableKey(homeSchema, schema, name.key(dialect));
    if (sequences.containsKey(key) && ifNotExists) {
      replayed++;
      return;
    }
    Long start = null;
    long increment = 1;
    if (sequence.getParameters() != null) {
      for (Sequence.Parameter p : sequence.getParameters()) {
        switch (p.getOption()) {
          case START, START_WITH -> start = p.getValue();
          case INCREMENT, INCREMENT_BY -> increment = p.getValue() == null ? 1 : p.getValue();
          default -> { }
        }
      }
    }
    sequences.put(key, new SequenceDef(schema, name.name(), name.quoted(), start, increment, at));
    replayed++;
  }

  private void alterSequence(Sequence sequence, SqlLocation at) {
    String key = findSequence(
        sequence.getSchemaName() == null ? sequence.getName() : sequence.getSchemaName() + "." + sequence.getName());
    SequenceDef existing = key == null ? null : sequences.get(key);
    if (existing == null) {
      // a sequence behind a serial or identity column: not modelled, and not a table's shape
      ignored++;
      return;
    }
    Long start = existing.start();
    long increment = existing.increment();
    if (sequence.getParameters() != null) {
      for (Sequence.Parameter p : sequence.getParameters()) {
        switch (p.getOption()) {
          case START, START_WITH, RESTART_WITH -> start = p.getValue();
          case INCREMENT, INCREMENT_BY -> increment = p.getValue() == null ? 1 : p.getValue();
          default -> { }
        }
      }
    }
    sequences.put(key, new SequenceDef(existing.schema(), existing.name(), existing.quoted(), start, increment, at));
    replayed++;
  }

  private void createType(CreateType type, SqlLocation at) {
    if (!(type.getDefinition() instanceof EnumTypeDefinition definition)) {
      ignored++; // composite and range types do not shape a table
      return;
    }
    SqlIdentifier name = SqlIdentifier.of(stripSchema(type.getName()));
    List<String> values = definition.getLabels().stream().map(v -> v.getValue()).toList();
    String schema = schemaOrCreation(type.getName());
    enumTypes.put(
        SchemaModel.tableKey(homeSchema, schema, name.key(dialect)),
        new EnumTypeDef(schema, name.name(), name.quoted(), values, at));
    replayed++;
  }

  private void alterType(AlterType type, SqlLocation at) {
    String key = findType(type.getName());
    EnumTypeDef existing = key == null ? null : enumTypes.get(key);
    if (existing == null) {
      ignored++;
      return;
    }
    List<String> values = new ArrayList<>(existing.values());
    switch (type.getAction()) {
      case ADD_VALUE -> {
        String value = type.getValue().getValue();
        if (values.contains(value)) {
          break; // ADD VALUE IF NOT EXISTS
        }
        int at2 = values.size();
        if (type.getNeighborValue() != null) {
          int neighbour = values.indexOf(type.getNeighborValue().getValue());
          if (neighbour >= 0) {
            at2 = type.getPosition() == AlterType.Position.BEFORE ? neighbour : neighbour + 1;
          }
        }
        values.add(at2, value);
      }
      case RENAME_VALUE -> {
        int i = values.indexOf(type.getValue().getValue());
        if (i >= 0) {
          values.set(i, type.getNewValue().getValue());
        }
      }
      case RENAME -> {
        enumTypes.remove(key);
        SqlIdentifier neu = SqlIdentifier.of(stripSchema(type.getNewName()));
        enumTypes.put(
            SchemaModel.tableKey(homeSchema, existing.schema(), neu.key(dialect)),
            new EnumTypeDef(existing.schema(), neu.name(), neu.quoted(), values, at));
        replayed++;
        return;
      }
      default -> {
        ignored++;
        return;
      }
    }
    enumTypes.put(key, new EnumTypeDef(existing.schema(), existing.name(), existing.quoted(), values, at));
    replayed++;
  }

  private void putView(String qualifiedName, List<String> columns, SqlLocation at) {
    SqlIdentifier name = SqlIdentifier.of(stripSchema(qualifiedName));
    String schema = schemaOrCreation(qualifiedName);
    views.put(
        SchemaModel.tableKey(homeSchema, schema, name.key(dialect)),
        new ViewDef(schema, name.name(), name.quoted(), columns, at));
    replayed++;
  }

  /** The schema a CREATE puts a name in: its qualifier, else the first search-path entry that exists. */
  private String schemaOrCreation(String qualifiedName) {
    String qualifier = schemaKeyOf(qualifiedName);
    return qualifier != null ? qualifier : creationSchema();
  }

  /** SQL Server's {@code EXEC sp_rename 'table.old', 'new', 'COLUMN'} and table renames. */
  private void spRename(String object, String newName, String kind, SqlLocation at) {
    String k = kind == null ? "OBJECT" : kind.toUpperCase(Locale.ROOT);
    if (k.equals("COLUMN")) {
      String qualified = object;
      int dot = qualified.lastIndexOf('.');
      String tableName = dot < 0 ? "" : qualified.substring(0, dot);
      String column = qualified.substring(dot + 1);
      String key = key(tableName);
      String tableKey = find(tableName);
      TableDef table = tableKey == null ? null : tables.get(tableKey);
      Optional<TableDef> renamed =
          table == null ? Optional.empty() : TableAlteration.renameColumn(table, dialect, column, newName, at);
      if (renamed.isEmpty()) {
        unsupported(at, "sp_rename names column '" + object + "', which no earlier migration created", key);
        return;
      }
      tables.put(tableKey, renamed.get());
    } else if (k.equals("INDEX")) {
      ignored++;
      return;
    } else if (!renameTable(find(object), newName)) {
      ignored++; // a constraint or another object
      return;
    }
    replayed++;
  }

  /** Renames the table under map key {@code fromKey} (null: none) to {@code to}, qualified or not. */
  private boolean renameTable(String fromKey, String to) {
    SqlIdentifier neu = SqlIdentifier.of(stripSchema(to));
    TableDef table = fromKey == null ? null : tables.remove(fromKey);
    if (table == null) {
      return false;
    }
    String oldKey = dialect.key(table.name(), table.quoted());
    String newKey = neu.key(dialect);
    String toSchema = schemaKeyOf(to);
    String schema = toSchema != null ? toSchema : table.schema();
    tables.put(SchemaModel.tableKey(homeSchema, schema, newKey), table.renamed(schema, neu.name(), neu.quoted()));
    retargetForeignKeys(table.schema(), oldKey, schema, newKey);
    return true;
  }

  /** Foreign keys follow the table they reference when it is renamed or moved to another schema. */
  private void retargetForeignKeys(String oldSchema, String oldKey, String newSchema, String newKey) {
    java.util.function.Predicate<ForeignKeyDef> references = f -> f.referencedTable().equals(oldKey)
        && (f.referencedSchema() == null || oldSchema == null || f.referencedSchema().equals(oldSchema));
    for (Map.Entry<String, TableDef> entry : tables.entrySet()) {
      TableDef t = entry.getValue();
      if (t.foreignKeys().stream().anyMatch(references)) {
        entry.setValue(
            t.withConstraints(
                t.uniques(),
                t.foreignKeys().stream()
                    .map(f -> references.test(f) ? f.referencing(f.referencedSchema() == null ? null : newSchema, newKey) : f)
                    .toList(),
                t.checks(),
                t.indexes()));
      }
    }
  }

  /**
   * The schema a foreign key's referenced table lies in: for a qualified reference, its schema
   * when the migrations or Flyway's settings declare it (else the table the name falls back to,
   * as for any qualified name); for an unqualified one, the table being created when it names
   * itself, else the table the name resolves to, else where a new table would be created.
   */
  private String referencedSchema(String schema, String table) {
    String nameKey = key(table);
    boolean self = creating != null && dialect.key(creating.name(), creating.quoted()).equals(nameKey);
    if (schema != null) {
      String qualifier = schemaKey(schema);
      if (knownSchemas.contains(qualifier) || (self && qualifier.equals(creating.schema()))) {
        return qualifier;
      }
      String found = find(schema + "." + table);
      return found != null ? tables.get(found).schema() : qualifier;
    }
    if (self) {
      return creating.schema();
    }
    String found = find(table);
    return found != null ? tables.get(found).schema() : creationSchema();
  }

  private String key(String qualifiedName) {
    return SqlIdentifier.of(stripSchema(qualifiedName)).key(dialect);
  }

  private String schemaKey(String schemaName) {
    return SqlIdentifier.of(stripSchema(schemaName)).key(dialect);
  }

  /** The dialect key of a dotted name's schema part, or null when it has none. */
  private String schemaKeyOf(String qualifiedName) {
    int dot = lastDotOutsideQuotes(qualifiedName);
    return dot < 0 ? null : schemaKey(qualifiedName.substring(0, dot));
  }

  /** The schema an unqualified CREATE puts its table in: the first search-path entry that exists. */
  private String creationSchema() {
    return searchPath.stream()
        .filter(s -> knownSchemas.contains(s) || tables.values().stream().anyMatch(t -> s.equals(t.schema())))
        .findFirst()
        .orElse(searchPath.isEmpty() ? null : searchPath.get(0));
  }

  /** The map key of the existing table a parsed name resolves to, or null. */
  private String find(Table table) {
    return find(qualified(table));
  }

  private static String qualified(Table table) {
    return table.getSchemaName() == null ? table.getName() : table.getSchemaName() + "." + table.getName();
  }

  /**
   * The map key of the existing table a name, qualified or not, resolves to, or null. A qualified
   * name is looked up in its schema; an unqualified one through the search path. When that finds
   * none, the only table of the name is taken, unless the name is qualified with a schema the
   * migrations or Flyway's settings declare (then only a table whose schema the replay could not
   * know): a replay that knows less than the database (a schema set outside the files read) must
   * not report statements the database runs.
   */
  private String find(String qualifiedName) {
    return find(tables, TableDef::schema, t -> dialect.key(t.name(), t.quoted()), qualifiedName);
  }

  /** As {@link #find(String)}, for a view. */
  private String findView(String qualifiedName) {
    return find(views, ViewDef::schema, v -> dialect.key(v.name(), v.quoted()), qualifiedName);
  }

  /** As {@link #find(String)}, for an enum type. */
  private String findType(String qualifiedName) {
    return find(enumTypes, EnumTypeDef::schema, t -> dialect.key(t.name(), t.quoted()), qualifiedName);
  }

  private static void removeFound(Map<String, ?> objects, String key) {
    if (key != null) {
      objects.remove(key);
    }
  }

  /** As {@link #find(String)}, for a sequence. */
  private String findSequence(String qualifiedName) {
    return find(sequences, SequenceDef::schema, q -> dialect.key(q.name(), q.quoted()), qualifiedName);
  }

  private <T> String find(
      Map<String, T> objects,
      java.util.function.Function<T, String> schemaOf,
      java.util.function.Function<T, String> nameKeyOf,
      String qualifiedName) {
    String nameKey = key(qualifiedName);
    String schema = schemaKeyOf(qualifiedName);
    List<String> schemas = schema != null ? List.of(schema) : searchPath;
    for (String s : schemas) {
      String k = SchemaModel.tableKey(homeSchema, s, nameKey);
      if (objects.containsKey(k)) {
        return k;
      }
    }
    if (schemas.isEmpty() && objects.containsKey(nameKey)) {
      return nameKey;
    }
    String only = null;
    for (Map.Entry<String, T> e : objects.entrySet()) {
      T t = e.getValue();
      if (nameKeyOf.apply(t).equals(nameKey)
          && (schema == null || schemaOf.apply(t) == null || !knownSchemas.contains(schema))) {
        if (only != null) {
          return null;
        }
        only = e.getKey();
      }
    }
    return only;
  }

  /**
   * Follows a statement that changes where unqualified names resolve: {@code SET search_path},
   * {@code SET SCHEMA}, {@code ALTER SESSION SET CURRENT_SCHEMA}, {@code USE db}; and records
   * {@code CREATE SCHEMA}. Each still counts as ignored: none changes a table.
   */
  private void changeSchema(String statement) {
    Matcher m = SEARCH_PATH.matcher(statement);
    if (m.matches()) {
      List<String> path = new ArrayList<>();
      for (String entry : m.group(1).split(",")) {
        String e = entry.strip();
        if (e.startsWith("'") && e.endsWith("'") && e.length() >= 2) {
          e = e.substring(1, e.length() - 1).strip();
        }
        if (e.equalsIgnoreCase("default")) {
          resetSearchPath();
          return;
        }
        if (!e.isEmpty() && !e.equals("\"$user\"") && !e.equals("$user")) {
          path.add(SqlIdentifier.of(e).key(dialect));
        }
      }
      searchPath = path;
      return;
    }
    m = SET_SCHEMA.matcher(statement);
    if (m.matches() && dialect != Dialect.MYSQL && dialect != Dialect.MARIADB) {
      String name = m.group(1);
      if (name.startsWith("'") && name.endsWith("'") && name.length() >= 2) {
        name = name.substring(1, name.length() - 1);
      }
      searchPath = new ArrayList<>(List.of(SqlIdentifier.of(name).key(dialect)));
      return;
    }
    m = USE.matcher(statement);
    if (m.matches() && (dialect == Dialect.MYSQL || dialect == Dialect.MARIADB)) {
      String db = SqlIdentifier.of(m.group(1)).key(dialect);
      knownSchemas.add(db);
      searchPath = new ArrayList<>(List.of(db));
      return;
    }
    m = CREATE_SCHEMA.matcher(statement);
    if (m.lookingAt()) {
      knownSchemas.add(SqlIdentifier.of(m.group(1)).key(dialect));
    }
  }

  /**
   * Replays a statement that changes a whole schema: {@code DROP SCHEMA} (with {@code CASCADE}
   * its tables, views, sequences and types go too; MySQL's {@code DROP SCHEMA}/{@code DROP
   * DATABASE} always drops them), {@code ALTER SCHEMA a RENAME TO b} and SQL Server's
   * {@code ALTER SCHEMA s TRANSFER t}. Returns false for any other statement.
   */
  private boolean replaySchemaStatement(String statement, SqlLocation at) {
    boolean mySql = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
    Matcher m = DROP_SCHEMA.matcher(statement);
    if (m.matches() && (mySql || m.group(1).equalsIgnoreCase("schema"))) {
      boolean cascade = mySql || (m.group(3) != null && m.group(3).equalsIgnoreCase("cascade"));
      for (String name : m.group(2).split(",")) {
        String schema = SqlIdentifier.of(name.strip()).key(dialect);
        List<String> held = objectsIn(schema);
        if (!cascade && !held.isEmpty()) {
          unsupported(at, "DROP SCHEMA names schema '" + schema + "', which still holds " + held.get(0)
              + "; the database refuses it without CASCADE", null);
          return true;
        }
        tables.values().removeIf(t -> schema.equals(t.schema()));
        views.values().removeIf(v -> schema.equals(v.schema()));
        sequences.values().removeIf(q -> schema.equals(q.schema()));
        enumTypes.values().removeIf(t -> schema.equals(t.schema()));
        knownSchemas.remove(schema);
      }
      replayed++;
      return true;
    }
    m = RENAME_SCHEMA.matcher(statement);
    if (m.matches()) {
      renameSchema(SqlIdentifier.of(m.group(1)).key(dialect), SqlIdentifier.of(m.group(2)).key(dialect));
      replayed++;
      return true;
    }
    m = TRANSFER.matcher(statement);
    if (m.matches()) {
      setObjectSchema("TABLE", m.group(2), m.group(1), at);
      return true;
    }
    return false;
  }

  /** What a schema still holds, described for a message ({@code table 'orders'}), in creation order. */
  private List<String> objectsIn(String schema) {
    List<String> held = new ArrayList<>();
    tables.values().stream().filter(t -> schema.equals(t.schema())).forEach(t -> held.add("table '" + t.name() + "'"));
    views.values().stream().filter(v -> schema.equals(v.schema())).forEach(v -> held.add("view '" + v.name() + "'"));
    sequences.values().stream().filter(q -> schema.equals(q.schema())).forEach(q -> held.add("sequence '" + q.name() + "'"));
    enumTypes.values().stream().filter(t -> schema.equals(t.schema())).forEach(t -> held.add("type '" + t.name() + "'"));
    return held;
  }

  /** Moves everything in schema {@code from} to schema {@code to} (dialect keys). */
  private void renameSchema(String from, String to) {
    for (TableDef table : List.copyOf(tables.values())) {
      if (from.equals(table.schema())) {
        String nameKey = dialect.key(table.name(), table.quoted());
        tables.remove(SchemaModel.tableKey(homeSchema, from, nameKey));
        tables.put(SchemaModel.tableKey(homeSchema, to, nameKey), table.renamed(to, table.name(), table.quoted()));
      }
    }
    for (TableDef table : List.copyOf(tables.values())) {
      if (to.equals(table.schema())) {
        String nameKey = dialect.key(table.name(), table.quoted());
        retargetForeignKeys(from, nameKey, to, nameKey);
      }
    }
    rekey(views, ViewDef::schema, v -> dialect.key(v.name(), v.quoted()), from, to,
        v -> new ViewDef(to, v.name(), v.quoted(), v.columns(), v.createdAt()));
    rekey(sequences, SequenceDef::schema, q -> dialect.key(q.name(), q.quoted()), from, to,
        q -> new SequenceDef(to, q.name(), q.quoted(), q.start(), q.increment(), q.lastChanged()));
    rekey(enumTypes, EnumTypeDef::schema, t -> dialect.key(t.name(), t.quoted()), from, to,
        t -> new EnumTypeDef(to, t.name(), t.quoted(), t.values(), t.lastChanged()));
    if (knownSchemas.remove(from)) {
      knownSchemas.add(to);
    }
  }

  private <T> void rekey(
      Map<String, T> objects,
      java.util.function.Function<T, String> schemaOf,
      java.util.function.Function<T, String> nameKeyOf,
      String from,
      String to,
      java.util.function.UnaryOperator<T> moved) {
    for (T object : List.copyOf(objects.values())) {
      if (from.equals(schemaOf.apply(object))) {
        objects.remove(SchemaModel.tableKey(homeSchema, from, nameKeyOf.apply(object)));
        objects.put(SchemaModel.tableKey(homeSchema, to, nameKeyOf.apply(object)), moved.apply(object));
      }
    }
  }

  /** {@code ALTER TABLE|VIEW|SEQUENCE|TYPE x SET SCHEMA s} (and SQL Server's TRANSFER): moves one object. */
  private void setObjectSchema(String kind, String name, String schemaName, SqlLocation at) {
    String to = schemaKey(schemaName);
    switch (kind) {
      case "TABLE" -> {
        String found = find(name);
        TableDef table = found == null ? null : tables.remove(found);
        if (table == null) {
          unsupported(at, "ALTER TABLE ... SET SCHEMA names table '" + SqlIdentifier.of(stripSchema(name)).name()
              + "', which no earlier migration created", key(name));
          return;
        }
        String nameKey = dialect.key(table.name(), table.quoted());
        tables.put(SchemaModel.tableKey(homeSchema, to, nameKey), table.renamed(to, table.name(), table.quoted()));
        retargetForeignKeys(table.schema(), nameKey, to, nameKey);
      }
      case "VIEW" -> {
        if (!moveOne(views, findView(name), v -> new ViewDef(to, v.name(), v.quoted(), v.columns(), v.createdAt()),
            v -> dialect.key(v.name(), v.quoted()), to)) {
          notMoved("view", name, at);
        }
      }
      // a sequence behind a serial or identity column is not recorded, so an unknown one is normal
      case "SEQUENCE" -> moveOne(sequences, findSequence(name),
          q -> new SequenceDef(to, q.name(), q.quoted(), q.start(), q.increment(), q.lastChanged()),
          q -> dialect.key(q.name(), q.quoted()), to);
      default -> {
        if (!moveOne(enumTypes, findType(name), t -> new EnumTypeDef(to, t.name(), t.quoted(), t.values(), t.lastChanged()),
            t -> dialect.key(t.name(), t.quoted()), to)) {
          notMoved("type", name, at);
        }
      }
    }
    replayed++;
  }

  /** Moves the object under {@code key} into schema {@code to}; false when there is none. */
  private <T> boolean moveOne(
      Map<String, T> objects, String key, java.util.function.UnaryOperator<T> moved,
      java.util.function.Function<T, String> nameKeyOf, String to) {
    T object = key == null ? null : objects.remove(key);
    if (object != null) {
      objects.put(SchemaModel.tableKey(homeSchema, to, nameKeyOf.apply(object)), moved.apply(object));
    }
    return object != null;
  }

  /** A view or type that a {@code SET SCHEMA} names but no earlier migration created: said, not skipped. */
  private void notMoved(String kind, String name, SqlLocation at) {
    notes.add("ALTER " + kind.toUpperCase(Locale.ROOT) + " ... SET SCHEMA at " + at + " names " + kind + " '"
        + SqlIdentifier.of(stripSchema(name)).name() + "', which no earlier migration created, so nothing was moved;"
        + " entities that map it are checked against where the migrations left it");
  }

  private static final Pattern STATEMENT_START =
      Pattern.compile("(?i)(?:CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|EXEC|EXECUTE|GRANT|SET|IF|DECLARE|PRINT)\\b.*", Pattern.DOTALL);

  /** The offset of a statement start at a parse error at the start of a line (SQL Server only), or -1. */
  private int statementBoundary(String sql, int line, int column) {
    if (dialect != Dialect.SQLSERVER) {
      return -1;
    }
    int offset = 0;
    for (int l = 1; l < line; l++) {
      int nl = sql.indexOf('\n', offset);
      if (nl < 0) {
        return -1;
      }
      offset = nl + 1;
    }
    if (!sql.substring(offset, Math.min(sql.length(), offset + column - 1)).isBlank()) {
      return -1;
    }
    int at = offset + column - 1;
    return at > 0 && at < sql.length() && STATEMENT_START.matcher(sql.substring(at)).matches() ? at : -1;
  }

  private static boolean isDdl(String sql) {
    String head = sql.length() > 8 ? sql.substring(0, 8).toUpperCase(Locale.ROOT) : sql.toUpperCase(Locale.ROOT);
    return head.startsWith("ALTER") || head.startsWith("CREATE");
  }

  private String touchedTable(String sql) {
    Matcher m = TOUCHED_TABLE.matcher(sql);
    return m.lookingAt() ? key(m.group(1)) : null;
  }

  /** The last part of a dotted name, dots inside quotes kept. */
  static String stripSchema(String name) {
    int dot = lastDotOutsideQuotes(name);
    return dot < 0 ? name.trim() : name.substring(dot + 1).trim();
  }

  private static String schemaOf(String name) {
    int dot = lastDotOutsideQuotes(name);
    if (dot < 0) {
      return null;
    }
    String schema = name.substring(0, dot);
    return SqlIdentifier.of(stripSchema(schema)).name();
  }

  private static int lastDotOutsideQuotes(String name) {
    char quote = 0;
    int last = -1;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (quote != 0) {
        if (c == quote || (quote == '[' && c == ']')) {
          quote = 0;
        }
      } else if (c == '"' || c == '`' || c == '[') {
        quote = c;
      } else if (c == '.') {
        last = i;
      }
    }
    return last;
  }

  private List<String> splitNames(String list) {
    List<String> names = new ArrayList<>();
    for (String part : list.split(",")) {
      names.add(SqlIdentifier.of(part.trim()).key(dialect));
    }
    return names;
  }

  private void unsupported(SqlLocation at, String message, String tableKey) {
    notUnderstood++;
    problems.add(new SqlProblem("sql-unsupported", at, 0, message, tableKey));
  }
}
