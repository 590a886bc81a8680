package io.github.schemadrift.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.schemadrift.hibernateproof.HibernateDdl;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code CREATE TABLE} a fix migration writes for a dropped table, against Hibernate 7
 * itself: on H2 after the migrations and the fix, Hibernate's {@code hbm2ddl.auto=validate}
 * accepts the table and an entity can be saved through it (the identity works); and the fix
 * declares the same primary key, unique keys and foreign keys as Hibernate's own DDL for the
 * entity. The source given to schemadrift is the same mapping as the classes given to Hibernate.
 */
class FixCreateTableProofTest {

  @TempDir Path dir;

  @Entity
  @Table(name = "owner")
  public static class Owner {
    @Id Long id;
  }

  @Entity
  @Table(name = "pet", uniqueConstraints = @UniqueConstraint(columnNames = {"name", "born"}))
  public static class Pet {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(unique = true, length = 30, nullable = false) String tag;
    @Column(length = 40) String name;
    Integer born;
    @ManyToOne Owner owner;
  }

  private static final String MIGRATIONS =
      "CREATE TABLE owner (id BIGINT PRIMARY KEY);\nCREATE TABLE pet (id BIGINT PRIMARY KEY);\nDROP TABLE pet;\n";

  private String fix() throws Exception {
    Path db = Fixtures.migrations(dir.resolve("db"), Map.of("V1__pets.sql", MIGRATIONS));
    Path fix = dir.resolve("fix.sql");
    Fixtures.compile(db, List.of("-Aschemadrift.dialect=h2", "-Aschemadrift.fixMigration=" + fix),
        Fixtures.source("app.Owner", "package app;", "import jakarta.persistence.*;",
            "@Entity @Table(name = \"owner\") public class Owner { @Id Long id; }"),
        Fixtures.source("app.Pet", "package app;", "import jakarta.persistence.*;",
            "@Entity @Table(name = \"pet\", uniqueConstraints = @UniqueConstraint(columnNames = {\"name\", \"born\"}))",
            "public class Pet {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
            "  @Column(unique = true, length = 30, nullable = false) String tag;", "  @Column(length = 40) String name;",
            "  Integer born;", "  @ManyToOne Owner owner;", "}"));
    return Files.readString(fix);
  }

  @Test
  void hibernateValidatesTheCreatedTableAndSavesThroughIt() throws Exception {
    String fix = fix();
    String url = "jdbc:h2:mem:fixcreate;DB_CLOSE_DELAY=-1";
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      for (String sql : (MIGRATIONS + fix).split(";\n")) {
        if (!sql.lines().allMatch(l -> l.isBlank() || l.startsWith("--"))) {
          s.execute(sql);
        }
      }
    }
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting("hibernate.connection.url", url)
        .applySetting("hibernate.connection.username", "sa")
        .applySetting("hibernate.connection.password", "")
        .applySetting("hibernate.hbm2ddl.auto", "validate")
        .build();
    try (SessionFactory factory = new MetadataSources(registry).addAnnotatedClass(Owner.class).addAnnotatedClass(Pet.class)
        .buildMetadata().buildSessionFactory()) {
      assertThatCode(() -> factory.inTransaction(session -> {
        Pet pet = new Pet();
        pet.tag = "t1";
        session.persist(pet);
      })).doesNotThrowAnyException();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  @Test
  void theFixDeclaresHibernatesKeys() throws Exception {
    String ours = fix().toLowerCase(Locale.ROOT);
    String hibernate = HibernateDdl.generate(List.of(Owner.class, Pet.class), HibernateDdl.Dialect.H2, false).toLowerCase(Locale.ROOT);
    assertThat(keys(ours, "primary key \\(([^)]*)\\)")).isEqualTo(keys(hibernate, "primary key \\(([^)]*)\\)"));
    // Hibernate writes a single unique column inline (tag varchar(30) not null unique), a key over several as a constraint
    TreeSet<String> hibernateUniques = keys(hibernate, "unique \\(([^)]*)\\)");
    hibernateUniques.addAll(keys(hibernate, "(\\w+) \\w+(?:\\(\\d+(?:,\\s*\\d+)?\\))?(?: not null)? unique\\b"));
    assertThat(keys(ours, "unique \\(([^)]*)\\)")).as(hibernate).isEqualTo(hibernateUniques).contains("tag", "name, born");
    assertThat(keys(ours, "foreign key \\(([^)]*)\\) references (\\w+)")).isEqualTo(keys(hibernate, "foreign key \\(([^)]*)\\) references (\\w+)"))
        .containsExactly("owner_id->owner");
    assertThat(hibernate).contains("generated by default as identity");
    assertThat(ours).contains("id bigint generated by default as identity not null");
  }

  /** Every match of the pattern: its first group, and "->" and its second group when there is one. */
  private static TreeSet<String> keys(String ddl, String regex) {
    TreeSet<String> keys = new TreeSet<>();
    Matcher m = Pattern.compile(regex).matcher(ddl);
    while (m.find()) {
      keys.add(m.groupCount() > 1 ? m.group(1).strip() + "->" + m.group(2) : m.group(1).strip());
    }
    return keys;
  }
}
