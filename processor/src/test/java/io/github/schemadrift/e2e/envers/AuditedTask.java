package io.github.schemadrift.e2e.envers;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An entity audited as a whole, but for one field and its version: Envers generates its audit table. */
@Entity
@Audited
@Table(name = "audited_tasks")
public class AuditedTask {
  @Id @GeneratedValue private Long id;

  @Column(nullable = false, length = 80)
  private String title;

  @NotAudited private String scratchNotes;

  @Version private long version;

  @Embedded private AuditedPeriod period;

  @ManyToOne private AuditedProject project;
}
