package io.github.schemadrift.e2e.enversfull;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import org.hibernate.envers.Audited;

/** The root of a joined hierarchy: each subclass has its own audit table with the id and REV. */
@Entity
@Audited
@Inheritance(strategy = InheritanceType.JOINED)
public class Item {
  @Id private Long id;

  private String label;
}
