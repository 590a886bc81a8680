package io.github.schemadrift.hibernateproof.joinkeys;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An embeddable element: one non-nullable column and one nullable one. */
@Embeddable
public class Badge {
  @Column(nullable = false) private String code;
  private String label;
}
