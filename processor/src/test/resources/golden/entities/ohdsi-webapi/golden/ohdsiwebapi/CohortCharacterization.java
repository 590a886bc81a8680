package golden.ohdsiwebapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maps real table ohdsischema.cohort_characterization of the ohdsi-webapi corpus, with a few deliberate drifts. */
@Entity
@Table(name = "cohort_characterization", schema = "ohdsischema")
public class CohortCharacterization {
  @Id
  @Column(name = "id")
  Long id;

  @Column(name = "name", length = 265)
  String name;

  @Column(name = "created_by_id", nullable = false)
  Integer createdById;

  @Column(name = "created_date")
  java.time.LocalDateTime createdDate;

  @Column(name = "modified_by_id")
  Integer modifiedById;

  @Column(name = "modified_date")
  java.time.LocalDateTime modifiedDate;

  @Column(name = "golden_missing_col")
  String goldenMissing;
}
