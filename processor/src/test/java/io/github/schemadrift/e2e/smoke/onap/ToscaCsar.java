package io.github.schemadrift.e2e.smoke.onap;

import jakarta.persistence.*;
import java.time.LocalDateTime;

@Entity
@Table(name = "tosca_csar")
public class ToscaCsar {
  @Id @Column(name = "ARTIFACT_UUID", length = 200) private String artifactUUID;
  @Column(name = "NAME", length = 200, nullable = false) private String name;
  @Column(name = "VERSION", length = 20, nullable = false) private String version;
  @Column(name = "DESCRIPTION", length = 1200) private String description;
  @Column(name = "ARTIFACT_CHECKSUM", length = 200, nullable = false) private String artifactChecksum;
  @Column(name = "URL", length = 200, nullable = false) private String url;
  @Column(name = "CREATION_TIMESTAMP", nullable = false, updatable = false)
  private LocalDateTime created;
}
