package golden.ohdsiwebapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maps real table ohdsischema.cc_param of the ohdsi-webapi corpus, with a few deliberate drifts. */
@Entity
@Table(name = "cc_param", schema = "ohdsischema")
public class CcParam {
  @Id
  @Column(name = "id")
  Long id;

  @Column(name = "cohort_characterization_id")
  Long cohortCharacterizationId;

  @Column(name = "name", nullable = false)
  String name;

  @Column(name = "value", length = 265)
  String value;

  @Column(name = "golden_missing_col")
  String goldenMissing;
}
