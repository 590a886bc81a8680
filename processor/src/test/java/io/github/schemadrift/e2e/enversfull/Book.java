package io.github.schemadrift.e2e.enversfull;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;
import org.hibernate.envers.Audited;

/** The target of audited many-to-many associations; its inverse side has no audit table of its own. */
@Entity
@Audited
public class Book {
  @Id private Long id;

  private String title;

  @ManyToMany(mappedBy = "books")
  private Set<Library> libraries;
}
