package io.github.schemadrift.e2e.smoke.kitodo;

import jakarta.persistence.*;

@Entity
@Table(name = "ruleset")
public class Ruleset {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
  @Column(name = "title") private String title;
  @Column(name = "file") private String file;
  @Column(name = "orderMetadataByRuleset", nullable = false) private boolean orderMetadataByRuleset = true;
  @Column(name = "active") private Boolean active = true;
  @ManyToOne @JoinColumn(name = "client_id") private Client client;
}
