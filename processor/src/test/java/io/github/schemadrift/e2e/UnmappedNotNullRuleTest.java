package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unmapped-not-null rule end to end, with the hierarchy and read-only cases it must not report. */
class UnmappedNotNullRuleTest {

  @TempDir Path dir;

  private Path orders() {
    return Fixtures.migrations(dir.resolve("db"), Map.of(
        "V1__orders.sql",
        "CREATE TABLE orders (\n  id BIGINT PRIMARY KEY,\n  created_at TIMESTAMP DEFAULT now() NOT NULL,\n  seq BIGSERIAL,\n  note VARCHAR(255)\n);\n",
        "V2__tenant.sql",
        "ALTER TABLE orders ADD COLUMN tenant_id BIGINT;\n\nALTER TABLE orders ALTER COLUMN tenant_id SET NOT NULL;\n"));
  }

  private static JavaFileObject order(String classAnnotations, String... fields) {
    String[] head = {
      "package app;",
      "import jakarta.persistence.*;",
      classAnnotations,
      "@Entity @Table(name = \"orders\")",
      "public class Order {",
      "  @Id private Long id;",
    };
    String[] all = new String[head.length + fields.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(fields, 0, all, head.length, fields.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app.Order", all);
  }

  @Test
  void unmappedNotNullColumnIsAnErrorOnTheClass() {
    JavaFileObject source = order("");
    Compilation c = Fixtures.compile(orders(), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[schemadrift:unmapped-not-null] column 'orders.tenant_id' is NOT NULL without a default (V2__tenant.sql:3) but is not mapped by entity 'Order', so every insert into 'orders' fails; map it (or give it a default) or add a migration: ALTER TABLE orders ALTER COLUMN tenant_id DROP NOT NULL")
        .inFile(source)
        .onLineContaining("public class Order");
  }

  @Test
  void aColumnMappedOnlyWithInsertableFalseIsReported() {
    JavaFileObject source = order("", "  @Column(name = \"tenant_id\", nullable = false, insertable = false) private Long tenantId;");
    Compilation c = Fixtures.compile(orders(), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("column 'orders.tenant_id' is NOT NULL without a default (V2__tenant.sql:3) but is mapped only with insertable = false")
        .inFile(source)
        .onLineContaining("public class Order");
  }

  @Test
  void mappedDefaultedAndGeneratedColumnsAreFine() {
    assertThat(Fixtures.compile(orders(), order("", "  @Column(name = \"tenant_id\", nullable = false) private Long tenantId;")))
        .succeededWithoutWarnings();
  }

  @Test
  void immutableAndSubselectEntitiesDoNotInsert() {
    assertThat(Fixtures.compile(orders(), order("@org.hibernate.annotations.Immutable"))).succeededWithoutWarnings();
  }

  @Test
  void singleTableHierarchyCountsEveryClassAndReportsAtTheRoot() {
    Path db = Fixtures.migrations(dir.resolve("st"), Map.of("V1__pets.sql",
        "CREATE TABLE pet (id BIGINT PRIMARY KEY, DTYPE VARCHAR(31) NOT NULL, name VARCHAR(255), lives INTEGER NOT NULL, owner_code VARCHAR(255) NOT NULL);\n"));
    JavaFileObject pet = Fixtures.source("app.Pet", "package app;", "import jakarta.persistence.*;",
        "@Entity public abstract class Pet {", "  @Id private Long id;", "  private String name;", "}");
    JavaFileObject cat = Fixtures.source("app.Cat", "package app;", "import jakarta.persistence.*;",
        "@Entity public class Cat extends Pet {", "  @Column(nullable = false) private Integer lives;", "}");
    Compilation c = Fixtures.compile(db, pet, cat);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:unmapped-not-null] column 'pet.owner_code' is NOT NULL without a default (V1__pets.sql:1) but is not mapped by entity 'Pet'")
        .inFile(pet)
        .onLineContaining("public abstract class Pet");
  }

  @Test
  void aHierarchyWithAnEntityThatDoesNotCompileIsNotJudged() {
    Path db = Fixtures.migrations(dir.resolve("broken"), Map.of("V1__pets.sql",
        "CREATE TABLE pet (id BIGINT PRIMARY KEY, DTYPE VARCHAR(31) NOT NULL, lives INTEGER NOT NULL);\n"));
    JavaFileObject pet = Fixtures.source("app.Pet", "package app;", "import jakarta.persistence.*;",
        "@Entity public class Pet {", "  @Id private Long id;", "}");
    JavaFileObject cat = Fixtures.source("app.Cat", "package app;", "import jakarta.persistence.*;",
        "@Entity public class Cat extends Pet {", "  @Column(nullable = false) private Integer lives;", "  private Whiskers whiskers;", "}");
    Compilation c = Fixtures.compile(db, pet, cat);
    assertThat(c).failed();
    org.assertj.core.api.Assertions.assertThat(c.errors()).noneMatch(d -> d.getMessage(null).contains("[schemadrift:unmapped-not-null]"));
    assertThat(c).hadErrorContaining("cannot find symbol");
    assertThat(c).hadNoteContaining("not checked until they compile: app.Cat");
  }

  @Test
  void joinedSubclassTableIsCheckedAgainstItsOwnColumnsAndKey() {
    Path db = Fixtures.migrations(dir.resolve("joined"), Map.of("V1__vehicles.sql",
        "CREATE TABLE vehicle (id BIGINT PRIMARY KEY, wheels INTEGER NOT NULL);\n"
            + "CREATE TABLE truck (id BIGINT PRIMARY KEY, payload INTEGER NOT NULL);\n"));
    JavaFileObject vehicle = Fixtures.source("app.Vehicle", "package app;", "import jakarta.persistence.*;",
        "@Entity @Inheritance(strategy = InheritanceType.JOINED) public class Vehicle {", "  @Id private Long id;",
        "  private int wheels;", "}");
    JavaFileObject truck = Fixtures.source("app.Truck", "package app;", "import jakarta.persistence.*;",
        "@Entity public class Truck extends Vehicle {", "  private int payload;", "}");
    assertThat(Fixtures.compile(db, vehicle, truck)).succeededWithoutWarnings();
    JavaFileObject bare = Fixtures.source("app.Truck", "package app;", "import jakarta.persistence.*;",
        "@Entity public class Truck extends Vehicle {", "}");
    Compilation c = Fixtures.compile(db, vehicle, bare);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("column 'truck.payload' is NOT NULL without a default (V1__vehicles.sql:2) but is not mapped by entity 'Truck'")
        .inFile(bare)
        .onLineContaining("public class Truck");
  }

  @Test
  void suppressed() {
    assertThat(Fixtures.compile(orders(), order("@SuppressWarnings(\"schemadrift:unmapped-not-null\")"))).succeededWithoutWarnings();
  }

  @Test
  void severityOverridden() {
    Compilation c = Fixtures.compile(orders(), List.of("-Aschemadrift.severity.unmappedNotNull=warning"), order(""));
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[schemadrift:unmapped-not-null] column 'orders.tenant_id'");
  }
}
