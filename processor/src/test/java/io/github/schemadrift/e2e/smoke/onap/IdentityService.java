package io.github.schemadrift.e2e.smoke.onap;

import jakarta.persistence.*;
import java.time.LocalDateTime;

@Entity
@Table(name = "identity_services")
public class IdentityService {
  @Id @Column(name = "ID", length = 50) private String id;
  @Column(name = "IDENTITY_URL", length = 200) private String identityUrl;
  @Column(name = "MSO_ID") private String msoId;
  @Column(name = "MSO_PASS") private String msoPass;
  @Column(name = "ADMIN_TENANT", length = 50) private String adminTenant;
  @Column(name = "MEMBER_ROLE", length = 50) private String memberRole;
  @Column(name = "TENANT_METADATA") private Boolean tenantMetadata;
  @Column(name = "IDENTITY_SERVER_TYPE", length = 50) private String identityServerType;
  @Column(name = "IDENTITY_AUTHENTICATION_TYPE", length = 50) private String identityAuthenticationType;
  @Column(name = "LAST_UPDATED_BY", length = 120) private String lastUpdatedBy;
  @Column(name = "CREATION_TIMESTAMP", updatable = false) private LocalDateTime created;
  @Column(name = "UPDATE_TIMESTAMP") private LocalDateTime updated;
  @Column(name = "PROJECT_DOMAIN_NAME") private String projectDomainName;
  @Column(name = "USER_DOMAIN_NAME") private String userDomainName;
  @Column(name = "ADMIN_PROJECT_DOMAIN_NAME", nullable = false) private String adminProjectDomainName = "Default";
}
