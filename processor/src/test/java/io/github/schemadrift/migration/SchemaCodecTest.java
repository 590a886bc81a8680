package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The cache's binary form gives back exactly the schema it was given. */
class SchemaCodecTest {

  @TempDir Path dir;

  /**
   * Every record the codec writes, with the number of components it writes for it. A record that
   * gains a component fails here until {@link SchemaCodec} writes it and this list is updated.
   */
  private static final Map<Class<? extends Record>, Integer> WRITTEN =
      Map.ofEntries(
          Map.entry(SchemaModel.class, 12), // migrations are not written: they are today's at load
          Map.entry(SchemaModel.ReplayStats.class, 3),
          Map.entry(TableDef.class, 11),
          Map.entry(ColumnDef.class, 12),
          Map.entry(SqlType.class, 4),
          Map.entry(SqlLocation.class, 3), // a changelog's changeSet (unit) rides after the file name
          Map.entry(UniqueDef.class, 4),
          Map.entry(ForeignKeyDef.class, 7),
          Map.entry(CheckDef.class, 5),
          Map.entry(IndexDef.class, 4),
          Map.entry(SequenceDef.class, 6),
          Map.entry(EnumTypeDef.class, 5),
          Map.entry(ViewDef.class, 5),
          Map.entry(SqlProblem.class, 5));

  @Test
  void everyRecordReachableFromTheSchemaIsWrittenWithAllItsComponents() {
    for (Map.Entry<Class<? extends Record>, Integer> e : WRITTEN.entrySet()) {
      assertThat(e.getKey().getRecordComponents()).as(e.getKey().getSimpleName()).hasSize(e.getValue());
    }
    List<Class<?>> reachable = new ArrayList<>();
    collectRecords(SchemaModel.class, reachable);
    reachable.remove(MigrationFile.class); // not written
    assertThat(new ArrayList<Class<?>>(WRITTEN.keySet())).containsExactlyInAnyOrderElementsOf(reachable);
  }

  /** The record types a record's components hold, directly or inside lists and maps. */
  private static void collectRecords(Class<?> type, List<Class<?>> seen) {
    if (!type.isRecord() || seen.contains(type)) {
      return;
    }
    seen.add(type);
    for (RecordComponent component : type.getRecordComponents()) {
      collectRecords(component.getType(), seen);
      if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType generic) {
        for (java.lang.reflect.Type argument : generic.getActualTypeArguments()) {
          if (argument instanceof Class<?> c) {
            collectRecords(c, seen);
          }
        }
      }
    }
  }

  @Test
  void aHandBuiltSchemaWithEveryComponentSetComesBackEqual() {
    SqlLocation at = new SqlLocation("V1__a\u00e9.sql", 3);
    SqlLocation later = new SqlLocation("sub/V2__b.sql", 70000);
    SqlLocation changeSet = new SqlLocation("changes/db.changelog-1.2.yaml", 34, "changeSet 12-add-email");
    ColumnDef id = new ColumnDef("id", false, new SqlType("bigint", null, null, null), false, null, true, at, at);
    ColumnDef price =
        new ColumnDef("Price", true, new SqlType("numeric", null, 10, 2), true, "0.00", false, later, at, List.of(), false);
    ColumnDef mood =
        new ColumnDef("mood", false, new SqlType("enum", 7, null, -1), true, "'happy'", false, at, later,
            List.of("happy", "sad", ""), true, List.of("feeling", "Mood x"), later);
    ColumnDef untyped = new ColumnDef("x", false, null, true, null, false, null, null);
    ColumnDef email = new ColumnDef("email", false, new SqlType("varchar", 200, null, null), true, null, false, changeSet, changeSet);
    TableDef table =
        new TableDef(
            "shop", "Orders", true, List.of(id, price, mood, untyped, email), List.of("id"), at,
            List.of(new UniqueDef("uq_price", List.of("price"), false, at), new UniqueDef(null, List.of("lower(mood)"), true, later)),
            List.of(
                new ForeignKeyDef("fk", List.of("id"), "parent", List.of("pid"), "CASCADE", later, "other"),
                new ForeignKeyDef(null, List.of("id"), "parent", List.of(), null, null)),
            List.of(
                new CheckDef("ck", "mood IN ('happy', 'sad')", "mood", List.of("happy", "sad"), at),
                new CheckDef(null, "price > 0", null, List.of(), later)),
            List.of(new IndexDef("ix", List.of("price", "mood"), true, at), new IndexDef(null, List.of(), false, later)),
            "pk_orders");
    TableDef bare = new TableDef(null, "bare", false, List.of(), List.of(), null);
    Map<String, TableDef> tables = new LinkedHashMap<>();
    tables.put("shop.Orders", table);
    tables.put("bare", bare);
    SchemaModel schema =
        new SchemaModel(
            Dialect.POSTGRESQL,
            tables,
            List.of(),
            List.of(
                new SqlProblem("sql-parse", later, 12, "cannot parse \u2603 " + "x".repeat(70_000), "orders"),
                new SqlProblem("sql-unsupported", at, 0, "unsupported", null)),
            new SchemaModel.ReplayStats(5, Integer.MAX_VALUE, 0),
            Map.of("s1", new SequenceDef("shop", "s1", true, Long.MIN_VALUE, -50, at),
                "s2", new SequenceDef(null, "s2", false, null, Long.MAX_VALUE, null)),
            Map.of("mood", new EnumTypeDef("shop", "Mood", true, List.of("happy", "sad"), later)),
            Map.of("v", new ViewDef(null, "v", false, List.of("a", "b"), at)),
            List.of("note one", "note \u00fc"),
            "public",
            "shop",
            Map.of("gone", later, "\"Gone\"", at));

    SchemaModel back = roundTrip(schema);

    assertThat(back).isEqualTo(schema);
    assertThat(roundTrip(new SchemaModel(Dialect.H2, Map.of(), List.of(), List.of(), null))).isEqualTo(
        new SchemaModel(Dialect.H2, Map.of(), List.of(), List.of(), null));
  }

  @Test
  void aSchemaReplayedFromEveryDdlFormComesBackEqual() throws IOException {
    Path pg = Files.createDirectories(dir.resolve("pg"));
    Files.writeString(pg.resolve("V1__create.sql"), """
        CREATE SCHEMA shop;
        CREATE TYPE mood AS ENUM ('happy', 'sad');
        ALTER TYPE mood ADD VALUE 'ok' BEFORE 'sad';
        CREATE SEQUENCE order_seq START WITH 100 INCREMENT BY 50;
        CREATE TABLE customer (
          id BIGSERIAL PRIMARY KEY,
          email VARCHAR(200) NOT NULL UNIQUE,
          "DisplayName" TEXT DEFAULT 'x',
          feeling mood,
          status VARCHAR(10) CHECK (status IN ('NEW', 'DONE')),
          total NUMERIC(10, 2) GENERATED ALWAYS AS (1.5) STORED
        );
        CREATE TABLE shop.orders (
          id BIGINT GENERATED BY DEFAULT AS IDENTITY,
          customer_id BIGINT NOT NULL,
          placed TIMESTAMP(6) WITH TIME ZONE,
          CONSTRAINT pk_orders PRIMARY KEY (id),
          CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
          CONSTRAINT uq_orders UNIQUE (customer_id, placed),
          CONSTRAINT ck_orders CHECK (id > 0)
        );
        CREATE INDEX ix_orders_placed ON shop.orders (placed);
        CREATE UNIQUE INDEX ux_customer_email ON customer (lower(email));
        CREATE VIEW customer_names AS SELECT id, email AS mail FROM customer;
        CREATE VIEW everything AS SELECT * FROM customer;
        """);
    Files.writeString(pg.resolve("V2__alter.sql"), """
        ALTER TABLE customer ADD COLUMN note VARCHAR(50);
        ALTER TABLE customer ALTER COLUMN note SET NOT NULL;
        ALTER TABLE customer RENAME COLUMN note TO remark;
        ALTER TABLE customer ALTER COLUMN remark TYPE TEXT;
        ALTER TABLE customer ALTER COLUMN remark SET DEFAULT 'none';
        ALTER SEQUENCE order_seq INCREMENT BY 10;
        ALTER TABLE shop.orders ADD CONSTRAINT fk_self FOREIGN KEY (id) REFERENCES shop.orders;
        THIS IS NOT SQL;
        """);
    Files.writeString(pg.resolve("V3__empty.sql"), "");
    Files.writeString(pg.resolve("R__view.sql"), "CREATE OR REPLACE VIEW recent AS SELECT id FROM shop.orders;\n");
    List<MigrationFile> pgMigrations = MigrationDiscovery.discover(List.of(pg)).migrations();
    SchemaModel postgres =
        MigrationReplayer.replay(
            pgMigrations, Dialect.POSTGRESQL, Placeholders.none(Dialect.POSTGRESQL), 0, "public", List.of("public", "shop"),
            (file, error) -> {
              throw error;
            });
    assertThat(postgres.tables()).containsKeys("customer", "shop.orders");
    assertThat(postgres.sequences()).isNotEmpty();
    assertThat(postgres.enumTypes()).isNotEmpty();
    assertThat(postgres.views()).hasSize(3);
    assertThat(postgres.problems()).isNotEmpty();
    assertThat(postgres.notes()).isNotEmpty();
    assertThat(postgres.tables().get("customer").checks()).isNotEmpty();
    assertThat(postgres.tables().get("shop.orders").foreignKeys()).hasSize(2);
    assertThat(roundTrip(postgres)).isEqualTo(postgres);

    Path my = Files.createDirectories(dir.resolve("my"));
    Files.writeString(my.resolve("V1__mysql.sql"), """
        CREATE TABLE `item` (
          `id` INT NOT NULL AUTO_INCREMENT,
          `size` ENUM('S', 'M', 'L') NOT NULL DEFAULT 'M',
          `name` VARCHAR(40),
          PRIMARY KEY (`id`),
          UNIQUE KEY `uk_name` (`name`),
          KEY `ix_size` (`size`)
        ) ENGINE=InnoDB;
        ALTER TABLE item MODIFY COLUMN name VARCHAR(80) NOT NULL;
        """);
    List<MigrationFile> myMigrations = MigrationDiscovery.discover(List.of(my)).migrations();
    SchemaModel mysql = MigrationReplayer.replay(myMigrations, Dialect.MYSQL);
    assertThat(mysql.tables().get("item").columns().get(1).enumValues()).containsExactly("S", "M", "L");
    assertThat(roundTrip(mysql)).isEqualTo(mysql);
  }

  @TestFactory
  List<DynamicTest> everyRealWorldCorpusFolderComesBackEqual() throws IOException {
    Path corpus = RealWorldCorpusTest.corpus();
    assumeTrue(corpus != null && Files.isDirectory(corpus), "real-world corpus not found; skipping");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> projects = Files.list(corpus)) {
      for (Path project : projects.sorted().toList()) {
        try (Stream<Path> dialects = Files.list(project)) {
          for (Path folder : dialects.sorted().toList()) {
            Dialect dialect = Dialect.valueOf(folder.getFileName().toString().toUpperCase(java.util.Locale.ROOT));
            tests.add(DynamicTest.dynamicTest(corpus.relativize(folder).toString(), () -> {
              SchemaModel replayed =
                  MigrationReplayer.replay(MigrationDiscovery.discover(List.of(folder)).migrations(), dialect);
              assertThat(replayed.tables()).isNotEmpty();
              assertThat(roundTrip(replayed)).isEqualTo(replayed);
            }));
          }
        }
      }
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(11);
    return tests;
  }

  private static SchemaModel roundTrip(SchemaModel schema) {
    byte[] bytes = SchemaCodec.encode(schema);
    return SchemaCodec.decode(bytes, 0, bytes.length, schema.migrations());
  }
}
