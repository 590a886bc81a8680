package io.github.schemadrift.hibernateproof.h5;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.ManyToOne;

/** {@code SEQUENCE} without a generator: 5.6 also draws from {@code hibernate_sequence}. */
@Entity
public class Parcel {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  int weightGrams;

  @ManyToOne Shipment shipment;
}
