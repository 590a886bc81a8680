package io.github.schemadrift.fixproof;

import io.github.schemadrift.migration.Dialect;
import java.util.List;

/**
 * Every rule that writes fix SQL, one case per kind of fix (the cases of {@code
 * e2e/FixRoundTripTest}, there proven on an empty H2 database only). Each case's migrations are
 * written in SQL every dialect accepts; the proofs fill the tables with rows before the fix runs.
 */
final class FixProofCases {

  private FixProofCases() {}

  static final String ITEMS = "CREATE TABLE items (\n  id BIGINT NOT NULL PRIMARY KEY,\n  name VARCHAR(255),\n"
      + "  code VARCHAR(40),\n  price NUMERIC(10, 2),\n  label VARCHAR(20),\n  flag VARCHAR(255) NOT NULL\n);\n";

  /** The dialects whose proofs hold rows; the golden-file dialects cannot show a data hazard. */
  private static final Dialect[] WITH_ROWS = {Dialect.POSTGRESQL, Dialect.MARIADB, Dialect.H2};

  private static final String FLAG = "  @Column(nullable = false) private String flag;";

  /**
   * The cases to run: all, or with {@code -Dfixproof.case=name,other} only those (to iterate on one
   * case without running every proof).
   */
  static List<FixProofCase> selected() {
    String names = System.getProperty("fixproof.case", "");
    if (names.isBlank()) {
      return all();
    }
    List<String> wanted = List.of(names.split(","));
    return all().stream().filter(c -> wanted.contains(c.name())).toList();
  }

  static List<FixProofCase> all() {
    return List.of(
        items("missing-column", "missing-column").entity("Item", "items", "  @Id private Long id;", FLAG,
            "  private Long quantity;", "  @Column(length = 80) private String summary;", "  private BigDecimal total;").build(),
        items("nullability", "nullability").asError()
            .entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false) private String name;", "  private String flag;")
            .build(),
        items("type", "type").entity("Item", "items", "  @Id private Long id;", FLAG, "  private Integer code;").build(),
        items("length", "length").entity("Item", "items", "  @Id private Long id;", FLAG,
            "  @Column(length = 60) private String code;", "  @Column(length = 30) private String label;").build(),
        items("precision", "precision").entity("Item", "items", "  @Id private Long id;", FLAG,
            "  @Column(precision = 12, scale = 4) private BigDecimal price;").build(),
        items("unmapped-not-null", "unmapped-not-null").entity("Item", "items", "  @Id private Long id;").build(),
        items("unique", "unique").asError().entity("Item", "items", "  @Id private Long id;", FLAG,
            "  @Column(unique = true, length = 40) private String code;").build(),
        items("unique-two-columns", "unique").asError().source("app.Item", "package app;", "import jakarta.persistence.*;",
            "@Entity @Table(name = \"items\", uniqueConstraints = @UniqueConstraint(columnNames = {\"name\", \"code\"}))",
            "public class Item {", "  @Id private Long id;", FLAG, "  private String name;",
            "  @Column(length = 40) private String code;", "}").build(),
        items("generation-sequence-missing", "generation")
            .entity("Item", "items", "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id;", FLAG).build(),
        FixProofCase.named("generation-increment", "generation")
            .migration("V1__items.sql", ITEMS + "CREATE SEQUENCE item_seq START WITH 1 INCREMENT BY 1;\n")
            .entity("Item", "items", "  @Id @GeneratedValue(generator = \"g\") @SequenceGenerator(name = \"g\", sequenceName = \"item_seq\")"
                + " private Long id;", FLAG).build(),
        items("generation-identity", "generation")
            .notIn("on Oracle a trigger may fill the key and triggers are not replayed, so the rule stays silent", Dialect.ORACLE)
            .entity("Item", "items", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;", FLAG).build(),
        // two entities without @TableGenerator share Hibernate's 'default' row, which must pass both tables' ids:
        // notes holds 5 and 55, where the blocks of a row set past items' ids alone would start
        items("generation-table", "generation")
            .migration("V2__notes.sql", "CREATE TABLE notes (id BIGINT PRIMARY KEY, body VARCHAR(200));\n"
                + "INSERT INTO notes (id, body) VALUES (5, 'five');\nINSERT INTO notes (id, body) VALUES (55, 'fifty-five');\n")
            .entity("Item", "items", "  @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id;", FLAG)
            .entity("Note", "notes", "  @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id;",
                "  @Column(length = 200) private String body;").build(),
        // AUTO naming a @TableGenerator without pkColumnValue: Hibernate's row is named after the entity's table, and a
        // second entity shares the table generator under its own segment
        items("generation-table-generator", "generation")
            .migration("V2__notes.sql", "CREATE TABLE notes (id BIGINT PRIMARY KEY, body VARCHAR(200));\n")
            .entity("Item", "items", "  @Id @GeneratedValue(generator = \"g\") @TableGenerator(name = \"g\", table = \"id_gen\","
                + " allocationSize = 10) private Long id;", FLAG)
            .entity("Note", "notes", "  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = \"n\") @TableGenerator(name = \"n\", table = \"id_gen\","
                + " pkColumnValue = \"note\") private Long id;", "  @Column(length = 200) private String body;").build(),
        primaryKey(),
        FixProofCase.named("primary-key-moved", "primary-key")
            .migration("V1__items.sql", ITEMS.replace("id BIGINT NOT NULL PRIMARY KEY", "id BIGINT NOT NULL")
                .replace("flag VARCHAR(255) NOT NULL\n", "flag VARCHAR(255) NOT NULL,\n  PRIMARY KEY (flag)\n"))
            .entity("Item", "items", "  @Id private Long id;", FLAG).build(),
        FixProofCase.named("missing-column-rename", "missing-column")
            .migration("V1__orders.sql", "CREATE TABLE orders (\n  id BIGINT NOT NULL PRIMARY KEY,\n  cust_id BIGINT NOT NULL,\n"
                + "  net_amount NUMERIC(10, 2)\n);\n")
            .entity("Order", "orders", "  @Id private Long id;", "  @Column(name = \"customer_id\", nullable = false) private Long customerId;",
                "  @Column(name = \"amount_net\", precision = 10, scale = 2) private BigDecimal amountNet;").build(),
        items("missing-column-not-null-primitive", "missing-column")
            .entity("Item", "items", "  @Id private Long id;", FLAG, "  private int stock;", "  private boolean active;").build(),
        FixProofCase.named("missing-table-dropped", "missing-table")
            .migration("V1__pet.sql", "CREATE TABLE owner (id BIGINT PRIMARY KEY);\nCREATE TABLE pet (id BIGINT PRIMARY KEY);\nDROP TABLE pet;\n")
            .source("app.Owner", "package app;", "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"owner\")"
                + " public class Owner { @jakarta.persistence.Id private Long id; }")
            .entity("Pet", "pet", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
                "  @Column(unique = true, length = 30, nullable = false) private String tag;", "  @ManyToOne private Owner owner;").build(),
        joinTable(),
        foreignKey(),
        discriminator("discriminator-missing", "CREATE TABLE payment (id BIGINT PRIMARY KEY, amount INTEGER);\n")
            .build(),
        // the rows already there are of a subclass whose value fits: 'Csh'
        discriminator("discriminator-too-narrow",
            "CREATE TABLE payment (id BIGINT PRIMARY KEY, DTYPE VARCHAR(3) NOT NULL, amount INTEGER);\n")
            .value("payment.dtype", "'Csh'")
            .source("app.Cash", "package app;", "import jakarta.persistence.*;",
                "@Entity @DiscriminatorValue(\"Csh\") public class Cash extends Payment {", "}")
            .build(),
        renamedColumn(),
        renamedKeyColumn(),
        renamedJoinTable(),
        droppedTable(),
        changedPrimaryKey(),
        dateUnderLocalDateTime(),
        FixProofCase.named("enum-values-check", "enum-values")
            .migration("V1__ticket.sql",
                "CREATE TABLE ticket (id BIGINT PRIMARY KEY, status VARCHAR(20), CONSTRAINT ck_status CHECK (status IN ('OPEN')));\n")
            .value("ticket.status", "'OPEN'")
            .entity("Ticket", "ticket", "  public enum Status { OPEN, CLOSED }", "  @Id private Long id;",
                "  @Enumerated(EnumType.STRING) private Status status;").build(),
        FixProofCase.named("enum-values-ordinal", "enum-values")
            .migration("V1__ticket.sql",
                "CREATE TABLE ticket (id BIGINT PRIMARY KEY, status SMALLINT, CONSTRAINT ck_status CHECK (status BETWEEN 0 AND 0));\n")
            .value("ticket.status", "0")
            .entity("Ticket", "ticket", "  public enum Status { OPEN, CLOSED }", "  @Id private Long id;", "  private Status status;")
            .build());
  }

  private static FixProofCase.Builder items(String name, String ruleId) {
    return FixProofCase.named(name, ruleId).migration("V1__items.sql", ITEMS);
  }

  private static FixProofCase primaryKey() {
    return FixProofCase.named("primary-key", "primary-key").asError()
        .migration("V1__items.sql", ITEMS.replace("id BIGINT NOT NULL PRIMARY KEY", "id BIGINT NOT NULL"))
        .entity("Item", "items", "  @Id private Long id;", FLAG).build();
  }

  private static FixProofCase joinTable() {
    return FixProofCase.named("join-table", "join-table")
        .migration("V1__team.sql", "CREATE TABLE team (id BIGINT PRIMARY KEY);\nCREATE TABLE player (id BIGINT PRIMARY KEY);\n"
            + "CREATE TABLE team_tags (team_id BIGINT NOT NULL);\n")
        .source("app.Player", "package app;", "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"player\") public class Player { @jakarta.persistence.Id private Long id; }")
        .entity("Team", "team", "  @Id private Long id;", "  @ManyToMany private Set<Player> players;",
            "  @ElementCollection @CollectionTable(name = \"team_tags\", joinColumns = @JoinColumn(name = \"team_id\"))"
                + " @OrderColumn(name = \"pos\") @Column(name = \"tag\", length = 40) private List<String> tags;",
            "  @ElementCollection @MapKeyColumn(name = \"locale\") private Map<String, String> titles;")
        .build();
  }

  private static FixProofCase foreignKey() {
    return FixProofCase.named("foreign-key", "foreign-key").asError()
        .migration("V1__pet.sql", "CREATE TABLE owner (id BIGINT PRIMARY KEY);\nCREATE TABLE pet (id BIGINT PRIMARY KEY, owner_id BIGINT);\n")
        .source("app.Owner", "package app;", "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"owner\")"
            + " public class Owner { @jakarta.persistence.Id private Long id; }")
        .entity("Pet", "pet", "  @Id private Long id;", "  @ManyToOne private Owner owner;").build();
  }

  /** {@code customer_id} renamed to {@code cust_id} by a migration; the entity still maps {@code customer_id}. */
  private static FixProofCase renamedColumn() {
    return FixProofCase.named("renamed-column", "missing-column")
        .migration("V1__orders.sql", "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL);\n")
        .migration("V2__rename.sql", "ALTER TABLE orders RENAME COLUMN customer_id TO cust_id;\n")
        .moves("orders.cust_id", "orders.customer_id")
        .entity("Order", "orders", "  @Id private Long id;", "  @Column(name = \"customer_id\", nullable = false) private Long customerId;")
        .build();
  }

  /** The key column renamed (before issue 22: ADD COLUMN, and DROP NOT NULL on the old key column, refused by PostgreSQL and H2). */
  private static FixProofCase renamedKeyColumn() {
    return FixProofCase.named("renamed-key-column", "missing-column")
        .migration("V1__orders.sql", "CREATE TABLE orders (order_no BIGINT NOT NULL PRIMARY KEY, total NUMERIC(10, 2));\n")
        .migration("V2__rename.sql", "ALTER TABLE orders RENAME COLUMN order_no TO ord_no;\n")
        .moves("orders.ord_no", "orders.order_no")
        .entity("Order", "orders", "  @Id @Column(name = \"order_no\") private Long orderNo;", "  private BigDecimal total;")
        .build();
  }

  /** The join table renamed away: the fix renames it back, keeping its rows, keys and foreign keys. */
  private static FixProofCase renamedJoinTable() {
    return FixProofCase.named("renamed-join-table", "join-table")
        .migration("V1__team.sql", "CREATE TABLE team (id BIGINT PRIMARY KEY);\nCREATE TABLE player (id BIGINT PRIMARY KEY);\n"
            + "CREATE TABLE team_player (Team_id BIGINT NOT NULL REFERENCES team (id), players_id BIGINT NOT NULL REFERENCES player (id),"
            + " PRIMARY KEY (Team_id, players_id));\n")
        .migration("V2__rename.sql", "ALTER TABLE team_player RENAME TO team_player_old;\n")
        .moves("team_player_old.players_id", "team_player.players_id")
        .source("app.Player", "package app;", "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"player\")"
            + " public class Player { @jakarta.persistence.Id private Long id; }")
        .entity("Team", "team", "  @Id private Long id;", "  @ManyToMany private Set<Player> players;")
        .build();
  }

  /** A table a later migration dropped, still mapped: the fix must create it (or say it belongs on the Java side). */
  private static FixProofCase droppedTable() {
    return FixProofCase.named("dropped-table", "missing-table")
        .migration("V1__items.sql", ITEMS + "CREATE TABLE notes (id BIGINT PRIMARY KEY, body VARCHAR(200));\n")
        .migration("V2__drop.sql", "DROP TABLE notes;\n")
        .entity("Item", "items", "  @Id private Long id;", FLAG)
        .entity("Note", "notes", "  @Id private Long id;", "  @Column(length = 200) private String body;")
        .build();
  }

  /** The table keyed on another column than the entity's @Id: the fix must change the key. */
  private static FixProofCase changedPrimaryKey() {
    return FixProofCase.named("changed-primary-key", "primary-key").asError()
        .migration("V1__items.sql", "CREATE TABLE items (id BIGINT NOT NULL, code VARCHAR(40) NOT NULL PRIMARY KEY,"
            + " flag VARCHAR(255) NOT NULL);\n")
        .entity("Item", "items", "  @Id private Long id;", "  @Column(nullable = false, length = 40) private String code;", FLAG)
        .build();
  }

  /** A {@code date} column under a {@code LocalDateTime}: Hibernate's validate rejects it, so the fix must be SQL, not a commented warning. */
  private static FixProofCase dateUnderLocalDateTime() {
    return FixProofCase.named("type-date-under-local-date-time", "type")
        .migration("V1__events.sql", "CREATE TABLE events (id BIGINT PRIMARY KEY, happened DATE);\n")
        .entity("Event", "events", "  @Id private Long id;", "  private java.time.LocalDateTime happened;")
        .build();
  }

  private static FixProofCase.Builder discriminator(String name, String sql) {
    return FixProofCase.named(name, "discriminator").migration("V1__payment.sql", sql)
        .source("app.Payment", "package app;", "import jakarta.persistence.*;",
            "@Entity @Table(name = \"payment\") public abstract class Payment {", "  @Id private Long id;", "  private Integer amount;", "}")
        .source("app.Card", "package app;", "import jakarta.persistence.*;", "@Entity public class Card extends Payment {", "}");
  }
}
