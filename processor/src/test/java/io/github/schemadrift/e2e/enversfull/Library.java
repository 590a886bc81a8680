package io.github.schemadrift.e2e.enversfull;

import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/** An audited entity with a secondary table and every kind of collection Envers audits (or not). */
@Entity
@Audited
@Table(name = "libraries")
@SecondaryTable(name = "library_details")
public class Library {
  @Id private Long id;

  private String name;

  @Column(table = "library_details")
  private String motto;

  @ManyToMany private Set<Book> books;

  @ManyToMany
  @JoinTable(name = "library_featured")
  @AuditJoinTable(name = "library_featured_history")
  private Set<Book> featured;

  @NotAudited
  @ManyToMany
  @JoinTable(name = "library_ignored_books")
  private Set<Book> ignoredBooks;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToMany
  private Set<Visitor> visitors;

  @ElementCollection private Set<String> tags;

  @ElementCollection
  @CollectionTable(name = "library_phones")
  @OrderColumn
  private List<String> phones;

  @OneToMany
  @JoinColumn(name = "library_id")
  private Set<Shelf> shelves;

  @OneToMany private Set<Shelf> spareShelves;
}
