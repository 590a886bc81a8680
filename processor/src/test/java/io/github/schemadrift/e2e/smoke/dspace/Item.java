package io.github.schemadrift.e2e.smoke.dspace;

import jakarta.persistence.*;
import java.time.OffsetDateTime;

@Entity
@Table(name = "item")
public class Item extends DSpaceObject {
  @Column(name = "item_id") private Integer legacyId;
  @Column(name = "in_archive") private Boolean inArchive;
  @Column(name = "withdrawn") private Boolean withdrawn;
  @Column(name = "discoverable") private Boolean discoverable;
  @Column(name = "last_modified") private OffsetDateTime lastModified;
  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "submitter_id") private EPerson submitter;
  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "owning_collection") private Collection owningCollection;
}
