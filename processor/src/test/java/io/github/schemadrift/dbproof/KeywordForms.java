package io.github.schemadrift.dbproof;

import io.github.schemadrift.migration.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserTokenManager;
import net.sf.jsqlparser.parser.SimpleCharStream;
import net.sf.jsqlparser.parser.StringProvider;

/**
 * The statements of the keyword proofs: every statement form that names a column (CREATE TABLE
 * with unique constraints, CREATE INDEX, ADD, ALTER, RENAME both ways and DROP COLUMN, named CHECK
 * constraints added and dropped, foreign keys, a view) for words that name columns, and the table
 * forms (CREATE, ALTER, CREATE INDEX ON, a view FROM, DROP TABLE) for words that name tables, in
 * the dialect's syntax. A live server runs each statement and keeps only those it accepts, so the
 * server, not a list, decides which words are names.
 */
final class KeywordForms {

  /** The statements a server ran (or, without a server, all) and those it refused. */
  record Script(List<String> accepted, List<String> refused) {
    String text() {
      return String.join(";\n", accepted) + (accepted.isEmpty() ? "" : ";\n");
    }
  }

  private KeywordForms() {}

  /** Every word JSqlParser 5.4's lexer reads as one of its keywords, lower case, from its token table. */
  static Set<String> parserKeywords() {
    Set<String> words = new TreeSet<>();
    String[] images = CCJSqlParserConstants.tokenImage;
    for (int kind = 0; kind < images.length; kind++) {
      String image = images[kind];
      if (image.startsWith("<K_") && image.endsWith(">")) {
        String word = image.substring(3, image.length() - 1);
        CCJSqlParserTokenManager lexer = new CCJSqlParserTokenManager(new SimpleCharStream(new StringProvider(word)));
        if (lexer.getNextToken().kind == kind) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }

  /** A published reserved-word list kept under {@code /dbproof/keywords/}, one word a line. */
  static Set<String> publishedList(String name) throws IOException {
    Set<String> words = new TreeSet<>();
    try (InputStream in = KeywordForms.class.getResourceAsStream("/dbproof/keywords/" + name)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }

  /**
   * The column forms for a chunk of words that all name a column: one table {@code kc_<n>} with a
   * column and a unique constraint per word; per word a CREATE INDEX and RENAME COLUMN there and
   * back; ADD, ALTER and DROP COLUMN, ADD and DROP CONSTRAINT as multi-action ALTER TABLEs where
   * the dialect has them (one statement per word where not); a child table with a foreign key per
   * word; a view that selects every word.
   */
  static List<String> columnForms(Dialect dialect, List<String> words, int n) {
    String t = "kc_" + n;
    List<String> out = new ArrayList<>();
    StringBuilder create = new StringBuilder("CREATE TABLE " + t + " (id INT PRIMARY KEY");
    StringBuilder child = new StringBuilder("CREATE TABLE " + t + "_c (id INT PRIMARY KEY");
    for (int j = 0; j < words.size(); j++) {
      create.append(", ").append(words.get(j)).append(" VARCHAR(20) NOT NULL");
      child.append(", ").append(words.get(j)).append(" VARCHAR(20)");
    }
    create.append(", other INT");
    for (int j = 0; j < words.size(); j++) {
      create.append(", CONSTRAINT ").append(t).append("_u").append(j).append(" UNIQUE (").append(words.get(j)).append(')');
      child.append(", CONSTRAINT ").append(t).append("_fk").append(j).append(" FOREIGN KEY (").append(words.get(j))
          .append(") REFERENCES ").append(t).append(" (").append(words.get(j)).append(')');
    }
    out.add(create.append(')').toString());
    for (int j = 0; j < words.size(); j++) {
      out.add("CREATE INDEX " + t + "_ix" + j + " ON " + t + " (" + words.get(j) + ", other)");
      out.add(rename(dialect, t, words.get(j), "renamed_" + j));
    }
    boolean multi = dialect != Dialect.H2 && dialect != Dialect.SQLSERVER;
    String add = dialect == Dialect.ORACLE || dialect == Dialect.SQLSERVER ? "ADD " : "ADD COLUMN ";
    out.addAll(actions(t, words, multi && dialect != Dialect.ORACLE, w -> add + w + " INT"));
    for (java.util.function.Function<String, String> alter : alter(dialect)) {
      out.addAll(actions(t, words, multi && dialect != Dialect.ORACLE, alter));
    }
    out.addAll(actions(t, words, multi && dialect != Dialect.ORACLE, w -> "DROP COLUMN " + w));
    for (int j = 0; j < words.size(); j++) {
      out.add(rename(dialect, t, "renamed_" + j, words.get(j)));
    }
    out.addAll(actions(t, words, multi, w -> "ADD CONSTRAINT " + w + " CHECK (id > 0)"));
    out.addAll(actions(t, words, multi && dialect != Dialect.ORACLE, w -> "DROP CONSTRAINT " + w));
    out.add(child.append(')').toString());
    out.add("CREATE VIEW " + t + "_v AS SELECT " + String.join(", ", words) + ", other FROM " + t);
    return out;
  }

  /** The table forms for a word that names a table; every second such table is dropped again. */
  static List<String> tableForms(Dialect dialect, String w, int i) {
    List<String> out = new ArrayList<>();
    out.add("CREATE TABLE " + w + " (id INT PRIMARY KEY, extra INT)");
    out.add("ALTER TABLE " + w + (dialect == Dialect.ORACLE || dialect == Dialect.SQLSERVER ? " ADD " : " ADD COLUMN ") + "more INT");
    out.add("CREATE INDEX kt_" + i + "_ix ON " + w + " (more)");
    if (i % 2 == 0) {
      out.add("CREATE VIEW kt_" + i + "_v AS SELECT x.id, x.extra FROM " + w + " x");
    } else {
      out.add("DROP TABLE " + w);
    }
    return out;
  }

  /** One ALTER TABLE with an action per word, or one ALTER TABLE per word. */
  private static List<String> actions(
      String t, List<String> words, boolean multi, java.util.function.Function<String, String> action) {
    List<String> parts = words.stream().map(action).toList();
    if (multi) {
      return List.of("ALTER TABLE " + t + " " + String.join(", ", parts));
    }
    return parts.stream().map(p -> "ALTER TABLE " + t + " " + p).toList();
  }

  private static String rename(Dialect dialect, String t, String from, String to) {
    return dialect == Dialect.SQLSERVER
        ? "EXEC sp_rename '" + t + "." + from + "', '" + to + "', 'COLUMN'"
        : "ALTER TABLE " + t + " RENAME COLUMN " + from + " TO " + to;
  }

  private static List<java.util.function.Function<String, String>> alter(Dialect dialect) {
    return switch (dialect) {
      case POSTGRESQL -> List.of(w -> "ALTER COLUMN " + w + " SET NOT NULL", w -> "ALTER COLUMN " + w + " TYPE BIGINT");
      case H2 -> List.of(w -> "ALTER COLUMN " + w + " SET NOT NULL", w -> "ALTER COLUMN " + w + " SET DATA TYPE BIGINT");
      case MYSQL, MARIADB -> List.of(w -> "MODIFY " + w + " BIGINT NOT NULL", w -> "CHANGE " + w + " " + w + " BIGINT NOT NULL",
          w -> "ALTER COLUMN " + w + " SET DEFAULT 1");
      case ORACLE -> List.of(w -> "MODIFY " + w + " NOT NULL", w -> "MODIFY (" + w + " NUMBER(19))");
      case SQLSERVER -> List.of(w -> "ALTER COLUMN " + w + " BIGINT NOT NULL");
    };
  }

  /** Runs each statement on the server; keeps those it accepts. */
  static Script run(Connection db, List<String> statements) throws SQLException {
    List<String> accepted = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    try (Statement s = db.createStatement()) {
      for (String sql : statements) {
        try {
          s.execute(sql);
          accepted.add(sql);
        } catch (SQLException e) {
          refused.add(sql);
        }
      }
    }
    return new Script(accepted, refused);
  }
}
