package io.github.schemadrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.EntityTraits;
import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.migration.SqlType;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** unmapped-not-null on hand-built models: which entities count as writing a column, and who inserts. */
class CrossEntityRulesTest {

  private static final SqlLocation V1 = new SqlLocation("V1__t.sql", 1);

  private static ColumnDef notNull(String name) {
    return new ColumnDef(name, false, SqlType.parse("bigint"), false, null, false, V1, V1);
  }

  private static SchemaModel schema(ColumnDef... columns) {
    TableDef table = new TableDef(null, "t", false, List.of(columns), List.of("id"), V1);
    return new SchemaModel(Dialect.POSTGRESQL, Map.of("t", table), List.of(), List.of(), new SchemaModel.ReplayStats(1, 0, 0));
  }

  private static ColumnMapping column(String name) {
    return new ColumnMapping(name, name, false, null, false, name.equals("id"), "java.lang.Long",
        SourcePosition.NONE, SourcePosition.NONE, SourcePosition.NONE);
  }

  private static EntityModel entity(String name, EntityTraits traits, String... columns) {
    List<ColumnMapping> mapped = new ArrayList<>();
    for (String c : columns) {
      mapped.add(column(c));
    }
    return new EntityModel("app." + name, "t", false, mapped, SourcePosition.NONE, SourcePosition.NONE, name,
        List.of(new TableMapping("t", false, null, null, TableMapping.Kind.PRIMARY, mapped, SourcePosition.NONE, null)),
        EntityModel.Inheritance.SINGLE_TABLE, null, traits);
  }

  private static List<Finding> run(SchemaModel schema, EntityModel... entities) {
    List<Finding> findings = new ArrayList<>();
    new UnmappedNotNullRule().checkAll(List.of(entities), schema, findings::add);
    return findings;
  }

  @Test
  void siblingColumnsOfASharedTableCount() {
    EntityTraits root = new EntityTraits(true, false, "app.Root", null, SourcePosition.NONE);
    EntityTraits leaf = new EntityTraits(false, false, "app.Root", null, SourcePosition.NONE);
    SchemaModel schema = schema(notNull("id"), notNull("a"), notNull("b"));
    assertThat(run(schema, entity("Root", root, "id"), entity("A", leaf, "a"), entity("B", leaf, "b"))).isEmpty();
    List<Finding> findings = run(schema, entity("Root", root, "id"), entity("A", leaf, "a"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.text()).startsWith("[schemadrift:unmapped-not-null] column 't.b' is NOT NULL without a default (V1__t.sql:1) but is not mapped by entity 'Root'");
      assertThat(f.subject()).isEqualTo("app.Root#t.b");
      assertThat(f.fixSql()).isEqualTo("ALTER TABLE t ALTER COLUMN b DROP NOT NULL");
    });
  }

  @Test
  void tablesNobodyInsertsIntoAreNotChecked() {
    SchemaModel schema = schema(notNull("id"), notNull("a"));
    assertThat(run(schema, entity("View", new EntityTraits(false, true, "app.View", null, SourcePosition.NONE), "id"))).isEmpty();
    assertThat(run(schema, entity("Lonely", new EntityTraits(true, false, "app.Lonely", null, SourcePosition.NONE), "id"))).isEmpty();
    assertThat(run(schema, entity("Plain", EntityTraits.plain("app.Plain"), "id"))).hasSize(1);
  }

  @Test
  void defaultsAndIdentitiesAreFilledByTheDatabase() {
    SchemaModel schema = schema(notNull("id"),
        new ColumnDef("a", false, SqlType.parse("bigint"), false, "0", false, V1, V1),
        new ColumnDef("b", false, SqlType.parse("bigint"), false, null, true, V1, V1),
        new ColumnDef("c", false, SqlType.parse("bigserial"), false, null, false, V1, V1),
        new ColumnDef("d", false, SqlType.parse("bigint"), true, null, false, V1, V1));
    assertThat(run(schema, entity("Plain", EntityTraits.plain("app.Plain"), "id"))).isEmpty();
  }
}
