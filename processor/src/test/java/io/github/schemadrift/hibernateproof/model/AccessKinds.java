package io.github.schemadrift.hibernateproof.model;

import jakarta.persistence.*;

/** Property access: {@code @Id} on a getter makes the getters the attributes. */
@Entity
class PropertyAccess {
  private Long key;
  private String title;
  private boolean done;
  private String ignoredField;

  @Id
  public Long getId() {
    return key;
  }

  public void setId(Long id) {
    this.key = id;
  }

  @Column(name = "the_title", nullable = false, length = 80)
  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public boolean isDone() {
    return done;
  }

  public void setDone(boolean done) {
    this.done = done;
  }

  @Transient
  public String getComputed() {
    return title + done;
  }
}

/** Class-level {@code @Access(FIELD)} with one attribute read through its getter. */
@Entity
@Access(AccessType.FIELD)
class MixedAccess {
  @Id Long id;
  String plain;
  @Transient String hidden;
  transient String alsoHidden;
  static String notPersistent;

  @Access(AccessType.PROPERTY)
  @Column(name = "upper_plain")
  public String getUpperPlain() {
    return plain == null ? null : plain.toUpperCase();
  }

  public void setUpperPlain(String value) {
    this.plain = value;
  }
}

/** A superclass that is neither an entity nor a mapped superclass: its state is not persistent. */
class NotMappedBase {
  String notMapped;
}

@Entity
class ExtendsNotMapped extends NotMappedBase {
  @Id Long id;
  String mapped;
}

/** A record as an embeddable (Hibernate 6.2+). */
@Embeddable
record Coordinates(double latitude, double longitude, String label) {}

@Entity
class WithRecordEmbeddable {
  @Id Long id;
  @Embedded Coordinates position;
}
