package com.example.tasks;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tasks by id. */
public interface TaskRepository extends JpaRepository<Task, Long> {}
