package io.github.schemadrift.e2e.enversfull;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

/** The root of a single-table hierarchy: its subclasses share its audit table. */
@Entity
@Audited
public class Vehicle {
  @Id private Long id;

  private String plate;
}
