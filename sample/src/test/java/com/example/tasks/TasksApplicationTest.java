package com.example.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The runtime truth behind the compile-time verdict: on a real PostgreSQL, Flyway applies the
 * migrations, Hibernate validates every entity against the result ({@code ddl-auto=validate} in
 * application.properties), and one of each entity is saved and loaded again.
 */
@SpringBootTest
@Transactional
class TasksApplicationTest {

  private static LocalPostgres postgres;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws Exception {
    if (postgres == null) {
      postgres = LocalPostgres.start();
    }
    registry.add("spring.datasource.url", postgres::jdbcUrl);
    registry.add("spring.datasource.username", () -> LocalPostgres.USER);
    registry.add("spring.datasource.password", () -> "");
  }

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Autowired EntityManager entityManager;
  @Autowired TaskRepository tasks;
  @Autowired TaskCounts counts;

  @Test
  void eachEntitySavesAndLoadsAgainstTheMigratedSchema() {
    UserAccount owner = new UserAccount("ada@example.com", "Ada");
    entityManager.persist(owner);
    Project project = new Project(owner, "Engine");
    entityManager.persist(project);
    Task task = new Task(project, "Write the notes");
    tasks.save(task);
    TaskComment comment = new TaskComment(task, owner, "First draft is in");
    entityManager.persist(comment);
    Label label = new Label(project, "math", "#00ff00");
    entityManager.persist(label);
    entityManager.flush();
    entityManager.clear();

    UserAccount loadedOwner = entityManager.find(UserAccount.class, owner.getId());
    assertThat(loadedOwner.getEmail()).isEqualTo("ada@example.com");
    assertThat(loadedOwner.getDisplayName()).isEqualTo("Ada");
    assertThat(entityManager.find(Project.class, project.getId()).getName()).isEqualTo("Engine");
    Task loaded = tasks.findById(task.getId()).orElseThrow();
    assertThat(loaded.getTitle()).isEqualTo("Write the notes");
    assertThat(loaded.getStatus()).isEqualTo(TaskStatus.OPEN);
    assertThat(loaded.getDueDate()).isNull();
    assertThat(entityManager.find(TaskComment.class, comment.getId()).getBody()).isEqualTo("First draft is in");
    assertThat(entityManager.find(Label.class, label.getId()).getName()).isEqualTo("math");
  }

  /** The native @Query and the JdbcTemplate query written with the generated constants, on the real database. */
  @Test
  void nativeQueryAndGeneratedConstantsRunOnPostgres() {
    UserAccount owner = new UserAccount("grace@example.com", "Grace");
    entityManager.persist(owner);
    Project engine = new Project(owner, "Analytical Engine");
    entityManager.persist(engine);
    entityManager.persist(new Project(owner, "Compiler"));
    Task open = new Task(engine, "Punch the cards");
    tasks.save(open);
    entityManager.flush();

    assertThat(tasks.openTasksOf("Analytical Engine")).extracting(Task::getTitle).containsExactly("Punch the cards");
    assertThat(tasks.openTasksOf("Compiler")).isEmpty();
    assertThat(counts.openTasksPerProject()).containsEntry("Analytical Engine", 1L).containsEntry("Compiler", 0L);
  }

  @Test
  void theMigrationsSeededTheAdministrator() {
    Object count =
        entityManager.createNativeQuery("SELECT count(*) FROM app_users WHERE email = 'admin@example.com'").getSingleResult();
    assertThat(((Number) count).longValue()).isEqualTo(1L);
  }
}
