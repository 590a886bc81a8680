package io.github.schemadrift.hibernateproof.joinkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The target of the join-key proof's associations. */
@Entity
public class Player {
  @Id private Long id;
}
