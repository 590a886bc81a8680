package io.github.schemadrift.e2e.smoke.onap;

import jakarta.persistence.*;
import java.time.LocalDateTime;

@Entity
@Table(name = "cloud_sites")
public class CloudSite {
  @Id @Column(name = "ID", length = 50) private String id;
  @Column(name = "REGION_ID", length = 50) private String regionId;
  @Column(name = "CLOUD_VERSION", length = 20) private String cloudVersion;
  @Column(name = "CLLI", length = 50) private String clli;
  @Column(name = "CLOUDIFY_ID", length = 50) private String cloudifyId;
  @Column(name = "PLATFORM", length = 50) private String platform;
  @Column(name = "ORCHESTRATOR", length = 50) private String orchestrator;
  @Column(name = "LAST_UPDATED_BY", length = 120) private String lastUpdatedBy;
  @Column(name = "CREATION_TIMESTAMP", updatable = false) private LocalDateTime created;
  @Column(name = "UPDATE_TIMESTAMP") private LocalDateTime updated;
  @Column(name = "SUPPORT_FABRIC", nullable = false) private Boolean supportFabric = true;
  @Column(name = "CLOUD_OWNER") private String cloudOwner;
  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "IDENTITY_SERVICE_ID") private IdentityService identityService;
}
