package io.github.schemadrift.hibernateproof.h5;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;

/** {@code SEQUENCE} with a {@code @SequenceGenerator} that names no sequence: 5.6 names it after the generator. */
@Entity
public class Depot {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "depot_gen")
  @SequenceGenerator(name = "depot_gen")
  Long id;

  String city;
}
