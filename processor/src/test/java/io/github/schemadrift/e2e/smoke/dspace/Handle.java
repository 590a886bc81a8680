package io.github.schemadrift.e2e.smoke.dspace;

import jakarta.persistence.*;

@Entity
@Table(name = "handle")
public class Handle {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "handle_id_seq")
  @SequenceGenerator(name = "handle_id_seq", sequenceName = "handle_id_seq", allocationSize = 1)
  @Column(name = "handle_id", nullable = false)
  private Integer id;

  @Column(name = "handle", length = 256, unique = true) private String handle;
  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "resource_id") private DSpaceObject dso;
  @Column(name = "resource_type_id") private Integer resourceTypeId;
  @Column(name = "resource_legacy_id") private Integer resourceLegacyId;
}
