package io.github.schemadrift.hibernateproof.othergaps5;

import java.util.List;
import javax.persistence.*;
import org.hibernate.annotations.CollectionId;
import org.hibernate.annotations.DiscriminatorFormula;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Type;

/*
 * Issue 16's gaps 4 to 8 (gap 2: hibernate5/validated) under javax.persistence, as hibernateproof/gaps/OtherGaps.java has them
 * for Hibernate 7. Compiled only against Hibernate 5.6 (its @CollectionId has no
 * @CollectionIdJdbcTypeCode but a @Type and a named generator).
 */

@Entity
class Customer {
  @Id Long id;
  String name;
}

/** Gap 4: read-only mirrors of a join column, of another attribute and of the discriminator. */
@Entity
@DiscriminatorColumn(name = "kind", length = 12)
class MirrorRoot {
  @Id Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "customer_id")
  Customer customer;

  @Column(name = "customer_id", insertable = false, updatable = false)
  Long customerId;

  @Column(name = "code", nullable = false, length = 20)
  String code;

  @Column(name = "code", insertable = false, updatable = false)
  String codeCopy;

  @Column(name = "kind", insertable = false, updatable = false)
  String kind;
}

@Entity
class MirrorLeaf extends MirrorRoot {
  String leafOnly;
}

/** Gap 5: an embeddable that inherits state from a mapped superclass. */
@MappedSuperclass
class Stamp {
  @Column(name = "stamped_by", length = 50)
  String stampedBy;
}

@Embeddable
class DeliveryStamp extends Stamp {
  String carrier;
}

@Entity
class Delivery {
  @Id Long id;
  @Embedded DeliveryStamp stamp;

  /** Gap 8: the join column's type is checked against Customer's id. */
  @ManyToOne Customer receiver;
}

/** Gap 6: a discriminator formula replaces the discriminator column. */
@Entity
@DiscriminatorFormula("case when kind_code = 1 then 'Circle' else 'Square' end")
class Shape {
  @Id Long id;

  @Column(name = "kind_code")
  Integer kindCode;
}

@Entity
@DiscriminatorValue("Circle")
class Circle extends Shape {
  Double radius;
}

@Entity
@DiscriminatorValue("Square")
class Square extends Shape {
  Double side;
}

/** Gap 7: an id-bag maps its id column on the collection table (Hibernate 5's form). */
@Entity
@GenericGenerator(name = "entry-increment", strategy = "increment")
class Playlist {
  @Id Long id;

  @ElementCollection
  @CollectionId(columns = @Column(name = "entry_id"), type = @Type(type = "long"), generator = "entry-increment")
  List<String> songs;
}
