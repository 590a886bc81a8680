package io.github.schemadrift.e2e.enversfull;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

/** A single-table subclass. */
@Entity
@Audited
public class Car extends Vehicle {
  private int seats;
}
