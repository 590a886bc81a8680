package com.example.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.lang.Long;
import java.time.LocalDateTime;

/**
 * Columns every audited table has: id, created_at, updated_at, version.
 */
@MappedSuperclass
public abstract class AuditedEntity {
  @Id
  @GeneratedValue(
      strategy = GenerationType.IDENTITY
  )
  protected Long id;

  @Column(
      name = "created_at",
      nullable = false
  )
  protected LocalDateTime createdAt;

  @Column(
      name = "updated_at"
  )
  protected LocalDateTime updatedAt;

  @Version
  protected long version;
}
