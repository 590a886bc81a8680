package io.github.schemadrift.e2e.smoke.dspace;

import jakarta.persistence.*;
import java.util.UUID;

/** DSpace's root of every content object: one row in dspaceobject, the rest in the subclass's table. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "dspaceobject")
public abstract class DSpaceObject {
  @Id
  @Column(name = "uuid", nullable = false)
  private UUID id;
}
