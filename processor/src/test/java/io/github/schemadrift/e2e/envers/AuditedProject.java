package io.github.schemadrift.e2e.envers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

/** An entity with one audited field: its audit table holds the id, the revision columns and that field only. */
@Entity
public class AuditedProject {
  @Id private Long id;

  @Audited private String name;

  private String internalCode;
}
