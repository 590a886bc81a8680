package io.github.schemadrift.e2e.smoke.dspace;

import jakarta.persistence.*;

@Entity
@Table(name = "metadatafieldregistry")
public class MetadataField {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metadatafieldregistry_seq")
  @SequenceGenerator(name = "metadatafieldregistry_seq", sequenceName = "metadatafieldregistry_seq", allocationSize = 1)
  @Column(name = "metadata_field_id", nullable = false)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "metadata_schema_id", nullable = false)
  private MetadataSchema metadataSchema;

  @Column(name = "element", length = 64) private String element;
  @Column(name = "qualifier", length = 64) private String qualifier;
  @Column(name = "scope_note", columnDefinition = "text") private String scopeNote;
}
