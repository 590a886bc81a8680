package io.github.schemadrift.hibernateproof.model;

import jakarta.persistence.*;

@Embeddable
class GeoPoint {
  Double lat;
  Double lng;
}

@Embeddable
class Address {
  @Column(nullable = false) String street;
  @Column(length = 10) String zip;
  String city;
  @Embedded GeoPoint point;
}

@Entity
class Customer {
  @Id Long id;
  String name;
  @Embedded Address address;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "billing_street")),
    @AttributeOverride(name = "zip", column = @Column(name = "billing_zip", length = 12)),
    @AttributeOverride(name = "city", column = @Column(name = "billing_city")),
    @AttributeOverride(name = "point.lat", column = @Column(name = "billing_lat")),
    @AttributeOverride(name = "point.lng", column = @Column(name = "billing_lng"))
  })
  Address billingAddress;
}

@Embeddable
class Audit {
  @ManyToOne PlainEntity author;
  String note;
}

@Entity
class AuditedDocument {
  @Id Long id;
  @Embedded Audit created;

  @Embedded
  @AttributeOverride(name = "note", column = @Column(name = "changed_note"))
  @AssociationOverride(name = "author", joinColumns = @JoinColumn(name = "changed_by"))
  Audit changed;
}

/** An embeddable found by its type alone, without {@code @Embedded}. */
@Embeddable
class Money {
  @Column(precision = 19, scale = 4) java.math.BigDecimal amount;
  @Column(length = 3) String currency;
}

@Entity
class Invoice {
  @Id Long id;
  Money total;
}
