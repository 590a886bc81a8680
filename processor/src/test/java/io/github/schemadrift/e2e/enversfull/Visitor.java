package io.github.schemadrift.e2e.enversfull;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity that is not audited, reached from an audited one with targetAuditMode = NOT_AUDITED. */
@Entity
public class Visitor {
  @Id private Long id;

  private String name;
}
