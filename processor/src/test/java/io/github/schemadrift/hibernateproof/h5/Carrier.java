package io.github.schemadrift.hibernateproof.h5;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.ManyToMany;
import javax.persistence.OneToMany;

/** {@code AUTO} written out, and the implicit names of a join table and a collection table under 5.6. */
@Entity
public class Carrier {

  @Id
  @GeneratedValue(strategy = GenerationType.AUTO)
  Long id;

  String displayName;

  UUID accountRef;

  @OneToMany(mappedBy = "carrier")
  List<Shipment> shipments = new ArrayList<>();

  @ManyToMany List<Depot> depots = new ArrayList<>();

  @ElementCollection List<String> regionCodes = new ArrayList<>();
}
