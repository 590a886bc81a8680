package io.github.schemadrift.hibernateproof.validated5;

import javax.persistence.*;
import javax.validation.constraints.NotNull;

/*
 * Issue 16's gap 2 under javax.persistence and javax.validation, as hibernateproof/gaps/OtherGaps.java
 * has it for Hibernate 7: @NotNull on a to-one association makes its join column NOT NULL in
 * Hibernate 5.6's DDL when Bean Validation applies to the DDL. Compiled only against 5.6 and
 * Hibernate Validator 6.2.
 */

@Entity
class ValidatedOrder {
  @Id Long id;

  @NotNull @ManyToOne ValidatedCustomer customer;

  @NotNull String reference;

  @NotNull @OneToOne ValidatedCustomer billedTo;

  @ManyToOne ValidatedCustomer referrer;
}

@Entity
class ValidatedCustomer {
  @Id Long id;
  String name;
}
