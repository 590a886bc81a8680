package io.github.schemadrift.e2e.smoke.onap;

import jakarta.persistence.*;
import java.time.LocalDateTime;

@Entity
@Table(name = "service")
public class Service {
  @Id @Column(name = "MODEL_UUID", length = 200) private String modelUUID;
  @Column(name = "MODEL_NAME", length = 200, nullable = false) private String modelName;
  @Column(name = "MODEL_INVARIANT_UUID", length = 200, nullable = false) private String modelInvariantUUID;
  @Column(name = "MODEL_VERSION", length = 20, nullable = false) private String modelVersion;
  @Column(name = "DESCRIPTION", length = 1200) private String description;
  @Column(name = "CREATION_TIMESTAMP", nullable = false, updatable = false)
  private LocalDateTime created;
  @Column(name = "SERVICE_TYPE", length = 200) private String serviceType;
  @Column(name = "SERVICE_ROLE", length = 200) private String serviceRole;
  @Column(name = "SERVICE_FUNCTION", length = 200) private String serviceFunction;
  @Column(name = "ENVIRONMENT_CONTEXT", length = 200) private String environmentContext;
  @Column(name = "WORKLOAD_CONTEXT", length = 200) private String workloadContext;
  @Column(name = "SERVICE_CATEGORY", length = 200) private String category;
  @Column(name = "RESOURCE_ORDER") private String resourceOrder;
  @Column(name = "OVERALL_DISTRIBUTION_STATUS", length = 45) private String distrobutionStatus;
  @Column(name = "ONAP_GENERATED_NAMING") private Boolean onapGeneratedNaming;
  @Column(name = "NAMING_POLICY", length = 200) private String namingPolicy;
  @Column(name = "CONTROLLER_ACTOR", length = 200) private String controllerActor;
  @Column(name = "CDS_BLUEPRINT_NAME", length = 200) private String blueprintName;
  @Column(name = "CDS_BLUEPRINT_VERSION", length = 20) private String blueprintVersion;
  @Column(name = "SKIP_POST_INSTANTIATION_CONFIGURATION", nullable = false) private Boolean skipPostInstConf = true;
  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "TOSCA_CSAR_ARTIFACT_UUID") private ToscaCsar csar;
}
