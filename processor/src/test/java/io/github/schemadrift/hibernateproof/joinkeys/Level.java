package io.github.schemadrift.hibernateproof.joinkeys;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An embeddable element whose columns are all non-nullable. */
@Embeddable
public class Level {
  @Column(nullable = false) private String name;
  private int rank;
}
