package io.github.schemadrift.e2e.smoke.onap;

import jakarta.persistence.*;
import java.time.LocalDateTime;

@Entity
@Table(name = "heat_template")
public class HeatTemplate {
  @Id @Column(name = "ARTIFACT_UUID", length = 200) private String artifactUuid;
  @Column(name = "NAME", length = 200, nullable = false) private String templateName;
  @Column(name = "VERSION", length = 20, nullable = false) private String version;
  @Column(name = "DESCRIPTION", length = 1200) private String description;
  @Lob @Column(name = "BODY", columnDefinition = "LONGTEXT", nullable = false) private String templateBody;
  @Column(name = "TIMEOUT_MINUTES") private Integer timeoutMinutes;
  @Column(name = "ARTIFACT_CHECKSUM", length = 200, nullable = false) private String artifactChecksum;
  @Column(name = "CREATION_TIMESTAMP", nullable = false, updatable = false)
  private LocalDateTime created;
}
