package io.github.schemadrift.e2e.enversfull;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

/** A table-per-class subclass. */
@Entity
@Audited
public class Circle extends Shape {
  private double radius;
}
