package io.github.schemadrift.hibernateproof.h5;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;

/** A {@code @SequenceGenerator} beside a {@code @GeneratedValue} that does not name it. */
@Entity
public class Tag {

  @Id
  @GeneratedValue
  @SequenceGenerator(name = "tag_gen", sequenceName = "tag_seq", allocationSize = 10)
  Long id;

  String label;
}
