package io.github.schemadrift.hibernateproof.h5;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.TableGenerator;

/** A {@code @TableGenerator} beside a {@code TABLE} generation that does not name it. */
@Entity
public class Journal {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE)
  @TableGenerator(name = "journal_gen", table = "journal_ids")
  Long id;

  String title;
}
