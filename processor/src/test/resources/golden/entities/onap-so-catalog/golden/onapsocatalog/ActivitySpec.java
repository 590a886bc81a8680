package golden.onapsocatalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maps real table catalogdb.activity_spec of the onap-so-catalog corpus, with a few deliberate drifts. */
@Entity
@Table(name = "activity_spec", schema = "catalogdb")
public class ActivitySpec {
  @Id
  @Column(name = "ID")
  Integer id;

  @Column(name = "NAME", length = 210)
  String name;

  @Column(name = "DESCRIPTION")
  String description;

  @Column(name = "VERSION")
  Double version;

  @Column(name = "CREATION_TIMESTAMP")
  java.time.LocalDateTime creationTimestamp;

  @Column(name = "golden_missing_col")
  String goldenMissing;
}
