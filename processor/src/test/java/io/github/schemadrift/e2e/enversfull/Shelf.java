package io.github.schemadrift.e2e.enversfull;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

/** The target of an audited one-to-many association. */
@Entity
@Audited
public class Shelf {
  @Id private Long id;

  private int level;
}
