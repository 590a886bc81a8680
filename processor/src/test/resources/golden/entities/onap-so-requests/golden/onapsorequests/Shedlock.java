package golden.onapsorequests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maps real table requestdb.shedlock of the onap-so-requests corpus, with a few deliberate drifts. */
@Entity
@Table(name = "shedlock", schema = "requestdb")
public class Shedlock {
  @Id
  @Column(name = "NAME")
  String name;

  @Column(name = "LOCK_UNTIL", nullable = false)
  java.time.LocalDateTime lockUntil;

  @Column(name = "LOCKED_AT")
  java.time.LocalDateTime lockedAt;

  @Column(name = "LOCKED_BY", length = 265)
  String lockedBy;

  @Column(name = "golden_missing_col")
  String goldenMissing;
}
