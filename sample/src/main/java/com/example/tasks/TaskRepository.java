package com.example.tasks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Tasks by id, and one native query that schemadrift checks against the migrations at compile time. */
public interface TaskRepository extends JpaRepository<Task, Long> {

  /** The tasks of a project that are not done, those due first at the top. */
  @Query(
      value =
          "SELECT t.* FROM tasks t JOIN projects p ON p.id = t.project_id"
              + " WHERE p.name = :project AND t.status <> 'DONE' ORDER BY t.due_date NULLS LAST, t.id",
      nativeQuery = true)
  List<Task> openTasksOf(@Param("project") String project);
}
