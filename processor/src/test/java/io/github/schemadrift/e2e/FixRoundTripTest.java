package io.github.schemadrift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule that suggests fix SQL, through {@link FixRoundTrip}: the suggestion runs on H2 and
 * silences the rule. Findings that are warnings by default are raised to errors, so their fix is
 * written uncommented.
 */
class FixRoundTripTest {

  @TempDir Path dir;

  private static JavaFileObject entity(String name, String table, String... lines) {
    String[] head = {
      "package app;",
      "import jakarta.persistence.*;",
      "import java.math.BigDecimal;",
      "import java.util.*;",
      "@Entity @Table(name = \"" + table + "\")",
      "public class " + name + " {",
    };
    String[] all = new String[head.length + lines.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(lines, 0, all, head.length, lines.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app." + name, all);
  }

  private static final String ITEMS =
      "CREATE TABLE items (\n  id BIGINT NOT NULL,\n  name VARCHAR(255),\n  code VARCHAR(40),\n  price NUMERIC(10, 2),\n"
          + "  label VARCHAR(20),\n  flag VARCHAR(255) NOT NULL\n);\n";

  @Test
  void missingColumn() {
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "missing-column", Map.of("V1__items.sql", ITEMS), List.of(),
        entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false) private String flag;",
            "  private Long quantity;", "  @Column(length = 80) private String summary;", "  private BigDecimal total;"));
    assertThat(r.fixFile()).contains("ALTER TABLE items ADD COLUMN quantity bigint", "summary varchar(80)", "total numeric(38, 2)");
  }

  @Test
  void nullability() {
    FixRoundTrip.run(dir, "nullability", Map.of("V1__items.sql", ITEMS), List.of("-Aschemadrift.severity=nullability:error"),
        entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false) private String name;", "  private String flag;"));
  }

  @Test
  void type() {
    FixRoundTrip.run(dir, "type", Map.of("V1__items.sql", ITEMS), List.of(),
        entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false) private String flag;", "  private Integer code;"));
  }

  @Test
  void primaryKey() {
    FixRoundTrip.run(dir, "primary-key", Map.of("V1__items.sql", ITEMS), List.of("-Aschemadrift.severity=primary-key:error"),
        entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false) private String flag;"));
  }

  @Test
  void length() {
    FixRoundTrip.run(dir, "length", Map.of("V1__items.sql", ITEMS), List.of(),
        entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false) private String flag;",
            "  @Column(length = 60) private String code;", "  @Column(length = 30) private String label;"));
  }

  @Test
  void precision() {
    FixRoundTrip.run(dir, "precision", Map.of("V1__items.sql", ITEMS), List.of(),
        entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false) private String flag;",
            "  @Column(precision = 12, scale = 4) private BigDecimal price;"));
  }

  @Test
  void joinTable() {
    String sql = "CREATE TABLE team (id BIGINT PRIMARY KEY);\nCREATE TABLE player (id BIGINT PRIMARY KEY);\n"
        + "CREATE TABLE team_tags (team_id BIGINT NOT NULL);\n";
    JavaFileObject player = Fixtures.source("app.Player", "package app;", "@jakarta.persistence.Entity public class Player { @jakarta.persistence.Id private Long id; }");
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "join-table", Map.of("V1__team.sql", sql), List.of(),
        entity("Team", "team", "  @Id private Long id;",
            "  @ManyToMany private Set<Player> players;",
            "  @ElementCollection @CollectionTable(name = \"team_tags\", joinColumns = @JoinColumn(name = \"team_id\"))"
                + " @OrderColumn(name = \"pos\") @Column(name = \"tag\", length = 40) private List<String> tags;",
            "  @ElementCollection @MapKeyColumn(name = \"locale\") private Map<String, String> titles;"),
        player);
    assertThat(r.fixFile()).contains("CREATE TABLE team_Player (Team_id bigint NOT NULL, players_id bigint NOT NULL, PRIMARY KEY (Team_id, players_id))", "CREATE TABLE Team_titles", "ALTER TABLE team_tags ADD COLUMN tag varchar(40)");
  }

  @Test
  void unmappedNotNull() {
    FixRoundTrip.run(dir, "unmapped-not-null", Map.of("V1__items.sql", ITEMS), List.of(),
        entity("Item", "items", "  @Id private Long id;"));
  }

  @Test
  void discriminatorColumnMissing() {
    String sql = "CREATE TABLE payment (id BIGINT PRIMARY KEY, amount INTEGER);\n";
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "discriminator", Map.of("V1__payment.sql", sql),
        new FixRoundTrip.Rows("INSERT INTO payment (id, amount) VALUES (1, 5)", "SELECT DTYPE = 'Card' FROM payment"), List.of(),
        payment(), card());
    assertThat(r.fixFile()).contains("-- every row already in payment is of the one class the hierarchy inserts: it gets 'Card'");
  }

  @Test
  void discriminatorColumnTooNarrow() {
    String sql = "CREATE TABLE payment (id BIGINT PRIMARY KEY, DTYPE VARCHAR(3) NOT NULL, amount INTEGER);\n";
    FixRoundTrip.run(dir, "discriminator", Map.of("V1__payment.sql", sql), List.of(), payment(), card());
  }

  @Test
  void generationSequenceMissing() {
    FixRoundTrip.run(dir, "generation", Map.of("V1__items.sql", ITEMS), List.of(),
        entity("Item", "items", "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id;",
            "  @Column(nullable = false) private String flag;"));
  }

  @Test
  void generationIncrement() {
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "generation",
        Map.of("V1__items.sql", ITEMS + "CREATE SEQUENCE item_seq START WITH 1 INCREMENT BY 1;\n"), List.of(),
        entity("Item", "items", "  @Id @GeneratedValue(generator = \"g\") @SequenceGenerator(name = \"g\", sequenceName = \"item_seq\")"
            + " private Long id;", "  @Column(nullable = false) private String flag;"));
    assertThat(r.fixFile()).contains("ALTER SEQUENCE item_seq INCREMENT BY 50");
  }

  @Test
  void generationIdentity() {
    FixRoundTrip.run(dir, "generation", Map.of("V1__items.sql", ITEMS), List.of(),
        entity("Item", "items", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
            "  @Column(nullable = false) private String flag;"));
  }

  @Test
  void generationTable() {
    FixRoundTrip.run(dir, "generation", Map.of("V1__items.sql", ITEMS), List.of(),
        entity("Item", "items", "  @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id;",
            "  @Column(nullable = false) private String flag;"));
  }

  @Test
  void foreignKey() {
    String sql = "CREATE TABLE owner (id BIGINT PRIMARY KEY);\nCREATE TABLE pet (id BIGINT PRIMARY KEY, owner_id BIGINT);\n";
    JavaFileObject owner = Fixtures.source("app.Owner", "package app;", "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"owner\")"
        + " public class Owner { @jakarta.persistence.Id private Long id; }");
    FixRoundTrip.run(dir, "foreign-key", Map.of("V1__pet.sql", sql), List.of("-Aschemadrift.severity=foreign-key:error"),
        entity("Pet", "pet", "  @Id private Long id;", "  @ManyToOne private Owner owner;"), owner);
  }

  @Test
  void unique() {
    FixRoundTrip.run(dir, "unique", Map.of("V1__items.sql", ITEMS), List.of("-Aschemadrift.severity=unique:error"),
        entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false) private String flag;",
            "  @Column(unique = true, length = 40) private String code;"));
  }

  @Test
  void uniqueKeyOverTwoColumns() {
    FixRoundTrip.run(dir, "unique", Map.of("V1__items.sql", ITEMS), List.of("-Aschemadrift.severity=unique:error"),
        Fixtures.source("app.Item", "package app;", "import jakarta.persistence.*;",
            "@Entity @Table(name = \"items\", uniqueConstraints = @UniqueConstraint(columnNames = {\"name\", \"code\"}))",
            "public class Item {", "  @Id private Long id;", "  @Column(nullable = false) private String flag;",
            "  private String name;", "  @Column(length = 40) private String code;", "}"));
  }

  @Test
  void enumValuesCheck() {
    String sql = "CREATE TABLE ticket (id BIGINT PRIMARY KEY, status VARCHAR(20), CONSTRAINT ck_status CHECK (status IN ('OPEN')));\n";
    FixRoundTrip.run(dir, "enum-values", Map.of("V1__ticket.sql", sql), List.of(),
        entity("Ticket", "ticket", "  public enum Status { OPEN, CLOSED }", "  @Id private Long id;",
            "  @Enumerated(EnumType.STRING) private Status status;"));
  }

  @Test
  void enumValuesOrdinal() {
    String sql = "CREATE TABLE ticket (id BIGINT PRIMARY KEY, status SMALLINT, CONSTRAINT ck_status CHECK (status BETWEEN 0 AND 0));\n";
    FixRoundTrip.run(dir, "enum-values", Map.of("V1__ticket.sql", sql), List.of(),
        entity("Ticket", "ticket", "  public enum Status { OPEN, CLOSED }", "  @Id private Long id;", "  private Status status;"));
  }

  private static final String ORDERS =
      "CREATE TABLE orders (\n  id BIGINT NOT NULL PRIMARY KEY,\n  cust_id BIGINT NOT NULL,\n  net_amount NUMERIC(10, 2),\n"
          + "  note VARCHAR(40)\n);\n";

  @Test
  void renameOfAnUnmappedCounterpartIsOneRenameColumn() {
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "missing-column", Map.of("V1__orders.sql", ORDERS), List.of(),
        entity("Order", "orders", "  @Id private Long id;", "  @Column(name = \"customer_id\", nullable = false) private Long customerId;",
            "  @Column(name = \"amount_net\", precision = 10, scale = 2) private BigDecimal amountNet;", "  @Column(length = 40) private String note;"));
    assertThat(r.fixFile()).contains("ALTER TABLE orders RENAME COLUMN cust_id TO customer_id;",
        "ALTER TABLE orders RENAME COLUMN net_amount TO amount_net;").doesNotContain("ADD COLUMN", "DROP NOT NULL");
    assertThat(Fixtures.findings(r.before())).noneMatch(f -> f.contains("unmapped-not-null"))
        .anyMatch(f -> f.contains("did you mean 'cust_id' (bigint, mapped by no entity)?"));
    assertThat(Fixtures.findings(r.after())).noneMatch(f -> f.contains("unmapped-not-null"));
  }

  @Test
  void noRenameForAnIncompatibleTypeAnUnrelatedNameOrTwoCandidates() {
    String sql = "CREATE TABLE orders (id BIGINT PRIMARY KEY, cust_id VARCHAR(20), total NUMERIC(10, 2),"
        + " ship_co VARCHAR(10), ship_cd VARCHAR(10));\n";
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "missing-column", Map.of("V1__orders.sql", sql), List.of(),
        entity("Order", "orders", "  @Id private Long id;", "  @Column(name = \"customer_id\") private Long customerId;",
            "  @Column(name = \"amount_net\", precision = 10, scale = 2) private BigDecimal amountNet;",
            "  @Column(name = \"ship_cod\", length = 10) private String shipCod;"));
    assertThat(r.fixFile()).contains("ADD COLUMN customer_id bigint", "ADD COLUMN amount_net numeric(10, 2)",
        "ADD COLUMN ship_cod varchar(10)").doesNotContain("RENAME");
  }

  @Test
  void droppedTableIsCreatedAgainWithKeysUniquesAndForeignKeys() {
    String sql = "CREATE TABLE owner (id BIGINT PRIMARY KEY);\nCREATE TABLE pet (id BIGINT PRIMARY KEY);\nDROP TABLE pet;\n";
    JavaFileObject owner = Fixtures.source("app.Owner", "package app;", "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"owner\")"
        + " public class Owner { @jakarta.persistence.Id private Long id; }");
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "missing-table", Map.of("V1__pet.sql", sql), List.of(),
        entity("Pet", "pet", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
            "  @Column(unique = true, length = 30, nullable = false) private String tag;", "  @ManyToOne private Owner owner;"), owner);
    assertThat(r.fixFile()).contains("with its rows: this creates it again, empty",
        "CREATE TABLE pet (id bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, tag varchar(30) NOT NULL, owner_id bigint,"
            + " PRIMARY KEY (id), CONSTRAINT uk_pet_tag UNIQUE (tag));",
        "ALTER TABLE pet ADD CONSTRAINT fk_pet_owner_id FOREIGN KEY (owner_id) REFERENCES owner (id);")
        .doesNotContain("Nothing to change");
    assertThat(Fixtures.findings(r.after())).isEmpty();
  }

  @Test
  void changedPrimaryKeyMovesTheKey() {
    String sql = "CREATE TABLE items (id BIGINT NOT NULL, code VARCHAR(20) NOT NULL, PRIMARY KEY (code));\n";
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "primary-key", Map.of("V1__items.sql", sql), List.of(),
        entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false, length = 20) private String code;"));
    assertThat(r.fixFile()).contains("ALTER TABLE items DROP PRIMARY KEY;\nALTER TABLE items ADD PRIMARY KEY (id);");
  }

  @Test
  void aKeyOthersReferenceIsMovedOnTheJavaSideAndTheHeaderSaysSo() throws Exception {
    String sql = "CREATE TABLE items (id BIGINT NOT NULL, code VARCHAR(20) NOT NULL, PRIMARY KEY (code));\n"
        + "CREATE TABLE line (id BIGINT PRIMARY KEY, item_code VARCHAR(20) REFERENCES items (code));\n";
    Path db = Fixtures.migrations(dir.resolve("db"), Map.of("V1__items.sql", sql));
    Path fix = dir.resolve("fix.sql");
    Fixtures.compile(db, List.of("-Aschemadrift.dialect=h2", "-Aschemadrift.fixMigration=" + fix),
        entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false, length = 20) private String code;"));
    assertThat(java.nio.file.Files.readString(fix))
        .contains("-- 1 error has no SQL here", "foreign keys of 'line' reference the present key")
        .doesNotContain("Nothing to change", "DROP PRIMARY KEY");
  }

  @Test
  void renameKeepsTheRows() {
    FixRoundTrip.run(dir, "missing-column", Map.of("V1__orders.sql", ORDERS),
        new FixRoundTrip.Rows("INSERT INTO orders (id, cust_id, net_amount) VALUES (1, 7, 2.50)",
            "SELECT customer_id = 7 AND amount_net = 2.50 FROM orders"), List.of(),
        entity("Order", "orders", "  @Id private Long id;", "  @Column(name = \"customer_id\", nullable = false) private Long customerId;",
            "  @Column(name = \"amount_net\", precision = 10, scale = 2) private BigDecimal amountNet;", "  @Column(length = 40) private String note;"));
  }

  @Test
  void restoredIdentityRestartsAfterTheLargestId() {
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "generation", Map.of("V1__items.sql", ITEMS),
        new FixRoundTrip.Rows("INSERT INTO items (id, flag) VALUES (1, 'a');INSERT INTO items (id, flag) VALUES (5, 'b')",
            "SELECT COUNT(*) = 1 FROM FINAL TABLE (INSERT INTO items (flag) VALUES ('new')) WHERE id > 5"), List.of(),
        entity("Item", "items", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
            "  @Column(nullable = false) private String flag;"));
    assertThat(r.fixFile()).contains("-- the identity starts at 1 while ids exist", "RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 FROM items)");
  }

  @Test
  void createdSequenceRestartsPastTheLargestId() {
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "generation", Map.of("V1__items.sql", ITEMS),
        new FixRoundTrip.Rows("INSERT INTO items (id, flag) VALUES (1, 'a');INSERT INTO items (id, flag) VALUES (70, 'b')",
            "SELECT NEXT VALUE FOR items_SEQ - 49 > 70"), List.of(),
        entity("Item", "items", "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id;",
            "  @Column(nullable = false) private String flag;"));
    assertThat(r.fixFile()).contains("CREATE SEQUENCE items_SEQ START WITH 1 INCREMENT BY 50;",
        "ALTER SEQUENCE items_SEQ RESTART WITH (SELECT COALESCE(MAX(id), 0) + 50 FROM items)");
  }

  @Test
  void aSelfReferencingJoinTableGetsOneForeignKeyPerSide() {
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "join-table", Map.of("V1__person.sql", "CREATE TABLE person (id BIGINT PRIMARY KEY);\n"),
        List.of(), entity("Person", "person", "  @Id private Long id;", "  @ManyToMany private Set<Person> friends;"));
    assertThat(r.fixFile()).contains("CREATE TABLE person_person (Person_id bigint NOT NULL, friends_id bigint NOT NULL, PRIMARY KEY (Person_id, friends_id));",
        "ALTER TABLE person_person ADD CONSTRAINT fk_person_person_Person_id FOREIGN KEY (Person_id) REFERENCES person (id);",
        "ALTER TABLE person_person ADD CONSTRAINT fk_person_person_friends_id FOREIGN KEY (friends_id) REFERENCES person (id);");
  }

  @Test
  void setNotNullBackfillsAKnownValueFirst() {
    String sql = "CREATE TABLE items (id BIGINT PRIMARY KEY, qty INTEGER, code VARCHAR(20) DEFAULT 'none');\n";
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "nullability", Map.of("V1__items.sql", sql),
        new FixRoundTrip.Rows("INSERT INTO items (id, qty, code) VALUES (1, NULL, NULL);INSERT INTO items (id, qty, code) VALUES (2, 4, 'x')",
            "SELECT (qty = 0 AND code = 'none') OR (qty = 4 AND code = 'x') FROM items"), List.of(),
        entity("Item", "items", "  @Id private Long id;", "  private int qty;", "  @Column(nullable = false, length = 20) private String code;"));
    assertThat(r.fixFile()).contains("UPDATE items SET qty = 0 WHERE qty IS NULL;", "UPDATE items SET code = 'none' WHERE code IS NULL;");
  }

  @Test
  void setNotNullOfATextColumnGetsAPlaceholderToConfirm() {
    String sql = "CREATE TABLE items (id BIGINT PRIMARY KEY, code VARCHAR(20));\n";
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "nullability", Map.of("V1__items.sql", sql),
        new FixRoundTrip.Rows("INSERT INTO items (id, code) VALUES (1, NULL);INSERT INTO items (id, code) VALUES (2, 'x')",
            "SELECT code = '' OR code = 'x' FROM items"), List.of(),
        entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false, length = 20) private String code;"));
    assertThat(r.fixFile()).contains("-- CONFIRM THIS VALUE: no default is known for code", "\nUPDATE items SET code = '' WHERE code IS NULL;");
  }

  /** Changed on purpose (issue 22): a String column now gets a placeholder, so the decision is shown on other types. */
  @Test
  void setNotNullWithoutAKnownValueIsTheReviewersDecision() {
    String sql = "CREATE TABLE items (id BIGINT PRIMARY KEY, qty BIGINT, status VARCHAR(20));\n";
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "nullability", Map.of("V1__items.sql", sql), List.of(),
        entity("Item", "items", "  public enum Status { OPEN }", "  @Id private Long id;", "  @Column(nullable = false) private Long qty;",
            "  @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) private Status status;"));
    assertThat(r.fixFile()).contains("-- changes nothing; decide their value and run first: UPDATE items SET qty = <value> WHERE qty IS NULL",
            "-- changes nothing; decide their value and run first: UPDATE items SET status = <value> WHERE status IS NULL")
        .doesNotContain("\nUPDATE").doesNotContain("CONFIRM");
  }

  @Test
  void addedNotNullPrimitiveColumnFillsTheRowsThatExist() {
    FixRoundTrip.Result r = FixRoundTrip.run(dir, "missing-column", Map.of("V1__items.sql", ITEMS),
        new FixRoundTrip.Rows("INSERT INTO items (id, flag) VALUES (1, 'a')", "SELECT stock = 0 AND active = FALSE FROM items"), List.of(),
        entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false) private String flag;", "  private int stock;",
            "  private boolean active;"));
    assertThat(r.fixFile()).contains("ALTER TABLE items ADD COLUMN stock integer DEFAULT 0 NOT NULL;",
        "ALTER TABLE items ADD COLUMN active boolean DEFAULT FALSE NOT NULL;");
  }

  @Test
  void movedPrimaryKeyKeepsTheRows() {
    String sql = "CREATE TABLE items (id BIGINT NOT NULL, code VARCHAR(20) NOT NULL, PRIMARY KEY (code));\n";
    FixRoundTrip.run(dir, "primary-key", Map.of("V1__items.sql", sql),
        new FixRoundTrip.Rows("INSERT INTO items VALUES (1, 'a');INSERT INTO items VALUES (2, 'b')", "SELECT COUNT(*) = 2 FROM items"),
        List.of(), entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false, length = 20) private String code;"));
  }

  private static JavaFileObject payment() {
    return Fixtures.source("app.Payment", "package app;", "import jakarta.persistence.*;",
        "@Entity public abstract class Payment {", "  @Id private Long id;", "  private Integer amount;", "}");
  }

  private static JavaFileObject card() {
    return Fixtures.source("app.Card", "package app;", "import jakarta.persistence.*;",
        "@Entity public class Card extends Payment {", "}");
  }
}
