package io.github.schemadrift.e2e.smoke.onap;

import jakarta.persistence.*;
import java.time.LocalDateTime;

@Entity
@Table(name = "vnf_resource")
public class VnfResource {
  @Id @Column(name = "MODEL_UUID", length = 200) private String modelUUID;
  @Column(name = "ORCHESTRATION_MODE", length = 20, nullable = false) private String orchestrationMode;
  @Column(name = "DESCRIPTION", length = 1200) private String description;
  @Column(name = "CREATION_TIMESTAMP", nullable = false, updatable = false)
  private LocalDateTime created;
  @Column(name = "AIC_VERSION_MIN", length = 20) private String aicVersionMin;
  @Column(name = "AIC_VERSION_MAX", length = 20) private String aicVersionMax;
  @Column(name = "MODEL_INVARIANT_UUID", length = 200) private String modelInvariantUUID;
  @Column(name = "MODEL_VERSION", length = 20, nullable = false) private String modelVersion;
  @Column(name = "MODEL_NAME", length = 200) private String modelName;
  @Column(name = "TOSCA_NODE_TYPE", length = 200) private String toscaNodeType;
  @Column(name = "RESOURCE_CATEGORY", length = 200) private String category;
  @Column(name = "RESOURCE_SUB_CATEGORY", length = 200) private String subCategory;
  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "HEAT_TEMPLATE_ARTIFACT_UUID") private HeatTemplate heatTemplates;
}
