package io.github.schemadrift.hibernateproof;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;

/**
 * Why {@code generation} reports a sequence whose INCREMENT BY differs from {@code allocationSize}
 * as an error in both directions: Hibernate 7, with its default
 * {@code increment_size_mismatch_strategy} (EXCEPTION), refuses to build the session factory when
 * the database's increment is smaller and when it is larger; it starts when they agree.
 */
class SequenceIncrementProofTest {

  @Entity
  @Table(name = "tickets")
  public static class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_gen")
    @SequenceGenerator(name = "ticket_gen", sequenceName = "ticket_seq", allocationSize = 50)
    private Long id;
  }

  private static SessionFactory start(String database, int increment) throws Exception {
    String url = "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      s.execute("CREATE SEQUENCE ticket_seq START WITH 1 INCREMENT BY " + increment);
      s.execute("CREATE TABLE tickets (id BIGINT PRIMARY KEY)");
    }
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting("hibernate.connection.url", url)
        .applySetting("hibernate.connection.username", "sa")
        .applySetting("hibernate.connection.password", "")
        .applySetting("hibernate.hbm2ddl.auto", "none")
        .build();
    try {
      return new MetadataSources(registry).addAnnotatedClass(Ticket.class).buildMetadata().buildSessionFactory();
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }

  @Test
  void aSmallerIncrementStopsHibernate() {
    assertThatThrownBy(() -> start("seq_smaller", 1)).hasMessageContaining("ticket_seq");
  }

  @Test
  void aLargerIncrementStopsHibernateToo() {
    assertThatThrownBy(() -> start("seq_larger", 100)).hasMessageContaining("ticket_seq");
  }

  @Test
  void anEqualIncrementStarts() {
    assertThatCode(() -> start("seq_equal", 50).close()).doesNotThrowAnyException();
  }
}
