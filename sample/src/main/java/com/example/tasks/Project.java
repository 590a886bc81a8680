package com.example.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A group of tasks owned by one user. */
@Entity
@Table(name = "projects")
public class Project {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private UserAccount owner;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Column(name = "description")
  private String description;

  @Column(name = "archived", nullable = false)
  private boolean archived;

  @OneToMany(mappedBy = "project")
  private List<Task> tasks = new ArrayList<>();

  protected Project() {}

  public Project(UserAccount owner, String name) {
    this.owner = owner;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public boolean isArchived() {
    return archived;
  }

  public List<Task> getTasks() {
    return tasks;
  }
}
