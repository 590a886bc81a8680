package io.github.schemadrift.rules;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.EntityTraits;
import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.migration.TableDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the rules remember on a thread between calls (the last entity's mapped columns, the last
 * tables' column indexes): it holds source positions, and through them the compilation, so the
 * processor must drop it once the last round's rules have run.
 */
class RuleMemoTest {

  @TempDir Path dir;

  private static final JavaFileObject ENTITY = JavaFileObjects.forSourceLines("app.OrderLine",
      "package app;",
      "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"order_line\") public class OrderLine {",
      "  @jakarta.persistence.Id Long id;",
      "  @jakarta.persistence.Column(name = \"product_code\", length = 40) String productCode;",
      "}");

  private static final SqlLocation V1 = new SqlLocation("V1__init.sql", 1);

  private static ColumnDef column(String name) {
    return new ColumnDef(name, false, null, true, null, false, V1, null);
  }

  @AfterEach
  void forget() {
    Rules.forgetRoundState();
  }

  @Test
  void theRulesRememberNothingOnceTheCompilationIsDone() throws IOException {
    Path db = Files.createDirectories(dir.resolve("db"));
    Files.writeString(db.resolve("V1__init.sql"),
        "CREATE TABLE order_line (id BIGINT PRIMARY KEY, product_code VARCHAR(40));\n");
    Compilation compilation = javac()
        .withProcessors(new SchemaDriftProcessor())
        .withOptions("-Aschemadrift.migrations=" + db)
        .compile(ENTITY);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation.diagnostics()).as("the entity's columns were matched").noneMatch(d -> d.getMessage(null).contains("[schemadrift:missing"));
    assertThat(MappedColumns.remembered()).as("after the last round, on javac's (this) thread").isZero();
    assertThat(ResolvedEntities.remembered()).as("after the last round, on javac's (this) thread").isZero();
  }

  @Test
  void theResolvedEntitiesAreReusedForTheSameObjectsOnlyAndForgotten() {
    TableDef table = new TableDef(null, "order_line", false,
        List.of(column("id"), column("product_code")), List.of("id"), V1);
    SchemaModel schema = new SchemaModel(Dialect.POSTGRESQL, Map.of("order_line", table), List.of(), List.of(),
        new SchemaModel.ReplayStats(1, 0, 0));
    EntityModel line = entity("OrderLine", "id", "PRODUCT_CODE", "note");
    List<EntityModel> entities = new ArrayList<>(List.of(line));

    ResolvedEntities first = ResolvedEntities.of(entities, schema);
    ResolvedEntities.Table resolved = first.inOrder().get(0).tables().get(0);
    assertThat(resolved.found()).containsSame(table);
    assertThat(resolved.foundKey()).isEqualTo("null.order_line");
    assertThat(resolved.key(1)).isEqualTo("product_code");
    assertThat(resolved.column(1)).isSameAs(table.columns().get(1));
    assertThat(resolved.column(2)).as("a column the table lacks").isNull();
    assertThat(ResolvedEntities.of(List.of(line), schema)).as("the same entities in another list").isSameAs(first);
    assertThat(ResolvedEntities.table(schema, line.tables().get(0))).as("the per-entity rules share the resolution").isSameAs(resolved);

    entities.add(entity("Other", "id"));
    assertThat(ResolvedEntities.of(entities, schema)).as("the list changed").isNotSameAs(first);
    ResolvedEntities second = ResolvedEntities.of(entities, schema);
    SchemaModel other = new SchemaModel(Dialect.POSTGRESQL, Map.of("order_line", table), List.of(), List.of(),
        new SchemaModel.ReplayStats(1, 0, 0));
    assertThat(ResolvedEntities.of(entities, other)).as("another schema").isNotSameAs(second);
    assertThat(ResolvedEntities.table(other, line.tables().get(0))).as("resolved again against another schema").isNotSameAs(resolved);
    assertThat(ResolvedEntities.remembered()).isPositive();

    Rules.forgetRoundState();
    assertThat(ResolvedEntities.remembered()).isZero();
  }

  private static EntityModel entity(String name, String... columns) {
    List<ColumnMapping> mapped = new ArrayList<>();
    for (String c : columns) {
      mapped.add(new ColumnMapping(c, c, false, null, false, c.equals("id"), "java.lang.Long",
          SourcePosition.NONE, SourcePosition.NONE, SourcePosition.NONE));
    }
    return new EntityModel("app." + name, "order_line", false, mapped, SourcePosition.NONE, SourcePosition.NONE, name,
        List.of(new TableMapping("order_line", false, null, null, TableMapping.Kind.PRIMARY, mapped, SourcePosition.NONE, null)),
        EntityModel.Inheritance.SINGLE_TABLE, null, new EntityTraits(true, false, "app." + name, null, SourcePosition.NONE));
  }
}
