package com.example.tasks;

import io.github.schemadrift.annotations.SchemaDriftConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The task tracker: Spring Boot, JPA entities, Flyway migrations in db/migration. schemadrift
 * writes the migrated schema's names into {@code com.example.tasks.db} as constants.
 */
@SpringBootApplication
@SchemaDriftConfig(generate = "com.example.tasks.db")
public class TasksApplication {

  public static void main(String[] args) {
    SpringApplication.run(TasksApplication.class, args);
  }
}
