package io.github.schemadrift.hibernateproof.h5;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.ManyToOne;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The basic types whose Hibernate 5.6 defaults differ from Hibernate 7's (javax.persistence,
 * judged by 5.6's SchemaExport in {@code Hibernate5ProofTest}), beside some that do not differ.
 */
@Entity
public class Shipment {

  /** {@code GenerationType.AUTO}: 5.6 draws from one shared {@code hibernate_sequence}. */
  @Id @GeneratedValue Long id;

  Instant createdAt;
  OffsetDateTime promisedAt;
  ZonedDateTime deliveredAt;
  LocalDateTime loggedAt;
  LocalDate shipDate;
  LocalTime cutoff;

  @Temporal(TemporalType.TIMESTAMP)
  java.util.Date legacyStamp;

  UUID trackingRef;
  Duration transit;
  boolean fragile;
  Boolean insured;

  @Enumerated Status status;

  @Enumerated(EnumType.STRING)
  Status lastStatus;

  @Lob String notes;
  @Lob byte[] label;

  double weight;
  float volume;
  BigDecimal price;
  java.math.BigInteger serial;
  char grade;
  byte[] checksum;
  Integer pieces;
  short priority;
  long revision;

  @Column(nullable = false, length = 40)
  String sender;

  @Column(precision = 12, scale = 3)
  BigDecimal declaredValue;

  @ManyToOne Carrier carrier;

  /** A shipment's state. */
  public enum Status {
    NEW,
    SENT,
    DELIVERED
  }
}
