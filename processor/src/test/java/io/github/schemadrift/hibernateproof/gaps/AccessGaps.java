package io.github.schemadrift.hibernateproof.gaps;

import jakarta.persistence.*;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/** Gap 1: a getter with {@code @Access(PROPERTY)} in a field-access class maps only the getter's column. */
@Entity
@Access(AccessType.FIELD)
class AuditedNote {
  @Id Long id;
  String body;
  LocalDateTime createdAt;

  @Access(AccessType.PROPERTY)
  @Column(name = "created_at", nullable = false)
  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(LocalDateTime createdAt) {
    this.createdAt = createdAt;
  }
}

/** The same without a class-level {@code @Access}: field access comes from the {@code @Id} field. */
@Entity
class ImplicitFieldNote {
  @Id Long id;
  String title;

  @Access(AccessType.PROPERTY)
  @Column(name = "shown_title", length = 60)
  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}

/** {@code @Id @Access(PROPERTY)} on a field: the field's mapping, accessed through the getter. */
@Entity
class GetterIdOwner {
  @Id
  @Access(AccessType.PROPERTY)
  Long id;

  @Column(nullable = false, length = 40)
  String name;

  @ElementCollection Set<String> labels;

  @ManyToMany Set<GetterIdChild> peers;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}

@Entity
class GetterIdChild {
  @Id Long id;

  @ManyToOne(optional = false)
  GetterIdOwner owner;
}

@Entity
class GetterIdShared {
  @Id Long id;

  @MapsId
  @OneToOne(optional = false)
  GetterIdOwner base;
}

class GetterIdLinkKey implements Serializable {
  Long left;
  String tag;

  @Override
  public boolean equals(Object o) {
    return o instanceof GetterIdLinkKey k && Objects.equals(left, k.left) && Objects.equals(tag, k.tag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(left, tag);
  }
}

@Entity
@IdClass(GetterIdLinkKey.class)
class GetterIdLink {
  @Id @ManyToOne GetterIdOwner left;
  @Id String tag;
}

/** Class-level property access with one attribute read from its field: the field's column, not the getter's. */
@Entity
@Access(AccessType.PROPERTY)
class PropertyWithFieldNote {
  private Long id;

  @Access(AccessType.FIELD)
  @Column(name = "raw_note", length = 30)
  private String note;

  @Id
  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getNote() {
    return note == null ? null : note.trim();
  }

  public void setNote(String note) {
    this.note = note;
  }
}

/** A mapped superclass with its own property access under a field-access entity. */
@MappedSuperclass
@Access(AccessType.PROPERTY)
abstract class PropertyBase {
  private String code;

  @Column(name = "base_code", length = 12)
  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}

@Entity
class FieldOverPropertyBase extends PropertyBase {
  @Id Long id;
  Integer amount;
}

/** An embeddable with its own property access inside a field-access entity. */
@Embeddable
@Access(AccessType.PROPERTY)
class Window {
  private Integer fromHour;
  private Integer toHour;

  @Column(name = "opens_at")
  public Integer getFrom() {
    return fromHour;
  }

  public void setFrom(Integer from) {
    this.fromHour = from;
  }

  @Column(name = "closes_at")
  public Integer getTo() {
    return toHour;
  }

  public void setTo(Integer to) {
    this.toHour = to;
  }
}

@Entity
class Shop {
  @Id Long id;
  @Embedded Window window;
}

/** An embeddable without {@code @Access} under an embedded attribute that names property access. */
@Embeddable
class Span {
  private Integer first;
  private Integer last;

  public Integer getLow() {
    return first;
  }

  public void setLow(Integer low) {
    this.first = low;
  }

  public Integer getHigh() {
    return last;
  }

  public void setHigh(Integer high) {
    this.last = high;
  }
}

@Entity
class Booking {
  @Id Long id;

  @Embedded
  @Access(AccessType.PROPERTY)
  Span span;

  public Span getSpan() {
    return span;
  }

  public void setSpan(Span span) {
    this.span = span;
  }
}
