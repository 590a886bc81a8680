package io.github.schemadrift.e2e.smoke.kitodo;

import jakarta.persistence.*;

@Entity
@Table(name = "batch")
public class Batch {
  /** What a batch is for; the column holds the constant's name. */
  public enum Type { LOGISTIC, NEWSPAPER, SERIAL }

  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
  @Column(name = "title") private String title;
  @Enumerated(EnumType.STRING) @Column(name = "type", length = 9) private Type type;
}
