package io.github.schemadrift.hibernateproof.h5;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;

/** {@code TABLE} without a generator: Hibernate's {@code hibernate_sequences} table. */
@Entity
public class Ledger {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE)
  Long id;

  String account;
}
