package com.example.bench.model;

public enum Status {
  DRAFT,

  ACTIVE,

  SUSPENDED,

  ARCHIVED
}
