package io.github.schemadrift.migration;

import java.util.List;
import java.util.Objects;

/**
 * Cuts a migration script into statements exactly where Flyway would cut it, so that a replay sees
 * the statements the database saw. Only {@link FlywayParsing} touches Flyway's internal parser API
 * ({@code org.flywaydb.core.internal.parser}); when Flyway changes it, only that class changes. What
 * differs between dialect families (quotes, comments, {@code DELIMITER}, {@code GO} batches) lives
 * in one {@link ScriptFamily} subclass per family.
 *
 * <p>Each dialect uses Flyway's own parser, built directly rather than through {@code Flyway} or a
 * database type: {@code PostgreSQLParser} ({@code $$} bodies, {@code DO} blocks, {@code COPY ...
 * FROM STDIN} data), {@code MySQLParser} and {@code MariaDBParser} ({@code DELIMITER}, backticks,
 * and MySQL's executable {@code /*!} comments, which stay statements because MySQL runs them),
 * {@code OracleParser} (PL/SQL blocks ended by {@code /}) and {@code H2Parser}. The configuration
 * is built once per class loader, with Flyway's placeholder replacement off and a plugin register
 * that offers no plugins: nothing here runs a {@code ServiceLoader} scan or reads the thread
 * context class loader, which inside javac belongs to someone else, and nothing depends on Flyway's
 * package name, which the processor jar relocates.
 *
 * <p>Placeholders are left in the statements, to be resolved by a later stage, but Flyway's parsers
 * must not see them: Flyway replaces them before parsing, and the PostgreSQL parser takes the
 * {@code $} of {@code ${schema}} for a dollar quote that swallows the file. So the parsers read a
 * copy in which every {@code ${...}} is masked by underscores of the same length; offsets stay
 * valid and statement text is cut from the original.
 *
 * <p>SQL Server has no Flyway parser at this version ({@code flyway-sqlserver} stops before 13), so
 * its scripts are first cut into batches at {@code GO} lines (a line holding only {@code GO}, in
 * any case, optionally followed by a repeat count or a {@code --} comment; {@code GO} inside
 * strings and comments does not count), and each batch is then split on {@code ;} by Flyway's base
 * parser, taught T-SQL's {@code [bracketed]} names and {@code BEGIN}/{@code END} and {@code
 * CASE}/{@code END} nesting so that procedural blocks stay whole. A batch that defines a procedure,
 * function, trigger or view stays one statement, because T-SQL requires such a definition to fill
 * its batch and its body need not be wrapped in {@code BEGIN}/{@code END}. T-SQL statements that
 * are not ended by {@code ;} inside one batch stay together in one statement; telling them apart
 * needs a grammar, which is the next stage's job.
 *
 * <p>Flyway reads unterminated strings, dollar quotes and comments to the end of the file without
 * complaint. This class reports them: when the last statement runs to the end of the script without
 * a delimiter, that statement is parsed again followed by a delimiter and a sentinel statement; if
 * Flyway does not return the sentinel on its own, the statement swallowed the rest of the file, is
 * dropped, and a problem names the quote or comment that was left open. Two Flyway 13.12.1 failure
 * modes are bounded instead of trusted: reading past the end of the input (an endless loop on
 * {@code COPY} data without {@code \.} or a bare {@code DELIMITER}) and the Oracle parser's
 * quadratic pattern matching on huge statements.
 *
 * <p>Finally, every stretch of the script between two statements must hold only whitespace,
 * comments, delimiters and the lines Flyway consumes itself ({@code DELIMITER} commands, Oracle's
 * {@code /}, {@code GO} lines, {@code COPY} data). This check is linear in the length of the gaps
 * and makes sure no text was dropped silently; anything else found there becomes a problem at its
 * position.
 */
public final class FlywayScriptSplitter {

  /** The statements of one script in file order, and what went wrong while splitting it. */
  public record SplitResult(List<SqlStatementText> statements, List<SplitProblem> problems) {
    public SplitResult {
      statements = List.copyOf(statements);
      problems = List.copyOf(problems);
    }
  }

  /** Something that kept part of a script from being split, at a 1-based line and column. */
  public record SplitProblem(int line, int column, String message) {}

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private FlywayScriptSplitter() {}

  /** Splits one script; never throws for bad SQL content, reports instead. */
  public static SplitResult split(String script, Dialect dialect, String fileName) {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(fileName, "fileName");
    String text =
        !script.isEmpty() && script.charAt(0) == BYTE_ORDER_MARK ? script.substring(1) : script;
    return new ScriptSplitting(text, dialect, fileName).run();
  }
}
