package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule end to end: positive (count, text, file, line), negative, suppressed, overridden. */
class RuleCasesTest {

  @TempDir Path dir;

  private static final String ACCOUNTS =
      "CREATE TABLE accounts (\n"
          + "  id BIGINT PRIMARY KEY,\n"
          + "  email VARCHAR(255) NOT NULL,\n"
          + "  display_name VARCHAR(255),\n"
          + "  login_count INTEGER\n"
          + ");\n";

  private Path accounts() {
    return Fixtures.migrations(dir.resolve("db"), Map.of("V1__accounts.sql", ACCOUNTS));
  }

  private static JavaFileObject account(String ns, String classAnnotations, String... fields) {
    String[] head = {
      "package app;",
      "import " + ns + ".persistence.*;",
      classAnnotations,
      "@Entity",
      "@Table(name = \"accounts\")",
      "public class Account {",
      "  @Id private Long id;",
      "  @Column(name = \"email\", nullable = false) private String email;",
    };
    String[] all = new String[head.length + fields.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(fields, 0, all, head.length, fields.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app.Account", all);
  }

  @Nested
  class MissingTable {
    private JavaFileObject entity(String classAnnotations) {
      return Fixtures.source(
          "app.Order",
          "package app;",
          "import jakarta.persistence.*;",
          classAnnotations,
          "@Entity",
          "@Table(name = \"acounts\")",
          "public class Order {",
          "  @Id private Long id;",
          "}");
    }

    @Test
    void positive() {
      JavaFileObject source = entity("");
      Compilation c = Fixtures.compile(accounts(), source);
      assertThat(c).hadErrorCount(1);
      assertThat(c)
          .hadErrorContaining(
              "[schemadrift:missing-table] table 'acounts' mapped by entity 'Order' does not exist after 1 migration; did you mean 'accounts'?")
          .inFile(source)
          .onLineContaining("@Table(name = \"acounts\")");
    }

    @Test
    void negative() {
      Compilation c =
          Fixtures.compile(accounts(), Fixtures.source("app.Accounts", "package app;", "@jakarta.persistence.Entity public class Accounts { @jakarta.persistence.Id private Long id;"
              + " @jakarta.persistence.Column(nullable = false) private String email; }"));
      assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void suppressed() {
      assertThat(Fixtures.compile(accounts(), entity("@SuppressWarnings(\"schemadrift:missing-table\")"))).succeededWithoutWarnings();
      assertThat(Fixtures.compile(accounts(), entity("@SuppressWarnings(\"schemadrift\")"))).succeededWithoutWarnings();
    }

    @Test
    void severityOverridden() {
      Compilation c = Fixtures.compile(accounts(), List.of("-Aschemadrift.severity.missingTable=warning"), entity(""));
      assertThat(c).succeeded();
      assertThat(c).hadWarningContaining("[schemadrift:missing-table] table 'acounts'");
    }
  }

  @Nested
  class MissingColumn {
    @Test
    void positiveWithSuggestion() {
      JavaFileObject source = account("jakarta", "", "  @Column(name = \"displayname\") private String displayName;");
      Compilation c = Fixtures.compile(accounts(), source);
      assertThat(c).hadErrorCount(1);
      assertThat(c)
          .hadErrorContaining(
              "[schemadrift:missing-column] column 'accounts.displayname' mapped by field 'displayName' does not exist in table 'accounts' (created at V1__accounts.sql:1); did you mean 'display_name' (varchar(255), mapped by no entity)? map it with @Column(name = \"display_name\") or add a migration that renames it, which keeps its data: ALTER TABLE accounts RENAME COLUMN display_name TO displayname")
          .inFile(source)
          .onLineContaining("private String displayName");
    }

    @Test
    void positiveWithoutSuggestion() {
      JavaFileObject source = account("jakarta", "", "  private String nickname;");
      Compilation c = Fixtures.compile(accounts(), source);
      assertThat(c).hadErrorCount(1);
      assertThat(c)
          .hadErrorContaining("column 'accounts.nickname' mapped by field 'nickname' does not exist in table 'accounts' (created at V1__accounts.sql:1); map an existing column")
          .inFile(source)
          .onLineContaining("private String nickname");
    }

    @Test
    void negativeJakartaAndJavax() {
      for (String ns : List.of("jakarta", "javax")) {
        JavaFileObject source =
            account(ns, "", "  @Column(name = \"display_name\") private String displayName;", "  @Transient private String scratch;", "  private static int counter;", "  private transient int cache;");
        assertThat(Fixtures.compile(accounts(), source)).succeededWithoutWarnings();
      }
    }

    @Test
    void javaxPositive() {
      JavaFileObject source = account("javax", "", "  private String nickname;");
      Compilation c = Fixtures.compile(accounts(), source);
      assertThat(c).hadErrorCount(1);
      assertThat(c).hadErrorContaining("[schemadrift:missing-column] column 'accounts.nickname'").inFile(source).onLineContaining("nickname");
    }

    @Test
    void suppressedOnField() {
      JavaFileObject source = account("jakarta", "", "  @SuppressWarnings(\"schemadrift:missing-column\") private String nickname;");
      assertThat(Fixtures.compile(accounts(), source)).succeededWithoutWarnings();
    }

    @Test
    void severityOff() {
      JavaFileObject source = account("jakarta", "", "  private String nickname;");
      assertThat(Fixtures.compile(accounts(), List.of("-Aschemadrift.severity=missing-column:off"), source)).succeededWithoutWarnings();
    }
  }

  @Nested
  class Nullability {
    @Test
    void explicitNotNullOverNullableColumnIsAnErrorOnTheValue() {
      JavaFileObject source = account("jakarta", "", "  @Column(name = \"display_name\",", "          nullable = false) private String displayName;");
      Compilation c = Fixtures.compile(accounts(), source);
      assertThat(c).hadErrorCount(1);
      assertThat(c)
          .hadErrorContaining(
              "[schemadrift:nullability] column 'accounts.display_name' is nullable (V1__accounts.sql:1) but field 'displayName' is declared nullable = false; make it @Column(nullable = true) or add a migration: ALTER TABLE accounts ALTER COLUMN display_name SET NOT NULL")
          .inFile(source)
          .onLineContaining("nullable = false) private String displayName");
    }

    @Test
    void primitiveOverNullableColumnIsAnError() {
      JavaFileObject source = account("javax", "", "  @Column(name = \"login_count\") private int loginCount;");
      Compilation c = Fixtures.compile(accounts(), source);
      assertThat(c).hadErrorCount(1);
      assertThat(c)
          .hadErrorContaining("column 'accounts.login_count' is nullable (V1__accounts.sql:1) but field 'loginCount' has primitive type 'int', which cannot hold NULL")
          .inFile(source)
          .onLineContaining("private int loginCount");
    }

    @Test
    void notNullColumnUnderSilentFieldIsFolded() {
      JavaFileObject source =
          Fixtures.source(
              "app.Account",
              "package app;",
              "import jakarta.persistence.*;",
              "@Entity @Table(name = \"accounts\")",
              "public class Account {",
              "  @Id private Long id;",
              "  private String email;",
              "}");
      Compilation c = Fixtures.compile(accounts(), List.of("-Aschemadrift.listFolded=true"), source);
      assertThat(c).succeededWithoutWarnings();
      assertThat(c)
          .hadNoteContaining("[schemadrift:nullability] column 'accounts.email' is NOT NULL (V1__accounts.sql:1) but field 'email' does not say so; add @Column(nullable = false) or add a migration: ALTER TABLE accounts ALTER COLUMN email DROP NOT NULL")
          .inFile(source)
          .onLineContaining("private String email");
    }

    @Test
    void laterMigrationDecides() {
      Path migrations =
          Fixtures.migrations(
              dir.resolve("db2"),
              Map.of(
                  "V1__accounts.sql", ACCOUNTS,
                  "V2__require_name.sql", "-- names are now mandatory\n\nALTER TABLE accounts ALTER COLUMN display_name SET NOT NULL;\n",
                  "V3__relax_email.sql", "ALTER TABLE accounts\n  ALTER COLUMN email DROP NOT NULL;\n"));
      JavaFileObject source = account("jakarta", "", "  @Column(name = \"display_name\", nullable = false) private String displayName;");
      Compilation c = Fixtures.compile(migrations, source);
      assertThat(c).hadErrorCount(1);
      assertThat(c)
          .hadErrorContaining("column 'accounts.email' is nullable (V3__relax_email.sql:1) but field 'email' is declared nullable = false")
          .inFile(source)
          .onLineContaining("name = \"email\"");
    }

    @Test
    void suppressedOnClassAndByOption() {
      JavaFileObject suppressed = account("jakarta", "@SuppressWarnings(\"schemadrift:nullability\")", "  @Column(name = \"display_name\", nullable = false) private String displayName;");
      assertThat(Fixtures.compile(accounts(), suppressed)).succeededWithoutWarnings();
      JavaFileObject plain = account("jakarta", "", "  @Column(name = \"display_name\", nullable = false) private String displayName;");
      Compilation warned = Fixtures.compile(accounts(), List.of("-Aschemadrift.severity.nullability=warning"), plain);
      assertThat(warned).succeeded();
      assertThat(warned).hadWarningContaining("[schemadrift:nullability] column 'accounts.display_name' is nullable");
    }
  }

  @Nested
  class Type {
    private Path typed() {
      return Fixtures.migrations(
          dir.resolve("typed"),
          Map.of(
              "V1__items.sql",
              "CREATE TABLE items (\n  id BIGINT PRIMARY KEY,\n  code INTEGER,\n  amount INTEGER,\n  price NUMERIC(10, 2),\n"
                  + "  created TIMESTAMP WITH TIME ZONE,\n  flag BOOLEAN,\n  payload JSONB\n);\n",
              "V2__code_text.sql",
              "ALTER TABLE items ALTER COLUMN code TYPE TEXT;\n"));
    }

    private JavaFileObject item(String classAnnotations, String... fields) {
      String[] head = {"package app;", "import jakarta.persistence.*;", classAnnotations, "@Entity @Table(name = \"items\")", "public class Item {", "  @Id private Long id;"};
      String[] all = new String[head.length + fields.length + 1];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(fields, 0, all, head.length, fields.length);
      all[all.length - 1] = "}";
      return Fixtures.source("app.Item", all);
    }

    @Test
    void anotherFamilyIsAnErrorNamingTheMigrationThatLastChangedTheType() {
      JavaFileObject source = item("", "  @Column(name = \"code\")", "  private Integer code;");
      Compilation c = Fixtures.compile(typed(), source);
      assertThat(c).hadErrorCount(1);
      assertThat(c)
          .hadErrorContaining(
              "[schemadrift:type] column 'items.code' has type 'text' (V2__code_text.sql:1) but field 'code' is 'java.lang.Integer', which Hibernate maps to integer; reads and writes fail: change the field's type or add a migration: ALTER TABLE items ALTER COLUMN code TYPE integer USING code::integer")
          .inFile(source)
          .onLineContaining("private Integer code");
    }

    @Test
    void aNarrowerIntegerColumnIsAnErrorAsHibernatesValidateRejectsIt() {
      // issue 16, gap 9: validate rejects integer under a Long (dbproof/TypePairsProofTest); it was a warning
      JavaFileObject source = item("", "  @Column(name = \"amount\") private Long amount;");
      Compilation c = Fixtures.compile(typed(), source);
      assertThat(c).hadErrorCount(1);
      assertThat(c)
          .hadErrorContaining("[schemadrift:type] column 'items.amount' has type 'integer' (V1__items.sql:1) but field 'amount' is 'java.lang.Long', which Hibernate maps to bigint; Hibernate's schema validation rejects it (hbm2ddl.auto=validate fails): change the field's type or add a migration: ALTER TABLE items ALTER COLUMN amount TYPE bigint USING amount::bigint")
          .inFile(source)
          .onLineContaining("private Long amount");
    }

    @Test
    void aLossyPairValidateAcceptsIsAWarningAndAWiderColumnIsClean() {
      JavaFileObject source = item("", "  @Column(name = \"created\") private java.time.LocalDateTime created;",
          "  @Column(name = \"amount\") private Short amount;");
      Compilation c = Fixtures.compile(typed(), List.of("-Aschemadrift.severity.nullability=off"), source);
      assertThat(c).succeeded();
      assertThat(c).hadWarningCount(1);
      assertThat(c)
          .hadWarningContaining("[schemadrift:type] column 'items.created' has type 'timestamp with time zone' (V1__items.sql:1) but field 'created' is 'java.time.LocalDateTime', which Hibernate maps to timestamp(6); values lose digits or their time zone")
          .inFile(source)
          .onLineContaining("LocalDateTime created");
    }

    @Test
    void matchingTypesAndTypesItDoesNotJudgeAreClean() {
      JavaFileObject source =
          item(
              "",
              "  @Column(name = \"code\") private String code;",
              "  @Column(name = \"amount\") private int amount;",
              "  @Column(name = \"price\") private java.math.BigDecimal price;",
              "  @Column(name = \"created\") private java.time.OffsetDateTime created;",
              "  @Column(name = \"flag\") private Boolean flag;",
              "  @Column(name = \"payload\") private java.util.Map<String, Object> payload;");
      assertThat(Fixtures.compile(typed(), List.of("-Aschemadrift.severity.nullability=off"), source)).succeededWithoutWarnings();
    }

    @Test
    void suppressedAndOverridden() {
      assertThat(Fixtures.compile(typed(), item("", "  @SuppressWarnings(\"schemadrift:type\") @Column(name = \"code\") private Integer code;"))).succeededWithoutWarnings();
      Compilation warned = Fixtures.compile(typed(), List.of("-Aschemadrift.severity.type=warning"), item("", "  @Column(name = \"code\") private Integer code;"));
      assertThat(warned).succeeded();
      assertThat(warned).hadWarningContaining("[schemadrift:type] column 'items.code' has type 'text'");
    }
  }

  @Nested
  class PrimaryKey {
    private Path keyed() {
      return Fixtures.migrations(
          dir.resolve("keyed"),
          Map.of(
              "V1__events.sql",
              "CREATE TABLE events (id BIGINT NOT NULL, code VARCHAR(20) DEFAULT 'x' NOT NULL);\n"
                  + "CREATE TABLE codes (id BIGINT NOT NULL, code VARCHAR(20) DEFAULT 'x' PRIMARY KEY);\n"
                  + "CREATE TABLE keyed (id BIGINT NOT NULL);\n",
              "V2__key.sql",
              "ALTER TABLE keyed ADD PRIMARY KEY (id);\n"));
    }

    private JavaFileObject entity(String table, String classAnnotations) {
      return Fixtures.source(
          "app.E",
          "package app;",
          "import jakarta.persistence.*;",
          classAnnotations,
          "@Entity @Table(name = \"" + table + "\")",
          "public class E {",
          "  @Id",
          "  private Long id;",
          "}");
    }

    @Test
    void keyOnOtherColumnsIsAnError() {
      JavaFileObject source = entity("codes", "");
      Compilation c = Fixtures.compile(keyed(), source);
      assertThat(c).hadErrorCount(1);
      assertThat(c)
          .hadErrorContaining("[schemadrift:primary-key] table 'codes' has primary key (code) (created at V1__events.sql:2) but field 'id' makes (id) the identifier; map the key columns with @Id")
          .inFile(source)
          .onLineContaining("private Long id");
    }

    @Test
    void noKeyIsAWarningWithTheFix() {
      Compilation c = Fixtures.compile(keyed(), entity("events", ""));
      assertThat(c).succeeded();
      assertThat(c).hadWarningCount(1);
      assertThat(c).hadWarningContaining("[schemadrift:primary-key] table 'events' has no primary key (created at V1__events.sql:1) but field 'id' makes (id) the identifier; add a migration: ALTER TABLE events ADD PRIMARY KEY (id)");
    }

    @Test
    void keyAddedByALaterMigrationIsClean() {
      assertThat(Fixtures.compile(keyed(), entity("keyed", ""))).succeededWithoutWarnings();
    }

    @Test
    void suppressedAndOverridden() {
      assertThat(Fixtures.compile(keyed(), entity("codes", "@SuppressWarnings(\"schemadrift:primary-key\")"))).succeededWithoutWarnings();
      Compilation c = Fixtures.compile(keyed(), List.of("-Aschemadrift.severity=primary-key:warning"), entity("codes", ""));
      assertThat(c).succeeded();
      assertThat(c).hadWarningContaining("[schemadrift:primary-key] table 'codes'");
    }
  }

  @Nested
  class Options {
    @Test
    void unknownDialectFailsWithTheValidValues() {
      Compilation c = Fixtures.compile(accounts(), List.of("-Aschemadrift.dialect=sybase"), account("jakarta", ""));
      assertThat(c).hadErrorCount(1);
      assertThat(c).hadErrorContaining("[schemadrift:config] option 'schemadrift.dialect' has unknown value 'sybase'; valid values: postgresql, mysql, mariadb, h2, oracle, sqlserver");
    }

    @Test
    void missingMigrationsFolderSaysWhatWasTried() {
      Compilation c = Fixtures.compile(dir.resolve("nowhere"), account("jakarta", ""));
      assertThat(c).hadErrorCount(1);
      assertThat(c).hadErrorContaining("[schemadrift:config] migrations directory '" + dir.resolve("nowhere") + "' does not exist: tried");
    }

    @Test
    void unparsableStatementIsAWarningWithItsPlace() {
      Path migrations =
          Fixtures.migrations(
              dir.resolve("db3"),
              Map.of("V1__accounts.sql", ACCOUNTS, "V2__broken.sql", "-- oops\nALTER TABLE accounts ADD COLUMN x INT REFERENCES;\n"));
      Compilation c = Fixtures.compile(migrations, account("jakarta", ""));
      assertThat(c).succeeded();
      assertThat(c).hadWarningCount(1);
      assertThat(c).hadWarningContaining("[schemadrift:sql-parse] V2__broken.sql:2:");
    }
  }
}
