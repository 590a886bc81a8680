package golden.onapsocatalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maps real table catalogdb.heat_environment of the onap-so-catalog corpus, with a few deliberate drifts. */
@Entity
@Table(name = "heat_environment", schema = "catalogdb")
public class HeatEnvironment {
  @Id
  @Column(name = "ARTIFACT_UUID")
  String artifactUuid;

  @Column(name = "NAME", length = 110)
  String name;

  @Column(name = "VERSION")
  String version;

  @Column(name = "DESCRIPTION", nullable = false)
  String description;

  @Column(name = "BODY")
  String body;

  @Column(name = "ARTIFACT_CHECKSUM")
  String artifactChecksum;

  @Column(name = "golden_missing_col")
  String goldenMissing;
}
