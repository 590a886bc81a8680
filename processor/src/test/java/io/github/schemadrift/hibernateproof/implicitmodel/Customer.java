package io.github.schemadrift.hibernateproof.implicitmodel;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The implicit naming proof's entities: every name below is left to the implicit naming strategy
 * (join table, collection tables and their key columns, join column, embedded columns, order and
 * map key columns), and the entity name differs from the class name.
 */
@Entity(name = "Client")
public class Customer {
  @Id Long id;
  String name;
  @Embedded Address address;
  @ManyToOne Region region;
  @ManyToMany Set<Tag> tags;
  @ElementCollection Set<String> nicknames;
  @ElementCollection @OrderColumn List<Address> homes;
  @ElementCollection Map<String, String> attributes;
}

@Entity
class Region {
  @Id Long id;
  String label;
}

@Entity
class Tag {
  @Id Long id;
  String label;
}

@Embeddable
class Address {
  String street;
  String city;
}
