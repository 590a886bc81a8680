package io.github.schemadrift.e2e.smoke.dspace;

import jakarta.persistence.*;
import java.time.LocalDateTime;

@Entity
@Table(name = "eperson")
public class EPerson extends DSpaceObject {
  @Column(name = "eperson_id") private Integer legacyId;
  @Column(name = "email", length = 64, unique = true) private String email;
  @Column(name = "password", length = 128) private String password;
  @Column(name = "salt", length = 32) private String salt;
  @Column(name = "session_salt", length = 32) private String sessionSalt;
  @Column(name = "digest_algorithm", length = 16) private String digestAlgorithm;
  @Column(name = "can_log_in") private Boolean canLogIn;
  @Column(name = "require_certificate") private Boolean requireCertificate;
  @Column(name = "self_registered") private Boolean selfRegistered;
  @Column(name = "last_active") private LocalDateTime lastActive;
  @Column(name = "netid", length = 64, unique = true) private String netid;
}
