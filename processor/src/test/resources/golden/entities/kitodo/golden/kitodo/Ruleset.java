package golden.kitodo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maps real table ruleset of the kitodo corpus, with a few deliberate drifts. */
@Entity
@Table(name = "ruleset")
public class Ruleset {
  @Id
  @Column(name = "id")
  Integer id;

  @Column(name = "title", nullable = false)
  String title;

  @Column(name = "file", length = 265)
  String file;

  @Column(name = "orderMetadataByRuleset")
  Short ordermetadatabyruleset;

  @Column(name = "active")
  Short active;

  @Column(name = "client_id")
  Integer clientId;

  @Column(name = "golden_missing_col")
  String goldenMissing;
}
