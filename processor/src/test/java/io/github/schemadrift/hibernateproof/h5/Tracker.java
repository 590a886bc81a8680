package io.github.schemadrift.hibernateproof.h5;

import java.time.Instant;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;

/** {@code IDENTITY}: the same in 5.6 and 7. */
@Entity
public class Tracker {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  Instant lastSeen;

  Boolean active;
}
