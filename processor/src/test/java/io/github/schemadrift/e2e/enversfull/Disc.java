package io.github.schemadrift.e2e.enversfull;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

/** A joined subclass. */
@Entity
@Audited
public class Disc extends Item {
  private int minutes;
}
