package io.github.schemadrift.bench;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.FlywayScriptSplitter;
import io.github.schemadrift.migration.SqlStatementText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;

/**
 * The library floor: how long splitting (Flyway's parser, through {@link FlywayScriptSplitter}) and
 * parsing (JSqlParser 5.4, a fresh parser per statement, simple mode first and complex mode on
 * failure, as JSqlParser's own entry point does) take on one thread for a project's migrations,
 * with none of schemadrift's replay. Each pass runs in the same JVM, so pass 1 is the cold cost a
 * compile pays and the later passes the warm one.
 *
 * <p>{@code java -cp "bench/target/classes:$(cat bench/target/classpath.txt)"
 * io.github.schemadrift.bench.ParseFloor DIR [postgresql|mysql] [passes]}
 */
public final class ParseFloor {

  /** The statements the replay hands to JSqlParser: table-shaping DDL; DML and the rest are skipped. */
  private static final Pattern DDL =
      Pattern.compile("(?is)^(?:create\\s+(?:unique\\s+)?(?:table|index|view|or\\s+replace\\s+view|sequence)|alter\\s+table|drop\\s+(?:table|index|view|sequence))\\b");

  private ParseFloor() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Dialect dialect = args.length > 1 && args[1].equals("mysql") ? Dialect.MYSQL : Dialect.POSTGRESQL;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(Files.readString(file));
    }
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      List<String> statements = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        for (SqlStatementText statement :
            FlywayScriptSplitter.split(texts.get(i), dialect, files.get(i).getFileName().toString()).statements()) {
          statements.add(statement.sql().strip());
        }
      }
      long split = System.nanoTime() - start;
      int ddl = 0;
      int complex = 0;
      int failed = 0;
      start = System.nanoTime();
      for (String sql : statements) {
        if (!DDL.matcher(sql).lookingAt()) {
          continue;
        }
        ddl++;
        if (!parses(sql, false, dialect)) {
          complex++;
          if (!parses(sql, true, dialect)) {
            failed++;
          }
        }
      }
      long parse = System.nanoTime() - start;
      start = System.nanoTime();
      int built = 0;
      for (String sql : statements) {
        if (DDL.matcher(sql).lookingAt()) {
          built += CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(false).interrupted ? 0 : 1;
        }
      }
      long construction = System.nanoTime() - start;
      System.out.printf(
          "pass %d: %d files, %d statements split in %d ms; %d DDL statements parsed in %d ms (%d needed complex parsing, %d failed both), of which constructing the %d parsers alone takes %d ms%n",
          pass, files.size(), statements.size(), split / 1_000_000, ddl, parse / 1_000_000, complex, failed, built, construction / 1_000_000);
    }
  }

  private static boolean parses(String sql, boolean complex, Dialect dialect) {
    try {
      CCJSqlParser parser =
          CCJSqlParserUtil.newParser(sql)
              .withAllowComplexParsing(complex)
              .withBackslashEscapeCharacter(dialect == Dialect.MYSQL);
      parser.Statement();
      return true;
    } catch (Exception | Error e) {
      return false;
    }
  }
}
