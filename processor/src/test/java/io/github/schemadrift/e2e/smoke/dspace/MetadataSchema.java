package io.github.schemadrift.e2e.smoke.dspace;

import jakarta.persistence.*;

@Entity
@Table(name = "metadataschemaregistry")
public class MetadataSchema {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metadataschemaregistry_seq")
  @SequenceGenerator(name = "metadataschemaregistry_seq", sequenceName = "metadataschemaregistry_seq", allocationSize = 1)
  @Column(name = "metadata_schema_id", nullable = false)
  private Integer id;

  @Column(name = "namespace", length = 256, unique = true) private String namespace;
  @Column(name = "short_id", length = 32, unique = true) private String name;
}
