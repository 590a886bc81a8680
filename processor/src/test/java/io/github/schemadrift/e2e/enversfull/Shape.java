package io.github.schemadrift.e2e.enversfull;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import org.hibernate.envers.Audited;

/** The root of a table-per-class hierarchy: every concrete class has a full audit table. */
@Entity
@Audited
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Shape {
  @Id private Long id;

  private String colour;
}
