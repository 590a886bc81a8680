package io.github.schemadrift.e2e.smoke.kitodo;

import jakarta.persistence.*;
import java.util.List;

@Entity
@Table(name = "role")
public class Role {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
  /** Unique until V2_81 dropped MySQL's index 'title' (see the smoke test's known replay gap). */
  @Column(name = "title", nullable = false) private String title;
  @ManyToOne @JoinColumn(name = "client_id") private Client client;

  @ManyToMany
  @JoinTable(
      name = "role_x_authority",
      joinColumns = @JoinColumn(name = "role_id"),
      inverseJoinColumns = @JoinColumn(name = "authority_id"))
  private List<Authority> authorities;
}
