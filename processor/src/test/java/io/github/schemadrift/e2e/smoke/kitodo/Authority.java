package io.github.schemadrift.e2e.smoke.kitodo;

import jakarta.persistence.*;

@Entity
@Table(name = "authority")
public class Authority {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
  @Column(name = "title", nullable = false, unique = true) private String title;
}
