package io.github.schemadrift.e2e.smoke.dspace;

import jakarta.persistence.*;
import java.util.UUID;

@Entity
@Table(name = "collection")
public class Collection extends DSpaceObject {
  @Column(name = "collection_id") private Integer legacyId;
  @ManyToOne @JoinColumn(name = "submitter") private Group submitters;
  @ManyToOne @JoinColumn(name = "admin") private Group admins;
  /** No foreign key in the schema: kept as the plain id it is. */
  @Column(name = "template_item_id") private UUID templateItemId;
  @Column(name = "logo_bitstream_id") private UUID logoBitstreamId;
}
