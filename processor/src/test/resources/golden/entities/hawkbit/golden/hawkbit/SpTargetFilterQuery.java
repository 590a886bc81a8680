package golden.hawkbit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maps real table sp_target_filter_query of the hawkbit corpus, with a few deliberate drifts. */
@Entity
@Table(name = "sp_target_filter_query")
public class SpTargetFilterQuery {
  @Id
  @Column(name = "id")
  Long id;

  @Column(name = "created_at", nullable = false)
  Long createdAt;

  @Column(name = "created_by", length = 74)
  String createdBy;

  @Column(name = "last_modified_at")
  Long lastModifiedAt;

  @Column(name = "last_modified_by")
  String lastModifiedBy;

  @Column(name = "optlock_revision")
  Long optlockRevision;

  @Column(name = "golden_missing_col")
  String goldenMissing;
}
