package io.github.schemadrift.e2e.smoke.onap;

import jakarta.persistence.*;
import java.time.LocalDateTime;

@Entity
@Table(name = "workflow")
public class Workflow {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID", nullable = false, updatable = false) private Integer id;
  @Column(name = "ARTIFACT_UUID", length = 200, nullable = false) private String artifactUUID;
  @Column(name = "ARTIFACT_NAME", length = 200, nullable = false) private String artifactName;
  @Column(name = "NAME", length = 200, nullable = false) private String name;
  @Column(name = "OPERATION_NAME", length = 200) private String operationName;
  @Column(name = "VERSION", nullable = false) private Double version;
  @Column(name = "DESCRIPTION", length = 1200) private String description;
  @Lob @Column(name = "BODY", columnDefinition = "LONGTEXT") private String body;
  @Column(name = "RESOURCE_TARGET", length = 200, nullable = false) private String resourceTarget;
  @Column(name = "SOURCE", length = 200, nullable = false) private String source;
  @Column(name = "TIMEOUT_MINUTES") private Integer timeoutMinutes;
  @Column(name = "ARTIFACT_CHECKSUM", length = 200, nullable = false) private String artifactChecksum;
  @Column(name = "CREATION_TIMESTAMP", nullable = false, updatable = false)
  private LocalDateTime created;
}
