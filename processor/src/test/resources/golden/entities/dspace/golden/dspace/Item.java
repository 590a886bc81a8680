package golden.dspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maps real table item of the dspace corpus, with a few deliberate drifts. */
@Entity
@Table(name = "item")
public class Item {
  @Id
  @Column(name = "item_id")
  Integer itemId;

  @Column(name = "in_archive", nullable = false)
  Boolean inArchive;

  @Column(name = "withdrawn")
  Boolean withdrawn;

  @Column(name = "last_modified")
  java.time.LocalDateTime lastModified;

  @Column(name = "discoverable")
  Boolean discoverable;

  @Column(name = "uuid")
  String uuid;

  @Column(name = "golden_missing_col")
  String goldenMissing;
}
