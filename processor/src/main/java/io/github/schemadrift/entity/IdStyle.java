package io.github.schemadrift.entity;

/**
 * How Hibernate resolves {@code @GeneratedValue} without a named generator (hibernateproof/Hibernate5ProofTest
 * records what 5.6's own export writes for each).
 */
public enum IdStyle {
  /** Hibernate 6 and later: a sequence {@code <entity>_SEQ} per entity, increment 50. */
  STANDARD,
  /** Hibernate 5 with {@code hibernate.id.new_generator_mappings=true} (its default): one {@code hibernate_sequence}, increment 1. */
  HIBERNATE5,
  /**
   * Hibernate 5 with {@code new_generator_mappings=false} where {@code native} is identity (H2,
   * MySQL, MariaDB, SQL Server): {@code AUTO} is {@code IDENTITY}; {@code SEQUENCE} is hi/lo over
   * {@code hibernate_sequence} (or the named {@code sequenceName}), increment 1; {@code TABLE}'s
   * value column is {@code sequence_next_hi_value}.
   */
  HIBERNATE5_LEGACY_IDENTITY,
  /** The same where {@code native} is a sequence (PostgreSQL, Oracle): {@code AUTO} is hi/lo over {@code hibernate_sequence}. */
  HIBERNATE5_LEGACY_SEQUENCE;

  boolean hibernate5() {
    return this != STANDARD;
  }

  boolean legacy() {
    return this == HIBERNATE5_LEGACY_IDENTITY || this == HIBERNATE5_LEGACY_SEQUENCE;
  }
}
