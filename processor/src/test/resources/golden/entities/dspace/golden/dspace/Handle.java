package golden.dspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maps real table handle of the dspace corpus, with a few deliberate drifts. */
@Entity
@Table(name = "handle")
public class Handle {
  @Id
  @Column(name = "handle_id")
  Integer handleId;

  @Column(name = "handle", nullable = false)
  String handle;

  @Column(name = "resource_type_id")
  Integer resourceTypeId;

  @Column(name = "resource_legacy_id")
  Integer resourceLegacyId;

  @Column(name = "resource_id")
  String resourceId;

  @Column(name = "golden_missing_col")
  String goldenMissing;
}
