package io.github.schemadrift.e2e.smoke.dspace;

import jakarta.persistence.*;

@Entity
@Table(name = "metadatavalue")
public class MetadataValue {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metadatavalue_seq")
  @SequenceGenerator(name = "metadatavalue_seq", sequenceName = "metadatavalue_seq", allocationSize = 1)
  @Column(name = "metadata_value_id", nullable = false)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "metadata_field_id") private MetadataField metadataField;
  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "dspace_object_id") private DSpaceObject dSpaceObject;
  @Column(name = "text_value", columnDefinition = "text") private String value;
  @Column(name = "text_lang", length = 24) private String language;
  @Column(name = "place") private Integer place;
  @Column(name = "authority", length = 100) private String authority;
  @Column(name = "confidence") private Integer confidence;
  @Column(name = "security_level") private Integer securityLevel;
}
