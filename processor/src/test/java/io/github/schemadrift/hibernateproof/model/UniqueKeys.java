package io.github.schemadrift.hibernateproof.model;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.NaturalId;

/** Unique keys over several columns: {@code @UniqueConstraint} on every table annotation, and a natural id. */
@Entity
@Table(
    name = "natural_book",
    uniqueConstraints = {
      @UniqueConstraint(columnNames = {"isbnPrefix", "isbnNumber"}),
      @UniqueConstraint(name = "uk_book_title_edition", columnNames = {"edition", "title"})
    })
@SecondaryTable(name = "natural_book_extra", uniqueConstraints = @UniqueConstraint(columnNames = {"shelf", "slot"}))
class NaturalBook {
  @Id Long id;
  @NaturalId @Column(length = 20) String publisherCode;
  @NaturalId @ManyToOne Department publisher;
  String isbnPrefix;
  Integer isbnNumber;
  String title;
  int edition;
  @Column(table = "natural_book_extra") String shelf;
  @Column(table = "natural_book_extra") Integer slot;

  @ManyToMany
  @JoinTable(
      name = "book_tags",
      joinColumns = @JoinColumn(name = "book_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"),
      uniqueConstraints = @UniqueConstraint(columnNames = {"book_id", "tag_id"}))
  List<Tag> tags = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "book_notes",
      joinColumns = @JoinColumn(name = "book_id"),
      uniqueConstraints = @UniqueConstraint(columnNames = {"book_id", "note"}))
  @Column(name = "note")
  List<String> notes = new ArrayList<>();
}

/** A natural id of one attribute with a mapped superclass in between. */
@MappedSuperclass
abstract class Coded {
  @NaturalId @Column(name = "code_value", length = 30) String code;
}

@Entity
class CodedThing extends Coded {
  @Id Long id;
  String label;
}
