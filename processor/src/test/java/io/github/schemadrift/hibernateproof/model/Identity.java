package io.github.schemadrift.hibernateproof.model;

import jakarta.persistence.*;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

@Entity
class IdentityId {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String name;
}

@Entity
class SequenceId {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_gen")
  @SequenceGenerator(name = "seq_gen", sequenceName = "custom_seq", allocationSize = 10, initialValue = 100)
  Long id;
  String name;
}

@Entity
class DefaultSequenceId {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
}

@Entity
class TableId {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "tab_gen")
  @TableGenerator(name = "tab_gen", table = "id_generators", pkColumnName = "gen_name", valueColumnName = "gen_value", allocationSize = 20)
  Long id;
}

@Entity
class UuidId {
  @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
  String name;
}

@Entity
@Table(name = "named_auto_things")
class NamedTableAutoId {
  @Id @GeneratedValue Long id;
}

@Entity
class AutoId {
  @Id @GeneratedValue Long id;
}

@Entity
class StringId {
  @Id @Column(length = 36) String code;
  String name;
}

@Embeddable
class OrderLineKey implements Serializable {
  Long orderId;
  @Column(name = "line_no") int lineNumber;

  @Override
  public boolean equals(Object o) {
    return o instanceof OrderLineKey k && Objects.equals(orderId, k.orderId) && lineNumber == k.lineNumber;
  }

  @Override
  public int hashCode() {
    return Objects.hash(orderId, lineNumber);
  }
}

@Entity
class OrderLine {
  @EmbeddedId OrderLineKey key;
  int quantity;
}

class PersonKey implements Serializable {
  String firstName;
  String lastName;

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonKey k && Objects.equals(firstName, k.firstName) && Objects.equals(lastName, k.lastName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstName, lastName);
  }
}

@Entity
@IdClass(PersonKey.class)
class Person {
  @Id @Column(length = 50) String firstName;
  @Id @Column(length = 60) String lastName;
  Integer age;
}

@Entity
class UserProfile {
  @Id Long id;
  @MapsId @OneToOne AutoId account;
  String bio;
}

@Embeddable
class LineItemKey implements Serializable {
  Long parentId;
  @Column(name = "line_no") int lineNumber;

  @Override
  public boolean equals(Object o) {
    return o instanceof LineItemKey k && Objects.equals(parentId, k.parentId) && lineNumber == k.lineNumber;
  }

  @Override
  public int hashCode() {
    return Objects.hash(parentId, lineNumber);
  }
}

/** {@code @MapsId("parentId")}: the join column is the embedded id's {@code parentId}, no column of its own. */
@Entity
class LineItem {
  @EmbeddedId LineItemKey key;
  @MapsId("parentId") @ManyToOne AutoId parent;
  int quantity;
}

/** A reference to the derived composite key: two join columns, to parent_id and line_no. */
@Entity
class LineItemNote {
  @Id Long id;
  @ManyToOne LineItem item;
}
