package io.github.schemadrift.e2e.smoke.dspace;

import jakarta.persistence.*;
import java.util.List;

@Entity
@Table(name = "epersongroup")
public class Group extends DSpaceObject {
  @Column(name = "eperson_group_id") private Integer legacyId;
  @Column(name = "name", length = 250, unique = true) private String name;
  @Column(name = "permanent") private Boolean permanent;

  @ManyToMany
  @JoinTable(
      name = "epersongroup2eperson",
      joinColumns = @JoinColumn(name = "eperson_group_id"),
      inverseJoinColumns = @JoinColumn(name = "eperson_id"))
  private List<EPerson> epeople;
}
