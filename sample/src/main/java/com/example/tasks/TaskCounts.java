package com.example.tasks;

import com.example.tasks.db.PublicSchema.Projects;
import com.example.tasks.db.PublicSchema.Tasks;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plain JDBC written with the constants schemadrift generates from the migrations
 * ({@code @SchemaDriftConfig(generate = ...)} on {@link TasksApplication}): a migration that drops
 * or renames one of these columns makes this class stop compiling.
 */
@Component
public class TaskCounts {

  private static final String OPEN_PER_PROJECT =
      "SELECT p." + Projects.NAME + ", count(t." + Tasks.ID + ") FROM " + Projects.TABLE + " p"
          + " LEFT JOIN " + Tasks.TABLE + " t ON t." + Tasks.PROJECT_ID + " = p." + Projects.ID
          + " AND t." + Tasks.STATUS + " = 'OPEN'"
          + " GROUP BY p." + Projects.NAME + " ORDER BY p." + Projects.NAME;

  private final JdbcTemplate jdbc;

  public TaskCounts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** How many open tasks each project has, by project name. */
  public Map<String, Long> openTasksPerProject() {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query(OPEN_PER_PROJECT, row -> {
      counts.put(row.getString(1), row.getLong(2));
    });
    return counts;
  }
}
