package io.github.schemadrift.hibernateproof.gaps;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.hibernate.annotations.CollectionId;
import org.hibernate.annotations.CollectionIdJdbcTypeCode;
import org.hibernate.annotations.DiscriminatorFormula;

/** Gap 2: {@code @NotNull} on a to-one association makes its join column NOT NULL in Hibernate's DDL. */
@Entity
class ValidatedOrder {
  @Id Long id;

  @NotNull @ManyToOne ValidatedCustomer customer;

  @NotNull String reference;

  @NotNull @OneToOne ValidatedCustomer billedTo;
}

@Entity
class ValidatedCustomer {
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
  ValidatedCustomer customer;

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

/** Gap 7: an id-bag maps its id column on the collection table. */
@Entity
class Playlist {
  @Id Long id;

  @ElementCollection
  @CollectionId(column = @Column(name = "entry_id"), generator = "increment")
  @CollectionIdJdbcTypeCode(java.sql.Types.BIGINT)
  List<String> songs;
}

/** Gap 3: Bean Validation's range constraints do not hide the type check. */
@Entity
class Rating {
  @Id Long id;

  @jakarta.validation.constraints.Min(0)
  @jakarta.validation.constraints.Max(10)
  Integer stars;

  /** Gap 3 on a primitive: the constraints are type-use annotations javac prints in the type. */
  @jakarta.validation.constraints.Min(0)
  @jakarta.validation.constraints.Max(5)
  int votes;

  /** Gap 9: temporal columns. */
  java.time.LocalDateTime ratedAt;

  java.time.Instant seenAt;
}

/** Gap 10: Hibernate's type settings and {@code @JdbcTypeCode} change the expected column types. */
@Entity
class Clocked {
  @Id Long id;
  java.time.Instant seen;
  java.time.OffsetDateTime happened;
  java.util.UUID ref;
  Boolean active;
  java.time.Duration took;
  String label;

  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.VARCHAR)
  java.util.UUID textRef;
}
