package com.example.bench.model;

public enum Priority {
  LOW,

  MEDIUM,

  HIGH,

  CRITICAL
}
