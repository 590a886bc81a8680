package io.github.schemadrift.e2e.smoke.kitodo;

import jakarta.persistence.*;

@Entity
@Table(name = "client")
public class Client {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
  @Column(name = "name") private String name;
}
