package com.example.tasks;

/** Where a task is in its life. */
public enum TaskStatus {
  OPEN,
  IN_PROGRESS,
  DONE
}
